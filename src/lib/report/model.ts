/**
 * The monthly report a learner keeps on the device (STORAGE_KEYS.monthlyReport): the channels, the
 * numbers of every month entered so far, the engagement-rate basis, the targets and the story.
 * Numbers are stored as numbers (not as typed), so the months read the same on either language's
 * page and travel in the progress export. Reading never throws: anything that does not fit is dropped.
 */
import { isRecord } from '../guards';

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

/** The inputs of a record, keeping only known fields with valid values. */
export function readInputs(raw: unknown): Inputs {
  const inputs: Inputs = {};
  if (!isRecord(raw)) return inputs;
  for (const field of FIELDS) if (isValue(raw[field])) inputs[field] = raw[field];
  return inputs;
}

function readChannels(raw: unknown): Channel[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const channels: Channel[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.id !== 'string' || !/^c\d{1,4}$/.test(item.id) || seen.has(item.id)) continue;
    if (!isChannelKind(item.kind) || typeof item.name !== 'string' || !cleanName(item.name)) continue;
    seen.add(item.id);
    channels.push({ id: item.id, kind: item.kind, name: cleanName(item.name) });
  }
  return channels.slice(0, MAX_CHANNELS);
}

/** Reads a stored report; missing, damaged or future-version data gives an empty one for `month`. */
export function parseReport(stored: string | null, month: string): ReportState {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? '');
  } catch {
    return emptyReport(month);
  }
  return readReport(raw) ?? emptyReport(month);
}

/** A report from untrusted JSON (storage, an import), or undefined when it is not one. */
export function readReport(raw: unknown): ReportState | undefined {
  if (!isRecord(raw) || raw.v !== 1 || !isMonth(raw.month)) return undefined;
  const report: ReportState = emptyReport(raw.month);
  report.basis = isBasis(raw.basis) ? raw.basis : 'reach';
  report.channels = readChannels(raw.channels);
  const ids = new Set(report.channels.map((c) => c.id));
  if (isRecord(raw.months)) {
    const months = Object.keys(raw.months).filter(isMonth).sort().slice(-MAX_MONTHS);
    for (const month of months) {
      const byChannel = raw.months[month];
      if (!isRecord(byChannel)) continue;
      const kept: Record<string, Inputs> = {};
      for (const id of ids) {
        const inputs = readInputs(byChannel[id]);
        if (Object.keys(inputs).length) kept[id] = inputs;
      }
      if (Object.keys(kept).length) report.months[month] = kept;
    }
  }
  if (isRecord(raw.targets)) {
    for (const [scope, values] of Object.entries(raw.targets)) {
      if ((scope !== ALL && !ids.has(scope)) || !isRecord(values)) continue;
      const kept: Record<string, number> = {};
      for (const [metric, value] of Object.entries(values)) {
        if (/^[a-z]{2,12}$/.test(metric) && isValue(value)) kept[metric] = value;
      }
      if (Object.keys(kept).length) report.targets[scope] = kept;
    }
  }
  if (isRecord(raw.story)) {
    for (const part of STORY_PARTS) {
      const text = raw.story[part];
      if (typeof text === 'string') report.story[part] = text.slice(0, MAX_STORY_LENGTH);
    }
  }
  return report;
}

/** Sets (or, with undefined, clears) one number of one channel in one month. */
export function setInput(
  report: ReportState,
  month: string,
  id: string,
  field: Field,
  value: number | undefined,
): ReportState {
  const byChannel = { ...report.months[month] };
  const inputs = { ...byChannel[id] };
  if (value === undefined) delete inputs[field];
  else inputs[field] = value;
  if (Object.keys(inputs).length) byChannel[id] = inputs;
  else delete byChannel[id];
  const months = { ...report.months };
  if (Object.keys(byChannel).length) months[month] = byChannel;
  else delete months[month];
  return { ...report, months: trimMonths(months) };
}

/** Keeps the newest MAX_MONTHS months. */
export function trimMonths(months: ReportState['months']): ReportState['months'] {
  const keys = Object.keys(months).sort();
  if (keys.length <= MAX_MONTHS) return months;
  return Object.fromEntries(keys.slice(-MAX_MONTHS).map((key) => [key, months[key]!]));
}

/** Months that hold any numbers, oldest first. */
export const storedMonths = (report: ReportState): string[] => Object.keys(report.months).sort();

/** Whether the learner has typed anything yet: numbers, targets or story (channel names do not count). */
export function isBlankReport(report: ReportState): boolean {
  const numbers = Object.values(report.months).some((byChannel) =>
    Object.values(byChannel).some((inputs) => Object.keys(inputs).length > 0),
  );
  const targets = Object.values(report.targets).some((byMetric) => Object.keys(byMetric).length > 0);
  return !numbers && !targets && Object.values(report.story).every((text) => !text.trim());
}
