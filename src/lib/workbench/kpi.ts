/**
 * The KPI plan's arithmetic: the catalogue of KPIs, reading numbers typed by people, the formulas
 * behind the rates, and how far a result has moved from the baseline towards the target.
 */

export const KPI_IDS = [
  'reach',
  'impressions',
  'engagement-rate',
  'click-through-rate',
  'conversions',
  'follower-growth',
  'response-time',
  'sentiment',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** What a KPI's values count; each has its own translated unit label (`kpi.unit.<unit>`). */
export const KPI_UNITS = ['count', 'percent', 'minutes', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** The raw numbers a calculator helper asks for (`kpi.input.<name>` labels them). */
export type CalculatorInput =
  | 'engagements'
  | 'reach'
  | 'clicks'
  | 'impressions'
  | 'start'
  | 'end'
  | 'totalMinutes'
  | 'replies'
  | 'positive'
  | 'neutral'
  | 'negative';

export interface KpiDefinition {
  id: KpiId;
  unit: KpiUnit;
  /** Which way is good; response time improves as it falls. */
  better: 'higher' | 'lower';
  /** The smallest and largest value that makes sense for the KPI. */
  min: number;
  max: number;
  /** Inputs of the formula helper, in the order the formula names them; none for plain counts. */
  inputs: readonly CalculatorInput[];
}

const COUNT_MAX = 1e12;

export const KPIS: readonly KpiDefinition[] = [
  { id: 'reach', unit: 'count', better: 'higher', min: 0, max: COUNT_MAX, inputs: [] },
  { id: 'impressions', unit: 'count', better: 'higher', min: 0, max: COUNT_MAX, inputs: [] },
  // Engagements are counted per action, so one keen person can push the rate past 100 %.
  { id: 'engagement-rate', unit: 'percent', better: 'higher', min: 0, max: 1000, inputs: ['engagements', 'reach'] },
  { id: 'click-through-rate', unit: 'percent', better: 'higher', min: 0, max: 100, inputs: ['clicks', 'impressions'] },
  { id: 'conversions', unit: 'count', better: 'higher', min: 0, max: COUNT_MAX, inputs: [] },
  // A follower count cannot fall by more than all of it, but it can grow many times over.
  { id: 'follower-growth', unit: 'percent', better: 'higher', min: -100, max: 100_000, inputs: ['start', 'end'] },
  // Up to a year, in minutes.
  { id: 'response-time', unit: 'minutes', better: 'lower', min: 0, max: 525_600, inputs: ['totalMinutes', 'replies'] },
  // Net sentiment: the share of positive mentions minus the share of negative ones.
  {
    id: 'sentiment',
    unit: 'score',
    better: 'higher',
    min: -100,
    max: 100,
    inputs: ['positive', 'neutral', 'negative'],
  },
];

export const isKpiId = (value: unknown): value is KpiId => (KPI_IDS as readonly unknown[]).includes(value);

export function findKpi(id: KpiId): KpiDefinition {
  return KPIS.find((kpi) => kpi.id === id)!;
}

/** Why a typed number was refused; each has a translated message (`kpi.error.<code>`). */
export type NumberError = 'empty' | 'not-a-number' | 'negative' | 'out-of-range' | 'not-whole' | 'zero-denominator';
export type NumberResult = { ok: true; value: number } | { ok: false; error: NumberError };

/** The longest text accepted as a number; longer is not a number anyone meant. */
const MAX_NUMBER_TEXT = 30;

/**
 * Reads a number as people type it: "1 234,5" and "1234.5" in Bulgarian, "1,234.5" and "1234.5"
 * in English, with an optional trailing "%" and a typographic minus. Never throws.
 */
export function parseNumberText(text: string, lang: string): NumberResult {
  let clean = text
    .trim()
    .replace(/[\s\u00a0\u202f\u2009]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/%$/, '')
    .replace(/^\+/, '');
  if (clean === '') return { ok: false, error: 'empty' };
  if (clean.length > MAX_NUMBER_TEXT) return { ok: false, error: 'not-a-number' };
  if (lang === 'en' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
  else if (lang !== 'en' && /^-?\d{1,3}(\.\d{3})+,\d+$/.test(clean)) clean = clean.replace(/\./g, '');
  clean = clean.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(clean)) return { ok: false, error: 'not-a-number' };
  const value = Number(clean);
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : { ok: false, error: 'not-a-number' };
}

/** Reads a value of a KPI (baseline, target or result) and checks that it makes sense for it. */
export function readKpiValue(kpi: KpiDefinition, text: string, lang: string): NumberResult {
  const parsed = parseNumberText(text, lang);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0 && kpi.min === 0) return { ok: false, error: 'negative' };
  if (parsed.value < kpi.min || parsed.value > kpi.max) return { ok: false, error: 'out-of-range' };
  return parsed;
}

/** Reads a raw count for a calculator: whole, not negative. */
export function readCount(text: string, lang: string): NumberResult {
  const parsed = parseNumberText(text, lang);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return { ok: false, error: 'negative' };
  if (parsed.value > COUNT_MAX) return { ok: false, error: 'out-of-range' };
  return parsed;
}

/** Reads a raw input of a calculator; minutes may have decimals, everything else is counted. */
export function readCalculatorInput(input: CalculatorInput, text: string, lang: string): NumberResult {
  const parsed = readCount(text, lang);
  if (parsed.ok && input !== 'totalMinutes' && !Number.isInteger(parsed.value))
    return { ok: false, error: 'not-whole' };
  return parsed;
}

const ratio = (part: number, whole: number, scale = 100): NumberResult =>
  whole === 0 ? { ok: false, error: 'zero-denominator' } : { ok: true, value: (part / whole) * scale };

/** Engagement rate = engagements / reach × 100. */
export const calculateEngagementRate = (engagements: number, reach: number) => ratio(engagements, reach);
/** Click-through rate = clicks / impressions × 100. */
export const calculateClickThroughRate = (clicks: number, impressions: number) => ratio(clicks, impressions);
/** Follower growth = (end − start) / start × 100. */
export const calculateFollowerGrowth = (start: number, end: number) => ratio(end - start, start);
/** Average response time = total minutes to reply / number of replies. */
export const calculateResponseTime = (totalMinutes: number, replies: number) => ratio(totalMinutes, replies, 1);
/** Net sentiment = (positive − negative) / all mentions × 100. */
export const calculateNetSentiment = (positive: number, neutral: number, negative: number) =>
  ratio(positive - negative, positive + neutral + negative);

/** Runs a KPI's formula on its inputs, given in the order of `inputs`. */
export function calculateKpi(id: KpiId, values: readonly number[]): NumberResult {
  const [a = 0, b = 0, c = 0] = values;
  switch (id) {
    case 'engagement-rate':
      return calculateEngagementRate(a, b);
    case 'click-through-rate':
      return calculateClickThroughRate(a, b);
    case 'follower-growth':
      return calculateFollowerGrowth(a, b);
    case 'response-time':
      return calculateResponseTime(a, b);
    case 'sentiment':
      return calculateNetSentiment(a, b, c);
    default:
      return { ok: false, error: 'not-a-number' };
  }
}

/**
 * How far a result has come from the baseline towards the target.
 * - `progress`: percent of the way, unclamped (over 100 beyond the target, below 0 going backwards);
 *   `bar` is the same clamped to 0–100 for a progress bar.
 * - `same`: the target equals the baseline, so there is no distance to divide by; `reached` says
 *   whether the result is at least as good, judged by which way is better for the KPI.
 */
export type Progress =
  | { kind: 'progress'; percent: number; bar: number; reached: boolean; direction: 'up' | 'down' }
  | { kind: 'same'; reached: boolean };

export function measureProgress(
  baseline: number,
  target: number,
  result: number,
  better: KpiDefinition['better'] = 'higher',
): Progress {
  if (target === baseline) {
    return { kind: 'same', reached: better === 'lower' ? result <= target : result >= target };
  }
  const percent = ((result - baseline) / (target - baseline)) * 100;
  return {
    kind: 'progress',
    percent,
    bar: Math.min(100, Math.max(0, percent)),
    reached: percent >= 100,
    direction: target > baseline ? 'up' : 'down',
  };
}

/** A whole percentage for display that never claims 100 % before the target is reached. */
export function roundProgress(percent: number): number {
  const rounded = Math.round(percent);
  if (rounded >= 100 && percent < 100) return 99;
  return rounded === 0 ? 0 : rounded;
}
