/**
 * Limits that keep a share link under 2,000 characters (src/lib/url-state.ts) for the largest
 * template: every taxonomy item plus the maximum of custom items, all written in Cyrillic.
 * Lengths count UTF-16 code units, as the `maxlength` of an input does.
 */
export const MAX_ROLE_LENGTH = 60;
export const MAX_CUSTOM_ITEMS = 5;
export const MAX_CUSTOM_LENGTH = 60;
/** Candidate's and interviewer's names. */
export const MAX_NAME_LENGTH = 60;
/** A note per item; a filled link with long notes may not fit, and says so, but exports always work. */
export const MAX_NOTE_LENGTH = 300;

/** Rating scale presets: id → number of points. Labels live in the UI strings (scorecard.scale.<id>.<n>). */
export const SCALES = { four: 4, five: 5, three: 3 } as const;
export type ScaleId = keyof typeof SCALES;
export const SCALE_IDS = Object.keys(SCALES) as ScaleId[];
export const DEFAULT_SCALE: ScaleId = 'four';

export function isScaleId(value: unknown): value is ScaleId {
  return typeof value === 'string' && Object.hasOwn(SCALES, value);
}
