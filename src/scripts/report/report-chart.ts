/**
 * The report's charts. Month-on-month bars are a table whose value cells each draw a bar (a span
 * sized in CSS units), so the chart and its data table are one thing to read, navigate and print.
 * The trend is the component's SVG line over every stored month once three have the metric, with
 * its own table. Last month's bars are hatched as well as paler, so the months differ without
 * colour. Loaded after the figures, with report-actions.ts: the form and the table work before it.
 */
import { roundHalfUp, unitOf, type MetricId } from '../../lib/report/figures';
import { ALL, previousMonth } from '../../lib/report/model';
import { metricRows, seriesOf } from '../../lib/report/summary';
import { el } from '../toolkit/dom';
import type { ReportView } from './report-inputs';

type Line = [name: string, values: (number | undefined)[]];

/**
 * Fills a chart's table: caption, value columns' heads, a row per line. Given the largest value
 * (`most`), each value cell also draws its bar as that share of it.
 */
function fill(
  figure: Element,
  title: string,
  head: string[],
  lines: Line[],
  shown: (n?: number) => string,
  most?: number,
) {
  figure.querySelector('caption')!.textContent = title;
  figure.querySelectorAll('thead th').forEach((th, i) => i && (th.textContent = head[i - 1]!));
  const rows = lines.map(([name, values]) => {
    const tr = el('tr');
    tr.append(Object.assign(el('th', name), { scope: 'row' }));
    for (const value of values) {
      const td = tr.appendChild(el('td', shown(value)));
      if (most === undefined) continue;
      const bar = td.insertBefore(el('span', '', 'bar'), td.firstChild);
      bar.style.width = `${((value ?? 0) / most) * 100}%`;
    }
    return tr;
  });
  figure.querySelector('tbody')!.replaceChildren(...rows);
}

/** The month-on-month bars of a metric per channel; then the trend, if three months have it. */
export function drawCharts(view: ReportView, box: HTMLElement, metric: MetricId): void {
  const { report, t, format } = view;
  const [bars, trend] = box.querySelectorAll('figure') as unknown as [HTMLElement, HTMLElement];
  const name = t(`report.metric.${metric}`);
  const shown = (n?: number) => (n === undefined ? '—' : `${format(n)}${unitOf(metric) === 'percent' ? '%' : ''}`);
  const [current, previous] = [view.monthName(report.month), view.monthName(previousMonth(report.month))];
  const lines = report.channels.map((channel): Line => {
    const row = metricRows(report, channel.id).find((r) => r.id === metric)!;
    return [channel.name, [row.previous, row.current].map((f) => (f.ok ? roundHalfUp(f.value) : undefined))];
  });
  const most = Math.max(0, ...lines.flatMap(([, values]) => values.map((v) => v ?? 0))) || 1;
  bars.hidden = false;
  bars.querySelector('[data-legend]')!.textContent = t('report.chart.legend', { previous, current });
  fill(bars, t('report.chart.title', { metric: name }), [previous, current], lines, shown, most);

  const series = seriesOf(report, metric, ALL);
  const points = series.length < 3 ? [] : series;
  const values = points.map((p) => p.value);
  const low = Math.min(0, ...values);
  const span = Math.max(...values) - low || 1;
  // The view box is 600 × 200: points from x = 20 to 580, values from y = 190 (lowest) up to 20.
  const at = (value: number, i: number) =>
    `${20 + (560 * i) / Math.max(1, points.length - 1)},${190 - ((value - low) / span) * 170}`;
  trend.querySelector('polyline')!.setAttribute('points', values.map(at).join(' '));
  trend.hidden = !points.length;
  const title = t('report.trend.title', { metric: name });
  trend.querySelector('figcaption')!.textContent = title;
  fill(
    trend,
    title,
    [name],
    points.map((p) => [view.monthName(p.month), [p.value]]),
    shown,
  );
}
