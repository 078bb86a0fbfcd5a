/**
 * Renders the class matrix (src/lib/assignments/matrix.ts) into its table: a sortable header with
 * one short column label per item, a row per learner and a summary row per item. Every cell says
 * in words what its symbols show, for screen readers and as a tooltip.
 */
import { COURSE_LESSONS, FINAL_QUIZ, itemKey, type ItemLinks, type ItemRef } from '../../lib/assignments/items';
import type { ClassMatrix, MatrixRow, MatrixSort } from '../../lib/assignments/matrix';
import type { ResultRow } from '../../lib/assignments/results';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el, labelledButton } from '../toolkit/dom';

type T = Translate<UiKeyWith<'assign.'>>;

const GLYPH = { done: '✓', 'in-progress': '◐', 'not-started': '○' } as const;

/** "L1", "Q1", "Final": short enough for 25 learners × 8 items on a landscape page. */
function shortLabel(t: T, item: ItemRef): string {
  if (item.id === FINAL_QUIZ) return t('assign.matrix.finalShort');
  const n = (COURSE_LESSONS as readonly string[]).indexOf(item.id) + 1;
  return t(item.kind === 'lesson' ? 'assign.matrix.lessonShort' : 'assign.matrix.quizShort', { n });
}

/** A column heading that sorts the matrix by its column. */
function sortHeading(label: string, context: string, key: string, sort: MatrixSort): HTMLElement {
  const th = el('th');
  th.scope = 'col';
  const button = labelledButton(label, context, 'assign-sort');
  button.dataset.sort = key;
  const active = sort.key === key;
  if (active) th.setAttribute('aria-sort', sort.direction);
  button.append(el('span', active ? (sort.direction === 'ascending' ? '▲' : '▼') : '', 'assign-sort-icon'));
  button.lastElementChild!.setAttribute('aria-hidden', 'true');
  th.append(button);
  return th;
}

function cell(t: T, row: ResultRow | undefined): HTMLElement {
  const td = el('td');
  const late = row?.timeliness === 'late' || row?.timeliness === 'overdue';
  const score = row?.attempts ? ` ${row.best}%` : '';
  const words = row
    ? [t(`assign.status.${row.detail}`), score.trim(), late ? t(`assign.timeliness.${row.timeliness as 'late'}`) : '']
        .filter(Boolean)
        .join(', ')
    : t('assign.matrix.absent');
  td.title = words;
  if (row) {
    td.className = `is-${row.status}${late ? ' is-late' : ''}`;
    const seen = el('span', `${GLYPH[row.status]}${score}${late ? ' !' : ''}`);
    seen.setAttribute('aria-hidden', 'true');
    td.append(seen);
  }
  td.append(el('span', words, 'sr-only'));
  return td;
}

/** Fills the matrix's head, body and foot; `rows` are the matrix rows in the order to show. */
export function renderMatrix(
  table: HTMLTableElement,
  matrix: ClassMatrix,
  rows: readonly MatrixRow[],
  page: { t: T; items: ItemLinks; sort: MatrixSort },
): void {
  const { t, items, sort } = page;
  const head = el('tr');
  head.append(sortHeading(t('assign.matrix.learner'), '', 'learner', sort));
  for (const item of matrix.items) {
    head.append(sortHeading(shortLabel(t, item), items[itemKey(item)]?.title ?? item.id, itemKey(item), sort));
  }
  head.append(
    sortHeading(t('assign.matrix.done'), '', 'done', sort),
    sortHeading(t('assign.matrix.late'), '', 'late', sort),
  );
  const body = rows.map((row) => {
    const tr = el('tr');
    const th = el('th');
    th.scope = 'row';
    const name = el('button', row.learner, `assign-name${/\S{20,}/.test(row.learner) ? ' is-long' : ''}`);
    name.type = 'button';
    name.dataset.detail = String(row.report);
    th.append(name);
    tr.append(th, ...row.cells.map((c) => cell(t, c)));
    tr.append(el('td', t('assign.matrix.doneOf', { done: row.done, total: row.total })), el('td', String(row.late)));
    return tr;
  });
  const foot = el('tr');
  const label = el('th', t('assign.matrix.summary'));
  label.scope = 'row';
  foot.append(label);
  for (const column of matrix.summary) {
    const td = el('td', t('assign.matrix.doneOf', { done: column.done, total: column.of }));
    if (column.median !== undefined)
      td.append(el('span', t('assign.matrix.median', { score: Math.round(column.median) }), 'assign-median'));
    foot.append(td);
  }
  foot.append(el('td'), el('td'));
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(...body);
  table.tFoot!.replaceChildren(foot);
}

/** The key to the short column labels, for sighted readers and for the printout. */
export function renderKey(list: HTMLElement, matrix: ClassMatrix, t: T, items: ItemLinks): void {
  list.replaceChildren(
    ...matrix.items.map((item) => el('li', `${shortLabel(t, item)}: ${items[itemKey(item)]?.title ?? item.id}`)),
  );
}
