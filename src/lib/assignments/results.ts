/**
 * The class results table: one row per learner and assigned item, sortable, filterable and
 * exportable. The first report loaded sets the reference assignment; others are flagged.
 */
import { toCsv } from '../csv';
import { itemOrder, type ItemRef } from './items';
import { assessItem, reportKey, type ItemDetail, type ItemStatus, type Report } from './report';
import { computeDeadline, judgeTimeliness, type Timeliness } from './timing';

export type AddOutcome = 'added' | 'replaced' | 'duplicate' | 'older';

/**
 * Adds a report to the list. A newer report from the same learner for the same assignment replaces
 * the older one in place; the same or an older one is left out.
 */
export function addReport(reports: readonly Report[], report: Report): { reports: Report[]; outcome: AddOutcome } {
  const key = reportKey(report);
  const index = reports.findIndex((r) => reportKey(r) === key);
  if (index < 0) return { reports: [...reports, report], outcome: 'added' };
  const existing = reports[index]!;
  const diff = Date.parse(report.generatedAt) - Date.parse(existing.generatedAt);
  if (diff === 0) return { reports: [...reports], outcome: 'duplicate' };
  if (diff < 0) return { reports: [...reports], outcome: 'older' };
  const next = [...reports];
  next[index] = report;
  return { reports: next, outcome: 'replaced' };
}

export interface ResultRow {
  /** Index of the report in the loaded list. */
  report: number;
  learner: string;
  assignmentId: string;
  assignmentTitle: string;
  /** False when the report is for another assignment than the first one loaded. */
  sameAssignment: boolean;
  item: ItemRef;
  /** Course order of the item, for sorting. */
  order: number;
  status: ItemStatus;
  detail: ItemDetail;
  best?: number;
  last?: number;
  attempts?: number;
  time?: string;
  timeliness: Timeliness;
  generatedAt: string;
}

/**
 * Rows for every loaded report. `timezoneOffset(due)` gives the instructor's offset on the due
 * date (see computeDeadline); each report is judged against its own assignment's due date.
 */
export function buildRows(reports: readonly Report[], timezoneOffset: (due: string) => number = () => 0): ResultRow[] {
  const referenceId = reports[0]?.assignment.id;
  return reports.flatMap((report, index) => {
    const { assignment } = report;
    const deadline = assignment.due ? computeDeadline(assignment.due, timezoneOffset(assignment.due)) : undefined;
    return report.items.map((item): ResultRow => {
      const outcome = assessItem(item, assignment.passMark);
      return {
        report: index,
        learner: report.learner,
        assignmentId: assignment.id,
        assignmentTitle: assignment.title,
        sameAssignment: assignment.id === referenceId,
        item: { kind: item.kind, id: item.id },
        order: itemOrder(item),
        status: outcome.status,
        detail: outcome.detail,
        ...(item.kind === 'quiz' ? { attempts: item.attempts, best: item.best, last: item.last } : {}),
        time: outcome.time,
        timeliness: judgeTimeliness({
          done: outcome.status === 'done',
          time: outcome.time,
          deadline,
          generatedAt: report.generatedAt,
        }),
        generatedAt: report.generatedAt,
      };
    });
  });
}

export type SortKey = 'learner' | 'item' | 'status' | 'score' | 'time' | 'timeliness';
export const SORT_KEYS: readonly SortKey[] = ['learner', 'item', 'status', 'score', 'time', 'timeliness'];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const STATUS_RANK: Record<ItemStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 };
const TIMELINESS_RANK: Record<Timeliness, number> = { none: 0, 'on-time': 1, late: 2, overdue: 3 };

/** Missing values (no score, no date) sort after present ones in both directions. */
function compareOptional<T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number, sign: number) {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return sign * compare(a, b);
}

/**
 * A sorted copy. Ties fall back to learner, then course order, so the order is always the same.
 * `compareText` compares names (pass Intl.Collator#compare for the page's language).
 */
export function sortRows(
  rows: readonly ResultRow[],
  sort: Sort,
  compareText: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): ResultRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byNumber = (x: number, y: number) => x - y;
  const primary = (a: ResultRow, b: ResultRow): number => {
    switch (sort.key) {
      case 'learner':
        return sign * compareText(a.learner, b.learner);
      case 'item':
        return sign * (a.order - b.order);
      case 'status':
        return sign * (STATUS_RANK[a.status] - STATUS_RANK[b.status]);
      case 'score':
        return compareOptional(a.best, b.best, byNumber, sign);
      case 'time':
        return compareOptional(a.time, b.time, (x, y) => Date.parse(x) - Date.parse(y), sign);
      case 'timeliness':
        return sign * (TIMELINESS_RANK[a.timeliness] - TIMELINESS_RANK[b.timeliness]);
    }
  };
  return [...rows].sort(
    (a, b) => primary(a, b) || compareText(a.learner, b.learner) || a.report - b.report || a.order - b.order,
  );
}

export type StatusFilter = 'all' | ItemStatus | 'late' | 'other-assignment';
export const STATUS_FILTERS: readonly StatusFilter[] = [
  'all',
  'done',
  'in-progress',
  'not-started',
  'late',
  'other-assignment',
];

/** Rows whose learner name contains `name` (any case) and that match the status filter. */
export function filterRows(rows: readonly ResultRow[], filter: { name: string; status: StatusFilter }): ResultRow[] {
  const needle = filter.name.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  return rows.filter((row) => {
    if (needle && !row.learner.toLocaleLowerCase().replace(/\s+/g, ' ').includes(needle)) return false;
    switch (filter.status) {
      case 'all':
        return true;
      case 'late':
        return row.timeliness === 'late' || row.timeliness === 'overdue';
      case 'other-assignment':
        return !row.sameAssignment;
      default:
        return row.status === filter.status;
    }
  });
}

/** Words the CSV needs in the page's language. */
export interface CsvLabels {
  header: readonly string[];
  itemTitle: (item: ItemRef) => string;
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
    row.item.kind,
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

/** The CSV document of the rows. */
export const exportCsv = (rows: readonly ResultRow[], labels: CsvLabels): string =>
  toCsv(labels.header, toCsvRecords(rows, labels));
