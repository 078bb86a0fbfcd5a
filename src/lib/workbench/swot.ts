/**
 * The SWOT worksheet of the lesson "The work itself": four lists, each entry a point and, as the
 * lesson asks, an optional decision that follows from it ("so we…"). Kept on the device under
 * STORAGE_KEYS.swot; reading never throws and drops what does not fit.
 */
import { fillTemplate } from '../format';
import { escapeMarkdownInline } from '../markdown';
import { isRecord } from '../guards';

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];
/** A hard cap that keeps the page and exports usable; the lesson's advice is three or four. */
export const MAX_ENTRIES = 30;
/** From this many entries on, the page repeats the lesson's advice to keep only what matters. */
export const FOCUS_WARNING_AT = 6;
export const MAX_ENTRY_LENGTH = 200;
export const MAX_SUBJECT_LENGTH = 120;

export interface SwotEntry {
  text: string;
  /** The decision that follows from the point; may be empty. */
  action: string;
}

export interface SwotState {
  /** What is being analysed, e.g. a brand's Instagram account; may be empty. */
  subject: string;
  quadrants: Record<SwotQuadrant, SwotEntry[]>;
}

/** Why an entry was refused; each code has a translated message (`swot.error.<code>`). */
export type EntryError = 'text-empty' | 'text-too-long' | 'action-too-long';
export type EntryResult = { ok: true; entry: SwotEntry } | { ok: false; errors: EntryError[] };

export const emptySwot = (): SwotState => ({
  subject: '',
  quadrants: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
});

export const isSwotQuadrant = (value: unknown): value is SwotQuadrant =>
  (SWOT_QUADRANTS as readonly unknown[]).includes(value);

const oneLine = (text: string) => text.trim().replace(/\s*[\r\n]+\s*/g, ' ');

/** Characters that may follow a lead-in the learner typed: space, an ellipsis, a colon, a dash. */
const AFTER_LEAD_IN = /^(?:[\s:,–—-]|…|\.{3})+/;

/**
 * The lead-in of the page's "so we {{action}}" template ("so we", „затова“), which the page prints
 * before every decision. The intro suggests typing "so we…", so a decision that starts with it
 * loses it here; otherwise the page would print "so we so we…".
 */
export function leadInOf(template: string): string {
  return template.split('{{action}}')[0]!.trim();
}

/** A decision without the lead-in the page adds itself; "so we'll" or "sow" keep theirs. */
export function dropLeadIn(action: string, leadIn: string): string {
  if (!leadIn || action.slice(0, leadIn.length).toLocaleLowerCase() !== leadIn.toLocaleLowerCase()) return action;
  const rest = action.slice(leadIn.length);
  if (rest !== '' && !AFTER_LEAD_IN.test(rest)) return action;
  return rest.replace(AFTER_LEAD_IN, '');
}

/** Checks an entry as typed; `leadIn` (see leadInOf) is taken off the start of the decision. */
export function readEntryInput(text: string, action = '', leadIn = ''): EntryResult {
  const entry = { text: oneLine(text), action: dropLeadIn(oneLine(action), leadIn) };
  const errors: EntryError[] = [];
  if (!entry.text) errors.push('text-empty');
  else if (entry.text.length > MAX_ENTRY_LENGTH) errors.push('text-too-long');
  if (entry.action.length > MAX_ENTRY_LENGTH) errors.push('action-too-long');
  return errors.length ? { ok: false, errors } : { ok: true, entry };
}

/** The subject as kept: one line, cut at the limit (the field's maxlength makes that rare). */
export const readSubject = (subject: string): string => oneLine(subject).slice(0, MAX_SUBJECT_LENGTH);

const withList = (state: SwotState, quadrant: SwotQuadrant, list: SwotEntry[]): SwotState => ({
  ...state,
  quadrants: { ...state.quadrants, [quadrant]: list },
});

export function addEntry(
  state: SwotState,
  quadrant: SwotQuadrant,
  entry: SwotEntry,
): { ok: true; state: SwotState } | { ok: false; error: 'limit' } {
  const list = state.quadrants[quadrant];
  if (list.length >= MAX_ENTRIES) return { ok: false, error: 'limit' };
  return { ok: true, state: withList(state, quadrant, [...list, entry]) };
}

/** Puts a removed entry back where it was (or last, if the list has since become shorter). */
export function restoreEntry(
  state: SwotState,
  quadrant: SwotQuadrant,
  index: number,
  entry: SwotEntry,
): { ok: true; state: SwotState; index: number } | { ok: false; error: 'limit' } {
  const list = [...state.quadrants[quadrant]];
  if (list.length >= MAX_ENTRIES) return { ok: false, error: 'limit' };
  const at = Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, entry);
  return { ok: true, state: withList(state, quadrant, list), index: at };
}

/** Replaces one entry; an index that does not exist changes nothing. */
export function replaceEntry(state: SwotState, quadrant: SwotQuadrant, index: number, entry: SwotEntry): SwotState {
  return withList(
    state,
    quadrant,
    state.quadrants[quadrant].map((existing, i) => (i === index ? entry : existing)),
  );
}

export function removeEntry(state: SwotState, quadrant: SwotQuadrant, index: number): SwotState {
  return withList(
    state,
    quadrant,
    state.quadrants[quadrant].filter((_, i) => i !== index),
  );
}

/** Moves an entry one place up (-1) or down (+1); at either end nothing moves. */
export function moveEntry(state: SwotState, quadrant: SwotQuadrant, index: number, step: -1 | 1): SwotState {
  const list = [...state.quadrants[quadrant]];
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return state;
  [list[index], list[target]] = [list[target]!, list[index]!];
  return withList(state, quadrant, list);
}

export const countEntries = (state: SwotState): number =>
  SWOT_QUADRANTS.reduce((sum, q) => sum + state.quadrants[q].length, 0);

function readStoredEntry(raw: unknown, leadIn: string): SwotEntry | undefined {
  if (!isRecord(raw) || typeof raw.text !== 'string') return undefined;
  const action = raw.action === undefined ? '' : raw.action;
  if (typeof action !== 'string') return undefined;
  const result = readEntryInput(raw.text, action, leadIn);
  return result.ok ? result.entry : undefined;
}

/**
 * Reads the stored worksheet; missing, corrupt or future-version data gives an empty one. Entries
 * saved before the lead-in was dropped on entry lose it here (`leadIn`, see leadInOf).
 */
export function parseSwotState(stored: string | null, leadIn = ''): SwotState {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? '');
  } catch {
    return emptySwot();
  }
  if (!isRecord(raw) || raw.v !== 1) return emptySwot();
  const state = emptySwot();
  if (typeof raw.subject === 'string') state.subject = readSubject(raw.subject);
  if (isRecord(raw.quadrants)) {
    for (const quadrant of SWOT_QUADRANTS) {
      const list = Object.hasOwn(raw.quadrants, quadrant) ? raw.quadrants[quadrant] : undefined;
      if (!Array.isArray(list)) continue;
      state.quadrants[quadrant] = list
        .map((entry) => readStoredEntry(entry, leadIn))
        .filter((e) => e !== undefined)
        .slice(0, MAX_ENTRIES);
    }
  }
  return state;
}

export const serialiseSwotState = (state: SwotState): string =>
  JSON.stringify({ v: 1, subject: state.subject, quadrants: state.quadrants });

/** Translated words for the Markdown export, filled in by the page. */
export interface SwotMarkdownLabels {
  /** The title, with the subject already in it when there is one. */
  title: string;
  headings: Record<SwotQuadrant, string>;
  /** "Internal · helpful" and the like. */
  kinds: Record<SwotQuadrant, string>;
  /** An entry with a decision: "{{text}} — so we {{action}}". */
  withAction: string;
  none: string;
  footer: string;
}

export function buildSwotMarkdown(state: SwotState, labels: SwotMarkdownLabels): string {
  const lines = [`# ${escapeMarkdownInline(labels.title)}`, ''];
  for (const quadrant of SWOT_QUADRANTS) {
    lines.push(
      `## ${escapeMarkdownInline(labels.headings[quadrant])}`,
      '',
      `*${escapeMarkdownInline(labels.kinds[quadrant])}*`,
      '',
    );
    const entries = state.quadrants[quadrant];
    if (!entries.length) lines.push(`*${escapeMarkdownInline(labels.none)}*`);
    for (const [index, { text, action }] of entries.entries()) {
      const line = action
        ? fillTemplate(labels.withAction, { text: escapeMarkdownInline(text), action: escapeMarkdownInline(action) })
        : escapeMarkdownInline(text);
      lines.push(`${index + 1}. ${line}`);
    }
    lines.push('');
  }
  lines.push(`*${escapeMarkdownInline(labels.footer)}*`, '');
  return lines.join('\n');
}
