/**
 * Class results' less used parts: the drill-down into one report, the CSV of every detailed row
 * and the box about versions of the assignment. <smm-class-results> loads this module with import() on first use, so that the page's own
 * script stays within its budget (test/e2e/budgets.test.ts).
 */
import type { ItemLinks } from '../../lib/assignments/items';
import type { ResultRow } from '../../lib/assignments/results';
import { CSV_COLUMNS, exportCsv } from '../../lib/assignments/results-csv';
import type { Version } from '../../lib/assignments/versions';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';

// The drill-down shows a report's items as the learner's own page does.
export { fillItemRows } from './item-rows';

type T = Translate<UiKeyWith<'assign.'>>;

interface Page {
  t: T;
  lang: string;
  items: ItemLinks;
}

/** Downloads the rows as CSV in the page's language; returns what to announce. */
export function downloadCsv(rows: readonly ResultRow[], assignmentId: string, page: Page): string {
  const { t, lang, items } = page;
  const csv = exportCsv(
    rows,
    {
      header: CSV_COLUMNS.map((column) => t(`assign.csv.${column}`)),
      itemTitle: (item) => items[`${item.kind}:${item.id}`]?.title ?? item.id,
      kind: (kind) => t(`assign.csv.${kind}`),
      detail: (detail) => t(`assign.status.${detail}`),
      timeliness: (timeliness) => t(`assign.timeliness.${timeliness}`),
      yes: t('assign.csv.yes'),
      no: t('assign.csv.no'),
    },
    lang,
  );
  downloadText(`class-results-${assignmentId}.csv`, csv, 'text/csv;charset=utf-8');
  return t('assign.class.exported', { count: rows.length });
}

/** Says which versions of the assignment are loaded, which is newest, and offers to merge or split them. */
export function fillVersions(
  box: HTMLElement,
  versions: readonly Version[],
  merged: boolean,
  t: T,
  formatDue: (due: string | undefined) => string,
): void {
  const newest = versions[versions.length - 1]!.assignment;
  const title = newest.title;
  const part = (selector: string) => box.querySelector<HTMLElement>(selector)!;
  part('[data-versions-text]').textContent = merged
    ? t('assign.versions.merged', { count: versions.length, title, due: formatDue(newest.due) })
    : t('assign.versions.found', { count: versions.length, title });
  part('[data-versions-list]').replaceChildren(
    ...versions.map(({ assignment, reports }) => {
      const line = t('assign.versions.item', { due: formatDue(assignment.due), id: assignment.id, reports });
      return el('li', assignment === newest ? `${line} ${t('assign.versions.newest')}` : line);
    }),
  );
  part('[data-merge]').textContent = t(merged ? 'assign.versions.split' : 'assign.versions.merge');
}
