/**
 * The class results as CSV: every detailed row (results.ts) in the page's language. Apart from
 * results.ts because the page loads it only when the instructor exports.
 */
import { toCsv } from '../csv';
import type { ItemKind, ItemRef } from './items';
import type { ItemDetail } from './report';
import type { ResultRow } from './results';
import type { Timeliness } from './timing';

/** Words the CSV needs in the page's language. */
export interface CsvLabels {
  header: readonly string[];
  itemTitle: (item: ItemRef) => string;
  kind: (kind: ItemKind) => string;
  detail: (detail: ItemDetail) => string;
  timeliness: (timeliness: Exclude<Timeliness, 'none'>) => string;
  yes: string;
  no: string;
}

/** The CSV columns, in order: what `CsvLabels.header` must name. */
export const CSV_COLUMNS = [
  'learner',
  'assignment',
  'assignmentId',
  'sameAssignment',
  'itemKind',
  'itemId',
  'item',
  'status',
  'best',
  'last',
  'attempts',
  'date',
  'timeliness',
  'generatedAt',
] as const;

/** One CSV record per row (ISO dates, so spreadsheets sort them). */
export function toCsvRecords(rows: readonly ResultRow[], labels: CsvLabels): (string | number | undefined)[][] {
  return rows.map((row) => [
    row.learner,
    row.assignmentTitle,
    row.assignmentId,
    row.sameAssignment ? labels.yes : labels.no,
    labels.kind(row.item.kind),
    row.item.id,
    labels.itemTitle(row.item),
    labels.detail(row.detail),
    row.best,
    row.last,
    row.attempts,
    row.time,
    row.timeliness === 'none' ? '' : labels.timeliness(row.timeliness),
    row.generatedAt,
  ]);
}

/** The CSV document of the rows, in the page's language (Bulgarian: ";" and a decimal comma). */
export const exportCsv = (rows: readonly ResultRow[], labels: CsvLabels, lang: string): string =>
  toCsv(labels.header, toCsvRecords(rows, labels), lang);
