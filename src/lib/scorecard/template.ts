/**
 * A scorecard template: the role, the items to assess in order, and the rating scale. Its share link
 * holds item ids and the custom items' text — never descriptions, which the page looks up in the
 * taxonomy of the reader's language, so one link works in both languages.
 */
import { isRecord } from '../guards';
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import { DEFAULT_SCALE, isScaleId, MAX_CUSTOM_ITEMS, MAX_CUSTOM_LENGTH, MAX_ROLE_LENGTH, type ScaleId } from './limits';
import { isCleanLine } from './text';

export type ItemRef = { kind: 'taxonomy'; id: string } | { kind: 'custom'; text: string };

export interface ScorecardTemplate {
  /** The role being hired for; may be empty while the template is being built. */
  role: string;
  /** Picked items in the order they are assessed. */
  items: ItemRef[];
  scale: ScaleId;
}

/**
 * The `k` of a template link (src/lib/url-state.ts) and its current version. The kind stays
 * "scorecard", as in every link already sent, so that those links keep opening.
 */
export const TEMPLATE_KIND = 'scorecard';
export const TEMPLATE_VERSION = 1;

/**
 * The data of a template in a link: r = role, i = items (a taxonomy id, or the index of a custom
 * item in c), c = custom items' text, s = scale. Short keys keep the largest template in budget.
 */
export interface TemplateData {
  r: string;
  i: (string | number)[];
  c: string[];
  s: ScaleId;
}

export type EncodeResult = { ok: true; hash: string } | { ok: false; reason: 'too-long'; length: number };

export const emptyTemplate = (): ScorecardTemplate => ({ role: '', items: [], scale: DEFAULT_SCALE });

/** True when the template can be filled in: it names the role and has at least one item. */
export function isComplete(template: ScorecardTemplate): boolean {
  return template.role.length > 0 && template.items.length > 0;
}

/** A stable key for an item within a template: its id, or "custom:<text>". */
export function itemKey(item: ItemRef): string {
  return item.kind === 'taxonomy' ? item.id : `custom:${item.text}`;
}

export function toTemplateData(template: ScorecardTemplate): TemplateData {
  const custom: string[] = [];
  const items = template.items.map((item) => {
    if (item.kind === 'taxonomy') return item.id;
    custom.push(item.text);
    return custom.length - 1;
  });
  return { r: template.role, i: items, c: custom, s: template.scale };
}

/**
 * Turns untrusted link data back into a template, or undefined when anything is off: unknown or
 * repeated ids, custom items that are missing, repeated, too many or too long, an unknown scale.
 */
export function fromTemplateData(data: unknown, knownIds: ReadonlySet<string>): ScorecardTemplate | undefined {
  if (!isRecord(data)) return undefined;
  const { r, i, c, s } = data;
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

/** Encodes a template for the part of a link after "#"; fails (never truncates) when too long. */
export function encodeTemplate(template: ScorecardTemplate): EncodeResult {
  const hash = encodeState(TEMPLATE_KIND, TEMPLATE_VERSION, toTemplateData(template));
  return hash.length <= MAX_STATE_LENGTH ? { ok: true, hash } : { ok: false, reason: 'too-long', length: hash.length };
}

/** Decodes a template link's hash; never throws. */
export function decodeTemplate(
  hash: string,
  knownIds: ReadonlySet<string>,
): { ok: true; template: ScorecardTemplate } | { ok: false; reason: DecodeFailure } {
  const decoded = decodeState(hash, TEMPLATE_KIND, TEMPLATE_VERSION, (data) => fromTemplateData(data, knownIds));
  return decoded.ok ? { ok: true, template: decoded.data } : decoded;
}
