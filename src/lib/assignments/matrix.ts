/**
 * The class as a learner × item matrix: one row per learner of the class, one column per item,
 * with each learner's "done x of y" and late count and each item's passes and median score.
 * Built from the detailed rows (results.ts), which stay the drill-down and the CSV.
 */
import { itemKey, itemOrder, type ItemRef } from './items';
import type { ItemStatus } from './report';
import type { ResultRow } from './results';

export interface MatrixRow {
  /** Index of the report in the loaded list. */
  report: number;
  learner: string;
  /** One cell per column; undefined where the item is not in the learner's version. */
  cells: (ResultRow | undefined)[];
  done: number;
  total: number;
  /** Items done after the due date, or not done in a report made after it. */
  late: number;
}

export interface ColumnSummary {
  /** Learners who completed the lesson or passed the quiz, out of those who have the item. */
  done: number;
  of: number;
  /** Median best score of those who took the quiz; undefined for lessons and quizzes nobody took. */
  median?: number;
}

export interface ClassMatrix {
  items: ItemRef[];
  rows: MatrixRow[];
  summary: ColumnSummary[];
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (!sorted.length) return undefined;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The matrix of the class's rows (rows of other assignments are left out), learners in loading order. */
export function buildMatrix(rows: readonly ResultRow[]): ClassMatrix {
  const members = rows.filter((row) => row.sameAssignment);
  const items = new Map<string, ItemRef>();
  for (const { item } of members) items.set(itemKey(item), item);
  const columns = [...items.values()].sort((a, b) => itemOrder(a) - itemOrder(b));
  const index = new Map(columns.map((item, column) => [itemKey(item), column]));
  const learners = new Map<number, MatrixRow>();
  for (const row of members) {
    let line = learners.get(row.report);
    if (!line) {
      line = {
        report: row.report,
        learner: row.learner,
        cells: columns.map(() => undefined),
        done: 0,
        total: 0,
        late: 0,
      };
      learners.set(row.report, line);
    }
    line.cells[index.get(itemKey(row.item))!] = row;
    line.total++;
    if (row.status === 'done') line.done++;
    if (row.timeliness === 'late' || row.timeliness === 'overdue') line.late++;
  }
  const lines = [...learners.values()];
  const summary = columns.map((_, column): ColumnSummary => {
    const cells = lines.flatMap((line) => line.cells[column] ?? []);
    const scores = cells.flatMap((cell) => (cell.attempts ? [cell.best!] : []));
    return {
      done: cells.filter((cell) => cell.status === 'done').length,
      of: cells.length,
      median: median(scores),
    };
  });
  return { items: columns, rows: lines, summary };
}

/** Sort by name, by items done, by late items, or by one item's column (its itemKey). */
export interface MatrixSort {
  key: 'learner' | 'done' | 'late' | string;
  direction: 'ascending' | 'descending';
}

const STATUS_RANK: Record<ItemStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 };

/**
 * A sorted copy of the matrix's rows. An item column sorts by status, then best score; a learner
 * without the item comes first in ascending order. Ties fall back to the name, then loading order.
 */
export function sortMatrix(
  matrix: ClassMatrix,
  sort: MatrixSort,
  compareText: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): MatrixRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const column = matrix.items.findIndex((item) => itemKey(item) === sort.key);
  const value = (row: MatrixRow): number => {
    if (sort.key === 'done') return row.done;
    if (sort.key === 'late') return row.late;
    const cell = row.cells[column];
    return cell ? STATUS_RANK[cell.status] * 1000 + (cell.best ?? 0) : -1;
  };
  const primary = (a: MatrixRow, b: MatrixRow) =>
    sort.key === 'learner' ? compareText(a.learner, b.learner) : value(a) - value(b);
  return [...matrix.rows].sort(
    (a, b) => sign * primary(a, b) || compareText(a.learner, b.learner) || a.report - b.report,
  );
}
