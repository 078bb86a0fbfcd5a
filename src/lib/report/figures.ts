/**
 * The report's arithmetic, as the analytics lesson teaches it. Every figure carries the numbers of
 * its formula, so the page can show "690 ÷ 18,400 × 100" beside "3.75%", and every failure says
 * why ("reach is 0"), so nothing ever shows NaN or Infinity.
 *
 * Rounding: figures are rounded once, at the end, to two decimals, half away from zero on the
 * decimal value (4.375 → 4.38, 1.005 → 1.01, −1.005 → −1.01), which is how the lesson and people
 * working by hand round. Binary floating point is cleaned up first, so 1.005 is not read as
 * 1.00499999….
 */
import { FIELDS, INTERACTION_PARTS, type Basis, type Field, type Inputs } from './model';

export const METRIC_IDS = [
  'followers',
  'growth',
  'reach',
  'impressions',
  'interactions',
  'er',
  'clicks',
  'ctr',
  'conversions',
  'cvr',
  'spend',
  'cpm',
  'cpc',
  'cpa',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export type Unit = 'count' | 'percent' | 'money';

/** Costs are better low; everything else is better high. */
export const LOWER_IS_BETTER: readonly MetricId[] = ['cpm', 'cpc', 'cpa'];
/** Shown only when a channel has spend in one of the two months. */
export const PAID: readonly MetricId[] = ['spend', 'cpm', 'cpc', 'cpa'];

export const unitOf = (id: MetricId): Unit =>
  id === 'growth' || id === 'er' || id === 'ctr' || id === 'cvr' ? 'percent' : PAID.includes(id) ? 'money' : 'count';

/**
 * How a figure was worked out: `input` as entered, `sum` of its args, `rate` a ÷ b × 100,
 * `mille` a ÷ b × 1000, `per` a ÷ b, `growth` (a − b) ÷ b × 100, `diff` a − b.
 */
export type Op = 'input' | 'sum' | 'rate' | 'mille' | 'per' | 'growth' | 'diff';

/**
 * Why there is no figure: `missing` and `zero` name the input (a field, or `interactions`);
 * a change names `previous` or `current` for a month without the figure, or `zero` for a
 * change from 0, which has no percentage.
 */
export type Why = 'missing' | 'zero';
export type Figure =
  | { ok: true; value: number; op: Op; args: number[] }
  | { ok: false; why: Why; of: Field | 'interactions' | 'previous' | 'current' };

/** Rounds half away from zero to `digits` decimals, on the number's decimal value. */
export function roundHalfUp(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  // 15 significant digits drop the noise of binary fractions (1.005 is stored as 1.00499…).
  const clean = Math.abs(Number(value.toPrecision(15)));
  const text = String(clean);
  const rounded = text.includes('e')
    ? Math.round(clean * 10 ** digits) / 10 ** digits
    : Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

const ok = (value: number, op: Op, args: number[]): Figure => ({ ok: true, value, op, args });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Interactions: the total when entered, else the sum of whichever parts were entered. */
export function interactionsOf(inputs: Inputs): Figure {
  if (inputs.interactions !== undefined) return ok(inputs.interactions, 'input', [inputs.interactions]);
  const parts = INTERACTION_PARTS.flatMap((part) => inputs[part] ?? []);
  return parts.length ? ok(sum(parts), 'sum', parts) : { ok: false, why: 'missing', of: 'interactions' };
}

/**
 * part ÷ whole × scale (or, for growth, (part − whole) ÷ whole × 100), with the reason when either
 * is missing or the whole is 0.
 */
function ratio(part: Figure, inputs: Inputs, field: Field, op: Op = 'rate'): Figure {
  if (!part.ok) return part;
  const whole = inputs[field];
  if (!whole) return { ok: false, why: whole === 0 ? 'zero' : 'missing', of: field };
  const a = part.value;
  const value = op === 'growth' ? (a - whole) / whole : a / whole;
  return ok(value * (op === 'per' ? 1 : op === 'mille' ? 1000 : 100), op, [a, whole]);
}

/** What the engagement rate divides by: followers are counted at the end of the month. */
export const ER_DENOMINATOR: Record<Basis, Field> = {
  reach: 'reach',
  followers: 'followersEnd',
  impressions: 'impressions',
};

/** Every metric of one channel (or of all together) in one month. */
export function figuresOf(inputs: Inputs, basis: Basis): Record<MetricId, Figure> {
  const [followers, reach, impressions, clicks, conversions, spend] = (
    ['followersEnd', 'reach', 'impressions', 'clicks', 'conversions', 'spend'] as const
  ).map((field) => {
    const value = inputs[field];
    return value === undefined ? ({ ok: false, why: 'missing', of: field } as Figure) : ok(value, 'input', [value]);
  }) as [Figure, Figure, Figure, Figure, Figure, Figure];
  const interactions = interactionsOf(inputs);
  return {
    followers,
    growth: ratio(followers, inputs, 'followersStart', 'growth'),
    reach,
    impressions,
    interactions,
    er: ratio(interactions, inputs, ER_DENOMINATOR[basis]),
    clicks,
    ctr: ratio(clicks, inputs, 'impressions'),
    conversions,
    cvr: ratio(conversions, inputs, 'clicks'),
    spend,
    cpm: ratio(spend, inputs, 'impressions', 'mille'),
    cpc: ratio(spend, inputs, 'clicks', 'per'),
    cpa: ratio(spend, inputs, 'conversions', 'per'),
  };
}

/**
 * Month-on-month change of a metric. Counts and money change by a percentage of last month;
 * rates change by percentage points, the difference of the two figures as the report shows them
 * (8.97% − 8.15% = 0.82 points), so the reader can check it.
 */
export function changeOf(id: MetricId, current: Figure, previous: Figure): Figure {
  if (!previous.ok || !current.ok) return { ok: false, why: 'missing', of: previous.ok ? 'current' : 'previous' };
  const [a, b] = [current.value, previous.value];
  if (unitOf(id) === 'percent') return ok(roundHalfUp(a) - roundHalfUp(b), 'diff', [roundHalfUp(a), roundHalfUp(b)]);
  return b ? ok(((a - b) / b) * 100, 'growth', [a, b]) : { ok: false, why: 'zero', of: 'previous' };
}

/**
 * All channels of a month added up: a field is the sum over the channels that have any number
 * that month, and missing when one of them lacks it (a partial sum would mislead), except spend,
 * which an unpaid channel simply does not have. Interactions are each channel's total or parts.
 */
export function addUpChannels(list: readonly Inputs[]): Inputs {
  const total: Inputs = {};
  const present = list.filter((inputs) => Object.keys(inputs).length > 0);
  if (!present.length) return total;
  for (const field of FIELDS) {
    if (field === 'interactions' || (INTERACTION_PARTS as readonly string[]).includes(field)) continue;
    const values = present.map((inputs) => inputs[field]);
    const given = values.filter((v): v is number => v !== undefined);
    if (given.length === values.length || (field === 'spend' && given.length)) total[field] = sum(given);
  }
  const interactions = present.map(interactionsOf);
  if (interactions.every((figure) => figure.ok))
    total.interactions = sum(interactions.map((f) => (f.ok ? f.value : 0)));
  return total;
}

/** The metrics that are counts entered per channel: for all channels, their sum. */
const ADDED = ['followers', 'reach', 'impressions', 'interactions', 'clicks', 'conversions', 'spend'] as const;

/** Every metric of all channels together, counts shown as the sum of the channels' numbers. */
export function figuresOfAll(list: readonly Inputs[], basis: Basis): Record<MetricId, Figure> {
  const figures = figuresOf(addUpChannels(list), basis);
  const each = list.map((inputs) => figuresOf(inputs, basis));
  for (const id of ADDED) {
    const figure = figures[id];
    const args = each.flatMap((f) => (f[id].ok ? [f[id].value] : []));
    if (figure.ok && args.length > 1) figures[id] = ok(figure.value, 'sum', args);
  }
  return figures;
}

/** On target, close to it (within a tenth of the target) or off it, judged on the rounded figure. */
export type Status = 'on' | 'close' | 'off';
export const CLOSE_SHARE = 0.1;

export function judge(id: MetricId, value: number, target: number): Status {
  const shown = roundHalfUp(value);
  const gap = LOWER_IS_BETTER.includes(id) ? target - shown : shown - target;
  if (gap >= 0) return 'on';
  return -gap <= Math.abs(target) * CLOSE_SHARE ? 'close' : 'off';
}
