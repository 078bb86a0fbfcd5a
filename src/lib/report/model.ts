/**
 * The monthly report a learner keeps on the device (STORAGE_KEYS.monthlyReport): the channels, the
 * numbers of every month entered so far, the engagement-rate basis, the targets and the story.
 * Numbers are stored as numbers (not as typed), so the months read the same on either language's
 * page and travel in the progress export. Reading never throws: anything that does not fit is dropped.
 */
import { isRecord } from '../guards';
import { parseNumberInput } from '../number-input';

/** The platforms a channel can be; "other" covers a blog, a newsletter, Pinterest… */
export const CHANNEL_KINDS = ['facebook', 'instagram', 'tiktok', 'linkedin', 'youtube', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * The numbers entered per channel and month, in this order everywhere (the form, the CSV and the
 * share link). Interactions are either a total or the sum of their four parts.
 */
export const FIELDS = [
  'followersStart',
  'followersEnd',
  'reach',
  'impressions',
  'interactions',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
  'conversions',
  'spend',
] as const;
export type Field = (typeof FIELDS)[number];
/** The parts that add up to interactions when no total is entered. */
export const INTERACTION_PARTS = ['reactions', 'comments', 'shares', 'saves'] as const;

export type Inputs = Partial<Record<Field, number>>;

/** The three parts of the story, in the lesson's order. */
export const STORY_PARTS = ['worked', 'notWorked', 'next'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/** What the engagement rate divides by; the report names it. */
export const BASES = ['reach', 'followers', 'impressions'] as const;
export type Basis = (typeof BASES)[number];
export const isBasis = (value: unknown): value is Basis => (BASES as readonly unknown[]).includes(value);

export const MAX_CHANNELS = 8;
export const MAX_NAME_LENGTH = 40;
export const MAX_STORY_LENGTH = 600;
/** Five years of months; the oldest go first beyond that. */
export const MAX_MONTHS = 60;
/** Larger than any follower count or budget a learner will type; larger is a typo. */
export const MAX_VALUE = 1e12;

export interface Channel {
  /** Stable within the report ("c1", "c2"…), so a rename keeps the numbers. */
  id: string;
  kind: ChannelKind;
  name: string;
}

/** `all` is every channel together; other scopes are channel ids. */
export const ALL = 'all';

export interface ReportState {
  v: 1;
  /** The report's month, YYYY-MM; the month before it is the comparison. */
  month: string;
  basis: Basis;
  channels: Channel[];
  /** Numbers by month (YYYY-MM), then by channel id. */
  months: Record<string, Record<string, Inputs>>;
  /** Targets by scope (channel id or `all`), then by metric id. */
  targets: Record<string, Record<string, number>>;
  story: Record<StoryPart, string>;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && MONTH.test(value) && value >= '2000-01' && value <= '2100-12';

/** The month before a YYYY-MM month. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** This device's current month, YYYY-MM. */
export const monthOf = (now: Date): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;

export const isChannelKind = (value: unknown): value is ChannelKind =>
  (CHANNEL_KINDS as readonly unknown[]).includes(value);

/** A number a field can hold: finite, not negative, not absurd. */
export const isValue = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_VALUE;

/** Why a typed number is not one a field takes (also the CSV import's cell problems). */
export type AmountProblem = 'not-a-number' | 'negative' | 'too-large';

/**
 * A number as typed in a field or a CSV cell, in either form ("1 234,5", "1,234.5"; `prefer` is the
 * page's decimal mark for text that could be read either way): undefined when empty, else the
 * number or why it is not one we take.
 */
export function readAmount(text: string, prefer: ',' | '.'): number | undefined | AmountProblem {
  const reading = parseNumberInput(text, prefer);
  if (!reading.ok) return reading.reason === 'empty' ? undefined : 'not-a-number';
  return reading.value < 0 ? 'negative' : reading.value > MAX_VALUE ? 'too-large' : reading.value;
}

export const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);

export function emptyReport(month: string): ReportState {
  return {
    v: 1,
    month,
    basis: 'reach',
    channels: [
      { id: 'c1', kind: 'facebook', name: 'Facebook' },
      { id: 'c2', kind: 'instagram', name: 'Instagram' },
      { id: 'c3', kind: 'tiktok', name: 'TikTok' },
    ],
    months: {},
    targets: {},
    story: { worked: '', notWorked: '', next: '' },
  };
}

/**
 * The entries of a record that `read` keeps (it returns undefined for the rest), or undefined when
 * none is left, so that empty groups of months, channels and targets drop out.
 */
function pick<T>(raw: unknown, read: (value: unknown, key: string) => T | undefined): Record<string, T> | undefined {
  if (!isRecord(raw)) return undefined;
  const kept: Record<string, T> = {};
  for (const [key, value] of Object.entries(raw)) {
    const item = read(value, key);
    if (item !== undefined) kept[key] = item;
  }
  return Object.keys(kept).length ? kept : undefined;
}

const readValue = (value: unknown, field: string) =>
  (FIELDS as readonly string[]).includes(field) && isValue(value) ? value : undefined;

/** The inputs of a record, keeping only known fields with valid values. */
export const readInputs = (raw: unknown): Inputs => pick(raw, readValue) ?? {};

/** Reads a stored report; missing, damaged or future-version data gives an empty one for `month`. */
export function parseReport(stored: string | null, month: string): ReportState {
  try {
    return readReport(JSON.parse(stored ?? '')) ?? emptyReport(month);
  } catch {
    return emptyReport(month);
  }
}

/** A report from untrusted JSON (storage, an import), or undefined when it is not one. */
export function readReport(raw: unknown): ReportState | undefined {
  if (!isRecord(raw) || raw.v !== 1 || !isMonth(raw.month)) return undefined;
  const report = emptyReport(raw.month);
  if (isBasis(raw.basis)) report.basis = raw.basis;
  const ids = new Set<string>();
  report.channels = (Array.isArray(raw.channels) ? raw.channels : []).flatMap((item: unknown) => {
    if (!isRecord(item) || !isChannelKind(item.kind) || typeof item.name !== 'string') return [];
    const { id, kind } = item;
    const name = cleanName(item.name);
    if (typeof id !== 'string' || !/^c\d{1,4}$/.test(id) || ids.has(id) || !name || ids.size >= MAX_CHANNELS) return [];
    ids.add(id);
    return [{ id, kind, name }];
  });
  const known = (key: string) => ids.has(key);
  report.months = trimMonths(
    pick(raw.months, (byChannel, month) =>
      isMonth(month) ? pick(byChannel, (i, id) => (known(id) ? pick(i, readValue) : undefined)) : undefined,
    ) ?? {},
  );
  report.targets =
    pick(raw.targets, (values, scope) =>
      scope === ALL || known(scope)
        ? pick(values, (v, metric) => (/^[a-z]{2,12}$/.test(metric) && isValue(v) ? v : undefined))
        : undefined,
    ) ?? {};
  for (const part of STORY_PARTS) {
    const text = isRecord(raw.story) && raw.story[part];
    if (typeof text === 'string') report.story[part] = text.slice(0, MAX_STORY_LENGTH);
  }
  return report;
}

/** Sets (or, with undefined, clears) one number of one channel in one month; emptied groups go. */
export function setInput(
  report: ReportState,
  month: string,
  id: string,
  field: Field,
  value: number | undefined,
): ReportState {
  const months = {
    ...report.months,
    [month]: { ...report.months[month], [id]: { ...report.months[month]?.[id], [field]: value } },
  };
  const kept = pick(months, (byChannel) => pick(byChannel, (inputs) => pick(inputs, (v) => v as number | undefined)));
  return { ...report, months: trimMonths(kept ?? {}) };
}

/** Keeps the newest MAX_MONTHS months. */
export function trimMonths(months: ReportState['months']): ReportState['months'] {
  const keys = Object.keys(months).sort();
  if (keys.length <= MAX_MONTHS) return months;
  return Object.fromEntries(keys.slice(-MAX_MONTHS).map((key) => [key, months[key]!]));
}

/** Months that hold any numbers, oldest first. */
export const storedMonths = (report: ReportState): string[] => Object.keys(report.months).sort();

/** Whether anything in it has content: a number (0 included) or text that is not blank. */
const filled = (value: unknown): boolean =>
  typeof value === 'object' && value ? Object.values(value).some(filled) : String(value).trim() !== '';

/** Whether the learner has typed anything yet: numbers, targets or story (channel names do not count). */
export const isBlankReport = (report: ReportState): boolean => !filled([report.months, report.targets, report.story]);
