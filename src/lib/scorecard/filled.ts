/**
 * A filled scorecard: a template plus who filled it in, a rating and a note per item. It travels
 * back to the hiring manager as a link (kind "scorecard-filled") or as an export.
 */
import { isRecord } from '../guards';
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import {
  TEMPLATE_KIND,
  TEMPLATE_VERSION,
  fromTemplateData,
  isComplete,
  toTemplateData,
  type ScorecardTemplate,
  type TemplateData,
  type EncodeResult,
} from './template';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCALES } from './limits';
import { isCleanBlock, isCleanLine } from './text';

/** Self-assessment by the candidate, or a scorecard filled in by an interviewer. */
export type Use = 'self' | 'interviewer';

export interface FilledScorecard {
  template: ScorecardTemplate;
  use: Use;
  candidate: string;
  /** Empty for a self-assessment. */
  interviewer: string;
  /** One per item, in template order: 0 = not rated, else 1..points of the scale. */
  ratings: number[];
  /** One per item, in template order; empty when there is no note. */
  notes: string[];
}

export const FILLED_KIND = 'scorecard-filled';
export const FILLED_VERSION = 1;

/** Link data: the template's fields plus u = use, p = candidate, w = interviewer, g = ratings as
 * one digit per item, n = notes (trailing empty notes left out). */
interface FilledData extends TemplateData {
  u: 's' | 'i';
  p: string;
  w?: string;
  g: string;
  n?: string[];
}

/** A new, empty scorecard for a template. */
export function startScorecard(template: ScorecardTemplate, use: Use): FilledScorecard {
  const count = template.items.length;
  return {
    template,
    use,
    candidate: '',
    interviewer: '',
    ratings: Array(count).fill(0),
    notes: Array(count).fill(''),
  };
}

function toFilledData(card: FilledScorecard): FilledData {
  const notes = [...card.notes];
  while (notes.length > 0 && notes[notes.length - 1] === '') notes.pop();
  return {
    ...toTemplateData(card.template),
    u: card.use === 'self' ? 's' : 'i',
    p: card.candidate,
    ...(card.use === 'interviewer' && card.interviewer ? { w: card.interviewer } : {}),
    g: card.ratings.join(''),
    ...(notes.length > 0 ? { n: notes } : {}),
  };
}

/** Turns untrusted link data into a filled scorecard, or undefined when anything does not fit. */
export function fromFilledData(data: unknown, knownIds: ReadonlySet<string>): FilledScorecard | undefined {
  const template = fromTemplateData(data, knownIds);
  if (!template || !isComplete(template) || !isRecord(data)) return undefined;
  const { u, p, w = '', g, n = [] } = data;
  if (u !== 's' && u !== 'i') return undefined;
  if (!isCleanLine(p, MAX_NAME_LENGTH) || !isCleanLine(w, MAX_NAME_LENGTH)) return undefined;
  if (u === 's' && w !== '') return undefined;
  const count = template.items.length;
  const points = SCALES[template.scale];
  if (typeof g !== 'string' || g.length !== count || !/^[0-9]*$/.test(g)) return undefined;
  const ratings = [...g].map(Number);
  if (ratings.some((rating) => rating > points)) return undefined;
  if (!Array.isArray(n) || n.length > count || !n.every((note) => isCleanBlock(note, MAX_NOTE_LENGTH)))
    return undefined;
  const notes = [...(n as string[]), ...Array<string>(count - n.length).fill('')];
  return { template, use: u === 's' ? 'self' : 'interviewer', candidate: p, interviewer: w, ratings, notes };
}

export function encodeFilled(card: FilledScorecard): EncodeResult {
  const hash = encodeState(FILLED_KIND, FILLED_VERSION, toFilledData(card));
  return hash.length <= MAX_STATE_LENGTH ? { ok: true, hash } : { ok: false, reason: 'too-long', length: hash.length };
}

export function decodeFilled(
  hash: string,
  knownIds: ReadonlySet<string>,
): { ok: true; card: FilledScorecard } | { ok: false; reason: DecodeFailure } {
  const decoded = decodeState(hash, FILLED_KIND, FILLED_VERSION, (data) => fromFilledData(data, knownIds));
  return decoded.ok ? { ok: true, card: decoded.data } : decoded;
}

export type ScorecardLink =
  { ok: true; template: ScorecardTemplate; card?: FilledScorecard } | { ok: false; reason: DecodeFailure };

/**
 * Reads either kind of scorecard link: a blank template (from the builder) or a filled scorecard.
 * A link of neither kind is "wrong-kind"; an empty hash is "empty".
 */
export function decodeScorecardLink(hash: string, knownIds: ReadonlySet<string>): ScorecardLink {
  const filled = decodeFilled(hash, knownIds);
  if (filled.ok) return { ok: true, template: filled.card.template, card: filled.card };
  if (filled.reason !== 'wrong-kind') return filled;
  const blank = decodeState(hash, TEMPLATE_KIND, TEMPLATE_VERSION, (data) => fromTemplateData(data, knownIds));
  return blank.ok ? { ok: true, template: blank.data } : blank;
}
