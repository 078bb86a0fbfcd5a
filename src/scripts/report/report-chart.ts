/**
 * The report's charts, drawn from the numbers as SVG with DOM calls (text goes in as textContent):
 * month-on-month bars per channel, and a trend line once three or more months are stored. Each is
 * an image with a title and a description; the table beside it gives the same numbers as text.
 * Last month's bars are hatched as well as paler, so the two months differ without colour.
 */
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

export interface BarGroup {
  label: string;
  previous?: number;
  current?: number;
}

/** Two bars per channel, last month (hatched) then this month, each with its value on top. */
export function drawBars(
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
export function drawTrend(
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
