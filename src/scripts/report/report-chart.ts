/**
 * The report's charts, drawn from the numbers as SVG with DOM calls (text goes in as textContent):
 * month-on-month bars per channel, and a trend line once three or more months are stored. The
 * component renders both figures (the SVG frame with its title, description, hatch pattern and
 * axis, and the data table's head); here their shapes, texts and rows are filled in. Last month's
 * bars are hatched as well as paler, so the two months differ without colour.
 * Loaded after the figures, with report-actions.ts: the form and the table work before it arrives.
 */
import { roundHalfUp, unitOf, type MetricId } from '../../lib/report/figures';
import { ALL, previousMonth } from '../../lib/report/model';
import { metricRows, seriesOf } from '../../lib/report/summary';
import { el } from '../toolkit/dom';
import type { ReportView } from './report-inputs';

/** The plot area of the 600 × 260 view box: the axis at y = 220, 196 high, 568 wide from x = 16. */
const [AXIS, ROOM, WIDTH] = [220, 196, 568];

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const label = (x: number, text: string) => svg('text', { x, y: AXIS + 22, class: 'label' }, text);
const valueAt = (x: number, y: number, text: string) => svg('text', { x, y, class: 'value' }, text);

/** Puts a chart's title, shapes and data table (first column a row header) into its figure. */
function draw(figure: Element, title: string, head: string[], rows: string[][], shapes: SVGElement[]) {
  figure.querySelector('title')!.textContent = title;
  figure.querySelector('g')!.replaceChildren(...shapes);
  figure.querySelector('caption')!.textContent = title;
  figure.querySelectorAll('thead th').forEach((th, i) => i && (th.textContent = head[i - 1]!));
  figure.querySelector('tbody')!.replaceChildren(
    ...rows.map((cells) => {
      const tr = el('tr');
      cells.forEach((text, i) => tr.append(i ? el('td', text) : Object.assign(el('th', text), { scope: 'row' })));
      return tr;
    }),
  );
}

/** The month-on-month bars of a metric per channel, with their table; then the trend if three months have it. */
export function drawCharts(view: ReportView, box: HTMLElement, metric: MetricId): void {
  const { report, t, format } = view;
  const [bars, trend] = box.querySelectorAll('figure') as unknown as [HTMLElement, HTMLElement];
  const name = t(`report.metric.${metric}`);
  const shown = (n: number | undefined) =>
    n === undefined ? '—' : `${format(n)}${unitOf(metric) === 'percent' ? '%' : ''}`;
  const [current, previous] = [view.monthName(report.month), view.monthName(previousMonth(report.month))];
  const groups = report.channels.map((channel) => {
    const row = metricRows(report, channel.id).find((r) => r.id === metric);
    const values = [row?.previous, row?.current].map((f) => (f?.ok ? roundHalfUp(f.value) : undefined));
    return { name: channel.name, values };
  });
  const most = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v ?? 0))) || 1;
  const slot = WIDTH / Math.max(1, groups.length);
  const bar = Math.min(60, slot / 3);
  const shapes = groups.flatMap((group, i) => {
    const middle = 16 + slot * (i + 0.5);
    return [
      ...group.values.flatMap((value, j) => {
        if (value === undefined) return [];
        const height = Math.max(1, (value / most) * ROOM);
        const [x, y] = [middle + (j ? 2 : -bar - 2), AXIS - height];
        const paint: Record<string, string> = j
          ? { class: 'bar current' }
          : { class: 'bar previous', fill: 'url(#report-hatch)' };
        return [svg('rect', { x, y, width: bar, height, ...paint }), valueAt(x + bar / 2, y - 6, format(value))];
      }),
      label(middle, group.name),
    ];
  });
  bars.hidden = false;
  bars.querySelector('desc')!.textContent = t('report.chart.desc', { previous, current });
  bars.querySelector('[data-legend]')!.textContent = t('report.chart.legend', { previous, current });
  const title = t('report.chart.title', { metric: name });
  draw(
    bars,
    title,
    [previous, current],
    groups.map((g) => [g.name, ...g.values.map(shown)]),
    shapes,
  );

  const series = seriesOf(report, metric, ALL);
  const points = series.length < 3 ? [] : series;
  const values = points.map((p) => p.value);
  const low = Math.min(0, ...values);
  const span = Math.max(...values) - low || 1;
  const step = (WIDTH - 40) / Math.max(1, points.length - 1);
  const at = (i: number, value: number) => [36 + step * i, AXIS - ((value - low) / span) * ROOM] as const;
  const line = svg('polyline', { points: points.map((p, i) => at(i, p.value).join(',')).join(' '), class: 'trend' });
  const dots = points.flatMap((point, i) => {
    const [x, y] = at(i, point.value);
    return [
      svg('circle', { cx: x, cy: y, r: 4, class: 'point' }),
      valueAt(x, y - 10, format(point.value)),
      label(x, view.monthName(point.month)),
    ];
  });
  trend.hidden = !points.length;
  const rows = points.map((p) => [view.monthName(p.month), shown(p.value)]);
  draw(trend, t('report.trend.title', { metric: name }), [name], rows, [line, ...dots]);
}
