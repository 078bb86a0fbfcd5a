/**
 * The relevance × resonance chart of the R + R = S worksheet, drawn from the data as SVG. It is an
 * image with a title and a description; the table next to it gives the same numbers as text.
 */
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { findQuadrant, SCORES, type SocialObject } from '../../lib/workbench/rrs';

const SVG = 'http://www.w3.org/2000/svg';
/** Side of a cell and the room left of and above the grid, in SVG units. */
const CELL = 90;
const LEFT = 62;
const TOP = 10;

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart: one cell per pair of scores, a circle sized by how many objects share it. */
export function drawRrsChart(
  objects: readonly SocialObject[],
  grid: number[][],
  t: Translate<UiKeyWith<'rrs.'>>,
): SVGElement {
  const most = Math.max(1, ...grid.flat());
  const chart = svg('svg', {
    viewBox: '0 0 346 330',
    class: 'rrs-svg',
    role: 'img',
    'aria-labelledby': 'rrs-svg-title rrs-svg-desc',
  });
  chart.append(
    svg('title', { id: 'rrs-svg-title' }, t('rrs.chart.title')),
    svg('desc', { id: 'rrs-svg-desc' }, t('rrs.chart.desc')),
  );
  for (const relevance of SCORES) {
    for (const resonance of SCORES) {
      const x = LEFT + relevance * CELL;
      const y = TOP + (2 - resonance) * CELL;
      const quadrant = findQuadrant({ relevance, resonance });
      chart.append(svg('rect', { x, y, width: CELL, height: CELL, class: `cell q-${quadrant}` }));
      const count = grid[relevance]![resonance]!;
      if (!count) continue;
      const names = objects.filter((o) => o.relevance === relevance && o.resonance === resonance).map((o) => o.name);
      const group = svg('g', { class: 'bubble' });
      group.append(
        svg('title', {}, t('rrs.chart.cell', { relevance, resonance, count, names: names.join(', ') })),
        svg('circle', { cx: x + CELL / 2, cy: y + CELL / 2, r: 12 + 26 * Math.sqrt(count / most) }),
        svg('text', { x: x + CELL / 2, y: y + CELL / 2, class: 'count' }, String(count)),
      );
      chart.append(group);
    }
  }
  // The quadrant borders: a score of 0 is low, 1 or 2 is high.
  chart.append(
    svg('line', { x1: LEFT + CELL, y1: TOP, x2: LEFT + CELL, y2: TOP + 3 * CELL, class: 'divide' }),
    svg('line', { x1: LEFT, y1: TOP + 2 * CELL, x2: LEFT + 3 * CELL, y2: TOP + 2 * CELL, class: 'divide' }),
  );
  for (const score of SCORES) {
    chart.append(
      svg('text', { x: LEFT + score * CELL + CELL / 2, y: TOP + 3 * CELL + 18, class: 'tick' }, String(score)),
      svg('text', { x: LEFT - 14, y: TOP + (2 - score) * CELL + CELL / 2, class: 'tick' }, String(score)),
    );
  }
  chart.append(
    svg('text', { x: LEFT + 1.5 * CELL, y: TOP + 3 * CELL + 42, class: 'axis' }, `${t('rrs.chart.x')} →`),
    svg('text', { x: -(TOP + 1.5 * CELL), y: 18, transform: 'rotate(-90)', class: 'axis' }, `${t('rrs.chart.y')} →`),
  );
  return chart;
}
