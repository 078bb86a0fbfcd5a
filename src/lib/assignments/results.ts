/**
 * The detailed class results: one row per learner and assigned item, for the drill-down and the
 * CSV (src/lib/assignments/matrix.ts arranges them as a learner × item matrix). The first report
 * loaded sets the class's assignment; versions merged with it count as the newest (versions.ts);
 * reports for any other assignment are flagged. The CSV of these rows is in results-csv.ts.
 */
import { itemOrder, type ItemRef } from './items';
import { assessItem, reportKey, type ItemDetail, type ItemStatus, type Report } from './report';
import { computeDeadline, judgeTimeliness, type Timeliness } from './timing';
import { classScope, type ClassScope } from './versions';

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
  /** False when the report is for another assignment than the class's (see ClassScope). */
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
 * date (see computeDeadline). A report of the class is judged by the class's assignment (for a
 * merged version, the newest version's due date and pass mark); any other by its own.
 */
export function buildRows(
  reports: readonly Report[],
  timezoneOffset: (due: string) => number = () => 0,
  scope: ClassScope | undefined = classScope(reports, []),
): ResultRow[] {
  return reports.flatMap((report, index) => {
    const { assignment } = report;
    const member = scope?.members.has(assignment.id) ?? false;
    const judge = member ? scope!.reference : assignment;
    const deadline = judge.due ? computeDeadline(judge.due, timezoneOffset(judge.due)) : undefined;
    return report.items.map((item): ResultRow => {
      const outcome = assessItem(item, judge.passMark);
      return {
        report: index,
        learner: report.learner,
        assignmentId: assignment.id,
        assignmentTitle: assignment.title,
        sameAssignment: member,
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
