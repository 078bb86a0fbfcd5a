/**
 * Class results' less used tools: the drill-down into one report and the CSV of every detailed
 * row. <smm-class-results> loads this module with import() on first use, so that the page's own
 * script stays within its budget (test/e2e/budgets.test.ts).
 */
import type { ItemLinks } from '../../lib/assignments/items';
import type { ResultRow } from '../../lib/assignments/results';
import { CSV_COLUMNS, exportCsv } from '../../lib/assignments/results-csv';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
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
