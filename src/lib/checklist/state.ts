/**
 * The learner's progress on a checklist, as saved under `checklistKey(id)` (src/lib/storage-keys.ts):
 * `{ "v": 1, "items": { "<itemId>": { "done": boolean, "note"?: string, "evidence"?: string } } }`.
 * Everything here is pure and never throws on bad input: saved data may be corrupt or tampered with.
 */
import { isRecord } from '../guards';

export const CHECKLIST_STATE_VERSION = 1;
/** The longest note we keep; the textarea enforces the same limit. */
export const MAX_NOTE_LENGTH = 280;
/** The longest evidence link we keep: longer addresses break in chat apps and e-mail. */
export const MAX_EVIDENCE_LENGTH = 500;

export interface ChecklistItemState {
  done: boolean;
  note?: string;
  evidence?: string;
}

export interface ChecklistState {
  v: 1;
  items: Record<string, ChecklistItemState>;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for the kebab-case ids our content uses; rules out "__proto__" and other oddities. */
export const isItemId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100 && ID_PATTERN.test(value);

export const createEmptyState = (): ChecklistState => ({ v: 1, items: {} });

/** Cuts a note to the limit without splitting a character made of two UTF-16 units. */
export function clampNote(text: string, max = MAX_NOTE_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * True when `text` is an absolute http(s) address with a host, and nothing else: no `javascript:`,
 * `data:`, `file:` or relative links, no spaces, no credentials, not too long.
 */
export function isEvidenceUrl(text: string): boolean {
  if (text.length === 0 || text.length > MAX_EVIDENCE_LENGTH || /\s/.test(text)) return false;
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username;
  } catch {
    return false;
  }
}

/** Checks what a learner typed as evidence: empty means "no link". */
export function readEvidenceInput(raw: string): { ok: true; value: string } | { ok: false } {
  const value = raw.trim();
  if (value === '') return { ok: true, value: '' };
  return isEvidenceUrl(value) ? { ok: true, value } : { ok: false };
}

/**
 * Turns untrusted data into an item, or undefined. Notes longer than the limit are cut, evidence
 * that is not an http(s) link is dropped: the rest of the item is still worth keeping.
 */
export function sanitiseItem(value: unknown): ChecklistItemState | undefined {
  if (!isRecord(value)) return undefined;
  const { done, note, evidence } = value;
  if (done !== undefined && typeof done !== 'boolean') return undefined;
  const item: ChecklistItemState = { done: done === true };
  if (typeof note === 'string' && note.trim() !== '') item.note = clampNote(note);
  if (typeof evidence === 'string' && isEvidenceUrl(evidence.trim())) item.evidence = evidence.trim();
  return item;
}

/** True when an item carries nothing worth saving. */
export const isBlankItem = (item: ChecklistItemState): boolean => !item.done && !item.note && !item.evidence;

/**
 * Parses saved progress. Missing, corrupt or future-version data gives an empty state; items with
 * bad ids or shapes are skipped one by one. When `knownIds` is given, other ids are ignored too.
 */
export function parseChecklistState(text: string | null, knownIds?: Iterable<string>): ChecklistState {
  const state = createEmptyState();
  if (!text) return state;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return state;
  }
  if (!isRecord(data) || data.v !== CHECKLIST_STATE_VERSION || !isRecord(data.items)) return state;
  const known = knownIds ? new Set(knownIds) : undefined;
  for (const [id, raw] of Object.entries(data.items)) {
    if (!isItemId(id) || (known && !known.has(id))) continue;
    const item = sanitiseItem(raw);
    if (item && !isBlankItem(item)) state.items[id] = item;
  }
  return state;
}

/** The state as saved: the contract's JSON. */
export const serialiseChecklistState = (state: ChecklistState): string => JSON.stringify(state);

/** A copy of `state` with one item changed; blank items are dropped so that saved data stays small. */
export function updateItem(state: ChecklistState, id: string, change: Partial<ChecklistItemState>): ChecklistState {
  if (!isItemId(id)) return state;
  const previous = Object.hasOwn(state.items, id) ? state.items[id] : undefined;
  const merged = sanitiseItem({ ...previous, ...change }) ?? { done: false };
  const items = { ...state.items };
  if (isBlankItem(merged)) delete items[id];
  else items[id] = merged;
  return { v: 1, items };
}

/** The item's state, or a blank one. */
export const getItem = (state: ChecklistState, id: string): ChecklistItemState =>
  (Object.hasOwn(state.items, id) ? state.items[id] : undefined) ?? { done: false };
