/**
 * A filled scorecard: a checklist plus who filled it in, a rating and a note per item. It travels
 * back to the hiring manager as a link (kind "scorecard-filled") or as an export.
 */
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import {
  CHECKLIST_KIND,
  CHECKLIST_VERSION,
  fromChecklistData,
  isComplete,
  toChecklistData,
  type Checklist,
  type ChecklistData,
  type EncodeResult,
} from './checklist';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCALES } from './limits';
import { isCleanBlock, isCleanLine } from './text';

/** Self-assessment by the candidate, or a scorecard filled in by an interviewer. */
export type Use = 'self' | 'interviewer';

export interface FilledScorecard {
  checklist: Checklist;
  use: Use;
  candidate: string;
  /** Empty for a self-assessment. */
  interviewer: string;
  /** One per item, in checklist order: 0 = not rated, else 1..points of the scale. */
  ratings: number[];
  /** One per item, in checklist order; empty when there is no note. */
  notes: string[];
}

export const FILLED_KIND = 'scorecard-filled';
export const FILLED_VERSION = 1;

/** Link data: the checklist's fields plus u = use, p = candidate, w = interviewer, g = ratings as
 * one digit per item, n = notes (trailing empty notes left out). */
interface FilledData extends ChecklistData {
  u: 's' | 'i';
  p: string;
  w?: string;
  g: string;
  n?: string[];
}

/** A new, empty scorecard for a checklist. */
export function startScorecard(checklist: Checklist, use: Use): FilledScorecard {
  const count = checklist.items.length;
  return {
    checklist,
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
    ...toChecklistData(card.checklist),
    u: card.use === 'self' ? 's' : 'i',
    p: card.candidate,
    ...(card.use === 'interviewer' && card.interviewer ? { w: card.interviewer } : {}),
    g: card.ratings.join(''),
    ...(notes.length > 0 ? { n: notes } : {}),
  };
}

/** Turns untrusted link data into a filled scorecard, or undefined when anything does not fit. */
export function fromFilledData(data: unknown, knownIds: ReadonlySet<string>): FilledScorecard | undefined {
  const checklist = fromChecklistData(data, knownIds);
  if (!checklist || !isComplete(checklist)) return undefined;
  const { u, p, w = '', g, n = [] } = data as Record<string, unknown>;
  if (u !== 's' && u !== 'i') return undefined;
  if (!isCleanLine(p, MAX_NAME_LENGTH) || !isCleanLine(w, MAX_NAME_LENGTH)) return undefined;
  if (u === 's' && w !== '') return undefined;
  const count = checklist.items.length;
  const points = SCALES[checklist.scale];
  if (typeof g !== 'string' || g.length !== count || !/^[0-9]*$/.test(g)) return undefined;
  const ratings = [...g].map(Number);
  if (ratings.some((rating) => rating > points)) return undefined;
  if (!Array.isArray(n) || n.length > count || !n.every((note) => isCleanBlock(note, MAX_NOTE_LENGTH)))
    return undefined;
  const notes = [...(n as string[]), ...Array<string>(count - n.length).fill('')];
  return { checklist, use: u === 's' ? 'self' : 'interviewer', candidate: p, interviewer: w, ratings, notes };
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
  { ok: true; checklist: Checklist; card?: FilledScorecard } | { ok: false; reason: DecodeFailure };

/**
 * Reads either kind of scorecard link: a blank checklist (from the builder) or a filled scorecard.
 * A link of neither kind is "wrong-kind"; an empty hash is "empty".
 */
export function decodeScorecardLink(hash: string, knownIds: ReadonlySet<string>): ScorecardLink {
  const filled = decodeFilled(hash, knownIds);
  if (filled.ok) return { ok: true, checklist: filled.card.checklist, card: filled.card };
  if (filled.reason !== 'wrong-kind') return filled;
  const blank = decodeState(hash, CHECKLIST_KIND, CHECKLIST_VERSION, (data) => fromChecklistData(data, knownIds));
  return blank.ok ? { ok: true, checklist: blank.data } : blank;
}

/** The part of a pasted link after "#", or the whole text when it has no "#". */
export function hashOf(link: string): string {
  const text = link.trim();
  const at = text.indexOf('#');
  return at === -1 ? text : text.slice(at + 1);
}

/** Mean of the rated items, or undefined when nothing is rated. */
export function averageRating(card: FilledScorecard): number | undefined {
  const rated = card.ratings.filter((rating) => rating > 0);
  return rated.length === 0 ? undefined : rated.reduce((sum, rating) => sum + rating, 0) / rated.length;
}
