/**
 * What the report shows for a scope (all channels, or one): one row per metric with this month's
 * figure, last month's, the change and the target's verdict, plus the series a chart draws. The
 * page, the CSV and the Markdown (export.ts) all read these rows, so they never disagree.
 */
import {
  changeOf,
  figuresOf,
  figuresOfAll,
  judge,
  METRIC_IDS,
  PAID,
  roundHalfUp,
  unitOf,
  type Figure,
  type MetricId,
  type Op,
  type Status,
} from './figures';
import { ALL, previousMonth, storedMonths, type Inputs, type ReportState } from './model';

export interface MetricRow {
  id: MetricId;
  current: Figure;
  previous: Figure;
  change: Figure;
  target?: number;
  status?: Status;
}

/** The inputs of a scope in a month: one channel's, or every channel's for `all`. */
const inputsOf = (report: ReportState, month: string, scope: string): Inputs[] =>
  scope === ALL
    ? report.channels.map((c) => report.months[month]?.[c.id] ?? {})
    : [report.months[month]?.[scope] ?? {}];

function figuresAt(report: ReportState, month: string, scope: string) {
  const list = inputsOf(report, month, scope);
  return scope === ALL ? figuresOfAll(list, report.basis) : figuresOf(list[0]!, report.basis);
}

/** The rows of a scope for the report's month; costs only when there was spend in either month. */
export function metricRows(report: ReportState, scope: string = ALL): MetricRow[] {
  const current = figuresAt(report, report.month, scope);
  const previous = figuresAt(report, previousMonth(report.month), scope);
  const paid = current.spend.ok || previous.spend.ok;
  const targets = report.targets[scope] ?? {};
  return METRIC_IDS.filter((id) => paid || !PAID.includes(id)).map((id) => {
    const row: MetricRow = {
      id,
      current: current[id],
      previous: previous[id],
      change: changeOf(id, current[id], previous[id]),
    };
    const target = targets[id];
    if (target !== undefined) {
      row.target = target;
      const figure = current[id];
      if (figure.ok) row.status = judge(id, figure.value, target);
    }
    return row;
  });
}

/** One metric of a scope across every stored month up to the report's, for the trend line. */
export function seriesOf(report: ReportState, id: MetricId, scope: string = ALL): { month: string; value: number }[] {
  return storedMonths(report)
    .filter((month) => month <= report.month)
    .flatMap((month) => {
      const figure = figuresAt(report, month, scope)[id];
      return figure.ok ? [{ month, value: roundHalfUp(figure.value) }] : [];
    });
}

/** How each kind of figure was worked out, "a" and "b" standing for its two numbers. */
const FORMULAS: Partial<Record<Op, string>> = {
  rate: 'a ÷ b × 100',
  mille: 'a ÷ b × 1000',
  per: 'a ÷ b',
  growth: '(a − b) ÷ b × 100',
  diff: 'a − b',
};

/** The worked formula of a figure, with numbers formatted by `format`: "690 ÷ 18,400 × 100". */
export function formulaOf(figure: Figure, format: (n: number) => string): string {
  if (!figure.ok) return '';
  const args = figure.args.map(format);
  if (figure.op === 'sum') return args.join(' + ');
  return FORMULAS[figure.op]?.replace(/[ab]/g, (x) => args[x === 'a' ? 0 : 1]!) ?? '';
}

/**
 * A figure as shown: rounded to two decimals, "%" for rates; a change gets its sign and, for a
 * rate, `points` (percentage points: "pp", „пр. п.“).
 */
export function showFigure(
  figure: Figure,
  id: MetricId,
  format: (n: number) => string,
  change = false,
  points = 'pp',
): string {
  if (!figure.ok) return '—';
  const value = roundHalfUp(figure.value);
  const sign = change && value > 0 ? '+' : '';
  if (change) return `${sign}${format(value)}${figure.op === 'diff' ? ` ${points}` : '%'}`;
  return `${format(value)}${unitOf(id) === 'percent' ? '%' : ''}`;
}
