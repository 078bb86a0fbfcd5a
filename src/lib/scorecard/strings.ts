/**
 * Which UI string names each value the scorecard tools show: the levels of each scale and the
 * reasons a link cannot be opened. Typed by content/i18n/en.json, so a new scale, or a level
 * without its string, is a type error.
 */
import type { DecodeFailure } from '../url-state';
import type { Translate, UiKeyWith } from '../ui-strings';
import type { SCALES, ScaleId } from './limits';

export type ScorecardKey = UiKeyWith<'scorecard.'>;

/** The label of each level of each scale: SCALE_LEVEL_KEYS.four[0] names rating 1. */
export const SCALE_LEVEL_KEYS = {
  four: ['scorecard.scale.four.1', 'scorecard.scale.four.2', 'scorecard.scale.four.3', 'scorecard.scale.four.4'],
  five: [
    'scorecard.scale.five.1',
    'scorecard.scale.five.2',
    'scorecard.scale.five.3',
    'scorecard.scale.five.4',
    'scorecard.scale.five.5',
  ],
  three: ['scorecard.scale.three.1', 'scorecard.scale.three.2', 'scorecard.scale.three.3'],
} as const satisfies { [S in ScaleId]: readonly ScorecardKey[] & { length: (typeof SCALES)[S] } };

/** Why a scorecard link could not be opened: a newer site, a link too long, or any other damage. */
export const linkFailureKey = (reason: DecodeFailure): ScorecardKey =>
  reason === 'future-version'
    ? 'scorecard.error.future'
    : reason === 'too-long'
      ? 'scorecard.error.tooLong'
      : 'scorecard.error.damaged';

/** The level labels of a scale, e.g. ["Not yet", "Developing", "Solid", "Strong"]. */
export const scaleLevels = (t: Translate<ScorecardKey>, scale: ScaleId): string[] =>
  SCALE_LEVEL_KEYS[scale].map((key) => t(key));
