/**
 * The report as the client reads it: the figures table (each figure with its worked formula, or
 * "—" and the reason), and the charts with their data tables. Built with DOM calls only.
 */
import { unitOf, type Figure, type MetricId } from '../../lib/report/figures';
import { ALL, previousMonth, type ReportState } from '../../lib/report/model';
import { formulaOf, metricRows, seriesOf, showFigure, type MetricRow } from '../../lib/report/summary';
import type { Translate } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { drawBars, drawTrend } from './report-chart';
import { fieldText, type ReportKey } from './report-inputs';

export interface OutputContext {
  t: Translate<ReportKey>;
  lang: string;
  format: (n: number) => string;
  monthName: (month: string) => string;
  readOnly: boolean;
}

/** Why a figure is missing, in words: "reach is 0", "no figure last month". */
export function reasonOf(figure: Figure, t: Translate<ReportKey>): string {
  if (figure.ok) return '';
  if (figure.of === 'previous' || figure.of === 'current') {
    return t(figure.why === 'zero' ? 'report.why.fromZero' : `report.why.${figure.of}`);
  }
  const what = t(figure.of === 'interactions' ? 'report.field.interactions' : `report.field.${figure.of}`);
  return t(`report.why.${figure.why}`, { what });
}

const STATUS_MARK = { on: '✓', close: '≈', off: '✗' } as const;

function figureCell(figure: Figure, id: MetricId, ctx: OutputContext, change = false): HTMLTableCellElement {
  const cell = el('td', showFigure(figure, id, ctx.format, change, ctx.t('report.points')));
  if (!figure.ok) cell.append(el('span', reasonOf(figure, ctx.t), 'reason'));
  else if (!change) {
    const formula = formulaOf(figure, ctx.format);
    if (formula) cell.append(el('span', formula, 'formula'));
  }
  return cell;
}

function targetCell(row: MetricRow, scope: string, ctx: OutputContext): HTMLTableCellElement {
  const cell = el('td');
  const name = ctx.t(`report.metric.${row.id}`);
  if (ctx.readOnly) {
    cell.textContent = row.target === undefined ? '' : ctx.format(row.target);
  } else {
    const input = el('input');
    Object.assign(input, { type: 'text', inputMode: 'decimal', autocomplete: 'off', maxLength: 30 });
    input.value = fieldText(row.target, ctx.lang);
    input.dataset.target = row.id;
    input.dataset.scope = scope;
    input.setAttribute('aria-label', ctx.t('report.targetFor', { metric: name }));
    cell.append(input);
  }
  if (row.status) {
    cell.append(
      el('span', `${STATUS_MARK[row.status]} ${ctx.t(`report.status.${row.status}`)}`, `status ${row.status}`),
    );
  }
  return cell;
}

/** The rows of the figures table for a scope (all channels or one). */
export function buildFigureRows(report: ReportState, scope: string, ctx: OutputContext): HTMLTableRowElement[] {
  return metricRows(report, scope).map((row) => {
    const tr = el('tr');
    const head = el('th', ctx.t(`report.metric.${row.id}`));
    head.scope = 'row';
    if (row.id === 'er') head.append(el('span', ctx.t(`report.basis.${report.basis}`), 'formula'));
    tr.append(
      head,
      figureCell(row.current, row.id, ctx),
      figureCell(row.previous, row.id, ctx),
      figureCell(row.change, row.id, ctx, true),
      targetCell(row, scope, ctx),
    );
    return tr;
  });
}

function dataTable(caption: string, head: readonly string[], rows: readonly string[][]): HTMLTableElement {
  const table = el('table', undefined, 'chart-data');
  table.append(el('caption', caption));
  const top = table.createTHead().insertRow();
  for (const text of head) top.append(Object.assign(el('th', text), { scope: 'col' }));
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, i) => tr.append(i === 0 ? Object.assign(el('th', text), { scope: 'row' }) : el('td', text)));
  }
  return table;
}

/** The month-on-month bars for a metric, per channel, and their table; then the trend if any. */
export function buildCharts(report: ReportState, metric: MetricId, ctx: OutputContext): HTMLElement[] {
  const name = ctx.t(`report.metric.${metric}`);
  const value = (figure: Figure) => (figure.ok ? Math.round(figure.value * 100) / 100 : undefined);
  const shown = (n: number | undefined) =>
    n === undefined ? '—' : `${ctx.format(n)}${unitOf(metric) === 'percent' ? ' %' : ''}`;
  const [current, previous] = [ctx.monthName(report.month), ctx.monthName(previousMonth(report.month))];
  const groups = report.channels.map((channel) => {
    const row = metricRows(report, channel.id).find((r) => r.id === metric);
    return { label: channel.name, previous: row && value(row.previous), current: row && value(row.current) };
  });
  const bars = el('figure', undefined, 'chart');
  const title = ctx.t('report.chart.title', { metric: name });
  bars.append(
    drawBars('report-bars', groups, {
      title,
      description: ctx.t('report.chart.desc', { previous, current }),
      format: ctx.format,
    }),
    el('figcaption', ctx.t('report.chart.legend', { previous, current })),
    dataTable(
      title,
      [ctx.t('report.channel'), previous, current],
      groups.map((g) => [g.label, shown(g.previous), shown(g.current)]),
    ),
  );
  const series = seriesOf(report, metric, ALL);
  if (series.length < 3) return [bars];
  const trend = el('figure', undefined, 'chart');
  const trendTitle = ctx.t('report.trend.title', { metric: name });
  const points = series.map((p) => ({ label: ctx.monthName(p.month), value: p.value }));
  trend.append(
    drawTrend('report-trend', points, {
      title: trendTitle,
      description: ctx.t('report.trend.desc'),
      format: ctx.format,
    }),
    dataTable(
      trendTitle,
      [ctx.t('report.month'), name],
      points.map((p) => [p.label, shown(p.value)]),
    ),
  );
  return [bars, trend];
}
