/**
 * The R + R = S self-assessment of the lesson "Relevance + Resonance = Significance": social
 * objects scored 0–2 for relevance and 0–2 for resonance, their sum (0–4) as the significance
 * score, the quadrant each falls into, and the lesson's monthly five-question significance check.
 * Kept on the device under STORAGE_KEYS.rrs; reading never throws and drops what does not fit.
 */
import { toCsv } from '../csv';
import { fillTemplate } from '../format';
import { escapeMarkdownCell, escapeMarkdownInline } from '../markdown';
import { isCalendarDate, isRecord } from '../guards';

/** The lesson scores 10–12 objects at a time; 50 leaves room for several batches. */
export const MAX_OBJECTS = 50;
export const MAX_NAME_LENGTH = 120;
/** The lesson asks for one line of evidence. */
export const MAX_EVIDENCE_LENGTH = 200;
/** Relevance and resonance are each scored 0, 1 or 2, so their sum runs from 0 to 4. */
export const SCORES = [0, 1, 2] as const;
export type Score = (typeof SCORES)[number];
export const MAX_SIGNIFICANCE = 4;

export const OBJECT_TYPES = ['post', 'video', 'photo', 'story', 'live', 'event', 'campaign', 'other'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/**
 * The four quadrants of the relevance × resonance chart. A score of 0 counts as low, 1 or 2 as
 * high: 0 is the lesson's clear miss ("mainly about us", "seen but not passed on").
 */
export const QUADRANTS = ['strong', 'quiet', 'off-brief', 'weak'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const CHECK_QUESTIONS = ['unprompted', 'answered', 'promises', 'created', 'returning'] as const;
export type CheckQuestion = (typeof CHECK_QUESTIONS)[number];
export const CHECK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export interface SocialObject {
  name: string;
  type: ObjectType;
  /** YYYY-MM-DD, or empty when the learner gave none. */
  date: string;
  relevance: Score;
  resonance: Score;
  /** One line behind the resonance score; may be empty. */
  evidence: string;
}

export interface RrsState {
  objects: SocialObject[];
  /** Answers to the monthly significance check; unanswered questions are absent. */
  check: Partial<Record<CheckQuestion, CheckAnswer>>;
}

/** Why an object was refused; each code has a translated message (`rrs.error.<code>`). */
export type ObjectError =
  | 'name-empty'
  | 'name-too-long'
  | 'type-invalid'
  | 'date-invalid'
  | 'relevance-missing'
  | 'relevance-range'
  | 'resonance-missing'
  | 'resonance-range'
  | 'evidence-too-long';
export type ObjectField = 'name' | 'type' | 'date' | 'relevance' | 'resonance' | 'evidence';

/** The form's values as typed; a radio group with nothing chosen gives undefined or "". */
export interface ObjectInput {
  name?: string;
  type?: string;
  date?: string;
  relevance?: string;
  resonance?: string;
  evidence?: string;
}

export type ObjectResult = { ok: true; object: SocialObject } | { ok: false; errors: ObjectError[] };

export const emptyRrs = (): RrsState => ({ objects: [], check: {} });
export const fieldOf = (error: ObjectError): ObjectField => error.split('-')[0] as ObjectField;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);
const isScore = (value: unknown): value is Score => value === 0 || value === 1 || value === 2;

function readScore(text: string | undefined, field: 'relevance' | 'resonance'): Score | ObjectError {
  const value = (text ?? '').trim();
  if (!value) return `${field}-missing`;
  const number = /^\d$/.test(value) ? Number(value) : NaN;
  return isScore(number) ? number : `${field}-range`;
}

/** Checks a social object as entered in the form; every problem is reported, not just the first. */
export function readObjectInput(input: ObjectInput): ObjectResult {
  const errors: ObjectError[] = [];
  const name = (input.name ?? '').trim();
  if (!name) errors.push('name-empty');
  else if (name.length > MAX_NAME_LENGTH) errors.push('name-too-long');
  const type = input.type ?? '';
  if (!isOneOf(OBJECT_TYPES, type)) errors.push('type-invalid');
  const date = (input.date ?? '').trim();
  if (date && !isCalendarDate(date)) errors.push('date-invalid');
  const relevance = readScore(input.relevance, 'relevance');
  if (typeof relevance === 'string') errors.push(relevance);
  const resonance = readScore(input.resonance, 'resonance');
  if (typeof resonance === 'string') errors.push(resonance);
  const evidence = (input.evidence ?? '').trim().replace(/\s*[\r\n]+\s*/g, ' ');
  if (evidence.length > MAX_EVIDENCE_LENGTH) errors.push('evidence-too-long');
  if (errors.length || !isOneOf(OBJECT_TYPES, type) || !isScore(relevance) || !isScore(resonance))
    return { ok: false, errors };
  return { ok: true, object: { name, type, date, relevance, resonance, evidence } };
}

/** Adds an object at the end, unless the worksheet is full. */
export function addObject(
  objects: readonly SocialObject[],
  object: SocialObject,
): { ok: true; objects: SocialObject[] } | { ok: false; error: 'limit' } {
  if (objects.length >= MAX_OBJECTS) return { ok: false, error: 'limit' };
  return { ok: true, objects: [...objects, object] };
}

/** Replaces the object at index; an index that does not exist changes nothing. */
export function replaceObject(objects: readonly SocialObject[], index: number, object: SocialObject): SocialObject[] {
  return objects.map((existing, i) => (i === index ? object : existing));
}

export function removeObject(objects: readonly SocialObject[], index: number): SocialObject[] {
  return objects.filter((_, i) => i !== index);
}

/** R + R = S: significance is relevance plus resonance, 0–4. */
export const scoreSignificance = (object: Pick<SocialObject, 'relevance' | 'resonance'>): number =>
  object.relevance + object.resonance;

export function findQuadrant({ relevance, resonance }: Pick<SocialObject, 'relevance' | 'resonance'>): Quadrant {
  if (relevance === 0) return resonance === 0 ? 'weak' : 'off-brief';
  return resonance === 0 ? 'quiet' : 'strong';
}

const roundOne = (value: number) => Math.round(value * 10) / 10;

export interface RrsSummary {
  count: number;
  /** Averages rounded to one decimal; null when there is nothing to average. */
  significance: number | null;
  relevance: number | null;
  resonance: number | null;
  quadrants: Record<Quadrant, number>;
  /** grid[relevance][resonance]: how many objects have that pair of scores. */
  grid: number[][];
}

export function summariseObjects(objects: readonly SocialObject[]): RrsSummary {
  const count = objects.length;
  const average = (pick: (o: SocialObject) => number) =>
    count ? roundOne(objects.reduce((sum, o) => sum + pick(o), 0) / count) : null;
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  const grid = SCORES.map(() => SCORES.map(() => 0));
  for (const object of objects) {
    quadrants[findQuadrant(object)] += 1;
    grid[object.relevance]![object.resonance]! += 1;
  }
  return {
    count,
    significance: average(scoreSignificance),
    relevance: average((o) => o.relevance),
    resonance: average((o) => o.resonance),
    quadrants,
    grid,
  };
}

/** Counts the answers of the significance check: the lesson says to count the yeses each month. */
export function summariseCheck(check: RrsState['check']): Record<CheckAnswer, number> & { answered: number } {
  const counts = { yes: 0, no: 0, unknown: 0, answered: 0 };
  for (const question of CHECK_QUESTIONS) {
    const answer = check[question];
    if (answer) {
      counts[answer] += 1;
      counts.answered += 1;
    }
  }
  return counts;
}

/** A stored object exactly as the form would have made it, or undefined. */
function readStoredObject(raw: unknown): SocialObject | undefined {
  if (!isRecord(raw)) return undefined;
  const { name, type, date, relevance, resonance, evidence } = raw;
  if (typeof name !== 'string' || typeof date !== 'string' || typeof evidence !== 'string') return undefined;
  if (!isScore(relevance) || !isScore(resonance) || !isOneOf(OBJECT_TYPES, type)) return undefined;
  const result = readObjectInput({
    name,
    type,
    date,
    evidence,
    relevance: String(relevance),
    resonance: String(resonance),
  });
  return result.ok ? result.object : undefined;
}

/** Reads the stored worksheet; missing, corrupt or future-version data gives an empty one. */
export function parseRrsState(stored: string | null): RrsState {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? '');
  } catch {
    return emptyRrs();
  }
  if (!isRecord(raw) || raw.v !== 1) return emptyRrs();
  const state = emptyRrs();
  if (Array.isArray(raw.objects)) {
    state.objects = raw.objects
      .map(readStoredObject)
      .filter((o) => o !== undefined)
      .slice(0, MAX_OBJECTS);
  }
  if (isRecord(raw.check)) {
    for (const question of CHECK_QUESTIONS) {
      const answer = Object.hasOwn(raw.check, question) ? raw.check[question] : undefined;
      if (isOneOf(CHECK_ANSWERS, answer)) state.check[question] = answer;
    }
  }
  return state;
}

export const serialiseRrsState = (state: RrsState): string =>
  JSON.stringify({ v: 1, objects: state.objects, check: state.check });

/** Translated words for the exports, filled in by the page. */
export interface RrsExportLabels {
  columns: Record<
    'number' | 'name' | 'type' | 'date' | 'relevance' | 'resonance' | 'significance' | 'quadrant' | 'evidence',
    string
  >;
  types: Record<ObjectType, string>;
  quadrants: Record<Quadrant, string>;
}

export interface RrsMarkdownLabels extends RrsExportLabels {
  title: string;
  /** The formula, as stated on the page. */
  formula: string;
  /** The averages, already written out. */
  summary: string;
  adviceHeading: string;
  advice: Record<Quadrant, string>;
  checkHeading: string;
  questions: Record<CheckQuestion, string>;
  answers: Record<CheckAnswer, string>;
  notAnswered: string;
  /** The count of yeses, already written out. */
  checkSummary: string;
  footer: string;
}

const objectRow = (object: SocialObject, index: number, labels: RrsExportLabels) => [
  index + 1,
  object.name,
  labels.types[object.type],
  object.date,
  object.relevance,
  object.resonance,
  scoreSignificance(object),
  labels.quadrants[findQuadrant(object)],
  object.evidence,
];

/** The columns of the exports, in order. */
export const RRS_COLUMNS = [
  'number',
  'name',
  'type',
  'date',
  'relevance',
  'resonance',
  'significance',
  'quadrant',
  'evidence',
] as const;

/** The objects as CSV in the page's language (`lang`: ";" and a decimal comma in Bulgarian). */
export function buildRrsCsv(state: RrsState, labels: RrsExportLabels, lang: string): string {
  return toCsv(
    RRS_COLUMNS.map((c) => labels.columns[c]),
    state.objects.map((object, index) => objectRow(object, index, labels)),
    lang,
  );
}

export function buildRrsMarkdown(state: RrsState, labels: RrsMarkdownLabels): string {
  const lines = [`# ${escapeMarkdownInline(labels.title)}`, '', escapeMarkdownInline(labels.formula), ''];
  lines.push(`| ${RRS_COLUMNS.map((c) => escapeMarkdownCell(labels.columns[c])).join(' | ')} |`);
  lines.push(`|${RRS_COLUMNS.map(() => ' --- |').join('')}`);
  for (const [index, object] of state.objects.entries()) {
    const cells = objectRow(object, index, labels).map((cell) => escapeMarkdownCell(String(cell)) || ' ');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', escapeMarkdownInline(labels.summary), '', `## ${escapeMarkdownInline(labels.adviceHeading)}`, '');
  for (const quadrant of QUADRANTS) {
    const names = state.objects.filter((o) => findQuadrant(o) === quadrant).map((o) => escapeMarkdownInline(o.name));
    if (!names.length) continue;
    lines.push(`### ${escapeMarkdownInline(labels.quadrants[quadrant])} (${names.length})`, '');
    lines.push(escapeMarkdownInline(labels.advice[quadrant]), '', ...names.map((name) => `- ${name}`), '');
  }
  lines.push(`## ${escapeMarkdownInline(labels.checkHeading)}`, '');
  for (const question of CHECK_QUESTIONS) {
    const answer = state.check[question];
    lines.push(
      `- ${escapeMarkdownInline(labels.questions[question])} **${answer ? labels.answers[answer] : labels.notAnswered}**`,
    );
  }
  lines.push('', escapeMarkdownInline(labels.checkSummary), '', `*${escapeMarkdownInline(labels.footer)}*`, '');
  return lines.join('\n');
}

/** Fills a template with the averages in the learner's number format. */
export function describeSummary(
  template: string,
  summary: RrsSummary,
  formatNumber: (value: number) => string,
): string {
  const show = (value: number | null) => (value === null ? '–' : formatNumber(value));
  return fillTemplate(template, {
    count: summary.count,
    significance: show(summary.significance),
    relevance: show(summary.relevance),
    resonance: show(summary.resonance),
  });
}
