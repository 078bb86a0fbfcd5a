/**
 * Read-only share links of a checklist. The state travels after "#" through src/lib/url-state.ts as
 * `{ i: [[id, done 0|1, note?, evidence?], …], n?: 1, e?: 1 }`, where `n` says notes were shortened
 * and `e` that some evidence links were left out to keep the link within MAX_STATE_LENGTH.
 */
import { isRecord } from '../guards';
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import {
  clampNote,
  createEmptyState,
  isBlankItem,
  isEvidenceUrl,
  isItemId,
  MAX_NOTE_LENGTH,
  type ChecklistItemState,
  type ChecklistState,
} from './state';

export const SHARE_KIND = 'checklist';
export const SHARE_VERSION = 1;
const ELLIPSIS = '…';
/** More entries than any checklist could have: a link with more was not made by us. */
const MAX_ENTRIES = 500;

type Entry = [string, 0 | 1, string?, string?];

export interface SharedChecklist {
  state: ChecklistState;
  /** Notes were cut so that the link stays short enough to send. */
  notesShortened: boolean;
  /** Some evidence links were left out for the same reason. */
  evidenceOmitted: boolean;
}

export interface ShareLink {
  /** The part of the link after "#". */
  hash: string;
  notesShortened: boolean;
  evidenceOmitted: boolean;
}

/** Shortens a note to at most `cap` characters, the last of which is "…". */
function shortenNote(note: string, cap: number): string {
  if (note.length <= cap) return note;
  return cap <= 1 ? '' : clampNote(note, cap - 1) + ELLIPSIS;
}

function toEntry(id: string, item: ChecklistItemState, noteCap: number, keepEvidence: boolean): Entry {
  const note = item.note ? shortenNote(item.note, noteCap) : '';
  const evidence = keepEvidence ? (item.evidence ?? '') : '';
  const entry: Entry = [id, item.done ? 1 : 0];
  if (note || evidence) entry.push(note);
  if (evidence) entry.push(evidence);
  return entry;
}

/** The largest whole number in [low, high] for which `fits` holds, given that it holds for `low`. */
function findLargest(low: number, high: number, fits: (n: number) => boolean): number {
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Builds the share link's hash for a state, with every note and link when they fit in
 * MAX_STATE_LENGTH characters. Otherwise evidence links win over notes (they are the proof a
 * reader can check): notes are shortened, all to the same length and as little as possible, and
 * if even that is not enough, the last links are left out too. Ticks are always kept; returns
 * undefined only when they alone do not fit. `order` is the checklist's order of items.
 */
export function createShareLink(state: ChecklistState, order: readonly string[]): ShareLink | undefined {
  const ids = order.filter((id) => isItemId(id) && Object.hasOwn(state.items, id) && !isBlankItem(state.items[id]!));
  const longest = Math.max(0, ...ids.map((id) => state.items[id]!.note?.length ?? 0));
  const withEvidence = ids.filter((id) => state.items[id]!.evidence);
  const encode = (noteCap: number, evidenceCount: number): ShareLink => {
    const kept = new Set(withEvidence.slice(0, evidenceCount));
    const data: { i: Entry[]; n?: 1; e?: 1 } = {
      i: ids.map((id) => toEntry(id, state.items[id]!, noteCap, kept.has(id))),
    };
    const notesShortened = noteCap < longest;
    const evidenceOmitted = evidenceCount < withEvidence.length;
    if (notesShortened) data.n = 1;
    if (evidenceOmitted) data.e = 1;
    return { hash: encodeState(SHARE_KIND, SHARE_VERSION, data), notesShortened, evidenceOmitted };
  };
  const fits = (link: ShareLink) => link.hash.length <= MAX_STATE_LENGTH;
  const full = encode(longest, withEvidence.length);
  if (fits(full)) return full;
  if (!fits(encode(0, 0))) return undefined;
  // The link grows with both the note length and the number of links, so each search is monotonic.
  const evidenceCount = findLargest(0, withEvidence.length, (count) => fits(encode(0, count)));
  const noteCap = findLargest(0, Math.min(longest, MAX_NOTE_LENGTH), (cap) => fits(encode(cap, evidenceCount)));
  return encode(noteCap, evidenceCount);
}

/** Checks the untrusted data of a link; anything we would not have produced rejects the whole link. */
function validateShared(data: unknown, knownIds: ReadonlySet<string> | undefined): SharedChecklist | undefined {
  if (!isRecord(data)) return undefined;
  const { i, n, e } = data;
  if (!Array.isArray(i) || i.length > MAX_ENTRIES) return undefined;
  if ((n !== undefined && n !== 1) || (e !== undefined && e !== 1)) return undefined;
  const state = createEmptyState();
  const seen = new Set<string>();
  for (const entry of i as unknown[]) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 4) return undefined;
    const [id, done, note = '', evidence = ''] = entry as unknown[];
    if (!isItemId(id) || seen.has(id) || (done !== 0 && done !== 1)) return undefined;
    if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH) return undefined;
    if (typeof evidence !== 'string' || (evidence !== '' && !isEvidenceUrl(evidence))) return undefined;
    seen.add(id);
    // Steps the checklist no longer has are skipped, not an error: content may have changed since.
    if (knownIds && !knownIds.has(id)) continue;
    const item: ChecklistItemState = { done: done === 1 };
    if (note.trim()) item.note = note;
    if (evidence) item.evidence = evidence;
    if (!isBlankItem(item)) state.items[id] = item;
  }
  return { state, notesShortened: n === 1, evidenceOmitted: e === 1 };
}

/** Reads a share link's hash (with or without "#"). Never throws; failures come back with a reason. */
export function readShareLink(
  hash: string,
  knownIds?: Iterable<string>,
): { ok: true; shared: SharedChecklist } | { ok: false; reason: DecodeFailure } {
  const known = knownIds ? new Set(knownIds) : undefined;
  const decoded = decodeState(hash, SHARE_KIND, SHARE_VERSION, (data) => validateShared(data, known));
  return decoded.ok ? { ok: true, shared: decoded.data } : { ok: false, reason: decoded.reason };
}
