/**
 * The report's charts, drawn from the numbers as SVG with DOM calls (text goes in as textContent):
 * month-on-month bars per channel, and a trend line once three or more months are stored. Each is
 * an image with a title and a description; the table beside it gives the same numbers as text.
 * Last month's bars are hatched as well as paler, so the two months differ without colour.
 * Loaded after the figures, on demand: the form and the table work before it arrives.
 */
import { unitOf, type Figure, type MetricId } from '../../lib/report/figures';
import { ALL, previousMonth, type ReportState } from '../../lib/report/model';
import { metricRows, seriesOf } from '../../lib/report/summary';
import { el } from '../toolkit/dom';
import type { OutputContext } from './report-output';
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 260;
const LEFT = 16;
const BOTTOM = 40;
const TOP = 24;

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(id: string, title: string, description: string): SVGElement {
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'report-svg',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
  });
  const hatch = svg('pattern', { id: `${id}-hatch`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
  hatch.append(
    svg('rect', { width: 8, height: 8, class: 'hatch-ground' }),
    svg('path', { d: 'M0 8L8 0', class: 'hatch-line' }),
  );
  const defs = svg('defs', {});
  defs.append(hatch);
  chart.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description), defs);
  chart.append(svg('line', { x1: LEFT, y1: HEIGHT - BOTTOM, x2: WIDTH - LEFT, y2: HEIGHT - BOTTOM, class: 'axis' }));
  return chart;
}

interface BarGroup {
  label: string;
  previous?: number;
  current?: number;
}

/** Two bars per channel, last month (hatched) then this month, each with its value on top. */
function drawBars(
  id: string,
  groups: readonly BarGroup[],
  text: { title: string; description: string; format: (n: number) => string },
): SVGElement {
  const chart = frame(id, text.title, text.description);
  const most = Math.max(0, ...groups.flatMap((g) => [g.previous ?? 0, g.current ?? 0])) || 1;
  const slot = (WIDTH - 2 * LEFT) / Math.max(1, groups.length);
  const bar = Math.min(60, slot / 3);
  const room = HEIGHT - BOTTOM - TOP;
  groups.forEach((group, i) => {
    const middle = LEFT + slot * i + slot / 2;
    (['previous', 'current'] as const).forEach((which, j) => {
      const value = group[which];
      if (value === undefined) return;
      const height = Math.max(1, (value / most) * room);
      const x = middle + (j === 0 ? -bar - 2 : 2);
      const y = HEIGHT - BOTTOM - height;
      const fill: Record<string, string> = which === 'previous' ? { fill: `url(#${id}-hatch)` } : {};
      chart.append(
        svg('rect', { x, y, width: bar, height, class: `bar ${which}`, ...fill }),
        svg('text', { x: x + bar / 2, y: y - 6, class: 'value' }, text.format(value)),
      );
    });
    chart.append(svg('text', { x: middle, y: HEIGHT - BOTTOM + 22, class: 'label' }, group.label));
  });
  return chart;
}

/** One line through the months, oldest first, a point and its value at each month. */
function drawTrend(
  id: string,
  points: readonly { label: string; value: number }[],
  text: { title: string; description: string; format: (n: number) => string },
): SVGElement {
  const chart = frame(id, text.title, text.description);
  const values = points.map((p) => p.value);
  const [low, high] = [Math.min(0, ...values), Math.max(...values)];
  const span = high - low || 1;
  const step = (WIDTH - 2 * LEFT - 40) / Math.max(1, points.length - 1);
  const at = (i: number, value: number) => [
    LEFT + 20 + step * i,
    HEIGHT - BOTTOM - ((value - low) / span) * (HEIGHT - BOTTOM - TOP),
  ];
  chart.append(svg('polyline', { points: points.map((p, i) => at(i, p.value).join(',')).join(' '), class: 'trend' }));
  points.forEach((point, i) => {
    const [x, y] = at(i, point.value) as [number, number];
    chart.append(
      svg('circle', { cx: x, cy: y, r: 4, class: 'point' }),
      svg('text', { x, y: y - 10, class: 'value' }, text.format(point.value)),
      svg('text', { x, y: HEIGHT - BOTTOM + 22, class: 'label' }, point.label),
    );
  });
  return chart;
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
    n === undefined ? '—' : `${ctx.format(n)}${unitOf(metric) === 'percent' ? '%' : ''}`;
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
