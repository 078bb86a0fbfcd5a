/**
 * A hiring checklist: the role, the items to assess in order, and the rating scale. Its share link
 * holds item ids and the custom items' text — never descriptions, which the page looks up in the
 * taxonomy of the reader's language, so one link works in both languages.
 */
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import { DEFAULT_SCALE, isScaleId, MAX_CUSTOM_ITEMS, MAX_CUSTOM_LENGTH, MAX_ROLE_LENGTH, type ScaleId } from './limits';
import { isCleanLine } from './text';

export type ItemRef = { kind: 'taxonomy'; id: string } | { kind: 'custom'; text: string };

export interface Checklist {
  /** The role being hired for; may be empty while the checklist is being built. */
  role: string;
  /** Picked items in the order they are assessed. */
  items: ItemRef[];
  scale: ScaleId;
}

/** The `k` of a checklist link (src/lib/url-state.ts) and its current version. */
export const CHECKLIST_KIND = 'scorecard';
export const CHECKLIST_VERSION = 1;

/**
 * The data of a checklist in a link: r = role, i = items (a taxonomy id, or the index of a custom
 * item in c), c = custom items' text, s = scale. Short keys keep the largest checklist in budget.
 */
export interface ChecklistData {
  r: string;
  i: (string | number)[];
  c: string[];
  s: ScaleId;
}

export type EncodeResult = { ok: true; hash: string } | { ok: false; reason: 'too-long'; length: number };

export const emptyChecklist = (): Checklist => ({ role: '', items: [], scale: DEFAULT_SCALE });

/** True when the checklist can be filled in: it names the role and has at least one item. */
export function isComplete(checklist: Checklist): boolean {
  return checklist.role.length > 0 && checklist.items.length > 0;
}

/** A stable key for an item within a checklist: its id, or "custom:<text>". */
export function itemKey(item: ItemRef): string {
  return item.kind === 'taxonomy' ? item.id : `custom:${item.text}`;
}

export function toChecklistData(checklist: Checklist): ChecklistData {
  const custom: string[] = [];
  const items = checklist.items.map((item) => {
    if (item.kind === 'taxonomy') return item.id;
    custom.push(item.text);
    return custom.length - 1;
  });
  return { r: checklist.role, i: items, c: custom, s: checklist.scale };
}

/**
 * Turns untrusted link data back into a checklist, or undefined when anything is off: unknown or
 * repeated ids, custom items that are missing, repeated, too many or too long, an unknown scale.
 */
export function fromChecklistData(data: unknown, knownIds: ReadonlySet<string>): Checklist | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { r, i, c, s } = data as Record<string, unknown>;
  if (!isCleanLine(r, MAX_ROLE_LENGTH) || !isScaleId(s)) return undefined;
  if (!Array.isArray(c) || c.length > MAX_CUSTOM_ITEMS) return undefined;
  if (!c.every((text) => isCleanLine(text, MAX_CUSTOM_LENGTH) && text.length > 0)) return undefined;
  if (new Set(c).size !== c.length) return undefined;
  if (!Array.isArray(i) || i.length !== new Set(i).size) return undefined;
  const items: ItemRef[] = [];
  let customSeen = 0;
  for (const entry of i) {
    if (typeof entry === 'string' && knownIds.has(entry)) items.push({ kind: 'taxonomy', id: entry });
    // Custom items appear in the order of c, each exactly once.
    else if (entry === customSeen && customSeen < c.length)
      items.push({ kind: 'custom', text: c[customSeen++] as string });
    else return undefined;
  }
  if (customSeen !== c.length) return undefined;
  return { role: r, items, scale: s };
}

/** Encodes a checklist for the part of a link after "#"; fails (never truncates) when too long. */
export function encodeChecklist(checklist: Checklist): EncodeResult {
  const hash = encodeState(CHECKLIST_KIND, CHECKLIST_VERSION, toChecklistData(checklist));
  return hash.length <= MAX_STATE_LENGTH ? { ok: true, hash } : { ok: false, reason: 'too-long', length: hash.length };
}

/** Decodes a checklist link's hash; never throws. */
export function decodeChecklist(
  hash: string,
  knownIds: ReadonlySet<string>,
): { ok: true; checklist: Checklist } | { ok: false; reason: DecodeFailure } {
  const decoded = decodeState(hash, CHECKLIST_KIND, CHECKLIST_VERSION, (data) => fromChecklistData(data, knownIds));
  return decoded.ok ? { ok: true, checklist: decoded.data } : decoded;
}

/** Two checklists are for the same role when role, items, order and scale all match. */
export function sameChecklist(a: Checklist, b: Checklist): boolean {
  return JSON.stringify(toChecklistData(a)) === JSON.stringify(toChecklistData(b));
}
