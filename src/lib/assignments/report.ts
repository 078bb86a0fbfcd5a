/**
 * A learner's completion report: what their browser recorded for each item of an assignment.
 * It travels as a text code (the share-link envelope of src/lib/url-state.ts) or as a .json file.
 * Reports are self-reported and editable; the assignment id only reveals edits to the assignment.
 */
import type { AssignmentSummary } from './summary';
import { FINAL_QUIZ } from './items';
import { FINAL_PASS_MARK } from '../quiz/score';
import { encodeState } from '../url-state';

export const REPORT_KIND = 'assignment-report';
export const REPORT_VERSION = 1;
/** Far above the largest real report (about 4,000 characters); anything longer is not ours. */
export const MAX_REPORT_LENGTH = 20_000;

/** The lesson statuses of the progress tool (src/lib/progress/lessons.ts). */
export type LessonState = 'not-started' | 'in-progress' | 'completed';
export const LESSON_STATES: readonly string[] = ['not-started', 'in-progress', 'completed'];

export interface LessonItem {
  kind: 'lesson';
  id: string;
  status: LessonState;
  openedAt?: string;
  completedAt?: string;
}
export interface QuizItem {
  kind: 'quiz';
  id: string;
  /** Finished attempts; 0 when the quiz was never taken (then there are no scores). */
  attempts: number;
  best?: number;
  last?: number;
  lastAt?: string;
  /** When the learner first reached the quiz's pass mark (see passMarkFor), where their browser knows it. */
  passedAt?: string;
}
export type ReportItem = LessonItem | QuizItem;

export interface Report {
  assignment: AssignmentSummary;
  learner: string;
  /** ISO date-time the report was made. */
  generatedAt: string;
  /** One entry per assigned item, in course order. */
  items: ReportItem[];
}

export type ItemStatus = 'done' | 'in-progress' | 'not-started';
export type ItemDetail = LessonState | 'passed' | 'below-pass' | 'not-taken';
export interface ItemOutcome {
  status: ItemStatus;
  detail: ItemDetail;
  /** When it was done (completedAt, or when the quiz was first passed), or opened. */
  time?: string;
}

/**
 * The pass mark a quiz of an assignment needs: the assignment's own for lesson quizzes, and
 * FINAL_PASS_MARK for the final assessment, which is the same on every page of the site.
 */
export const passMarkFor = (quizId: string, passMark: number): number =>
  quizId === FINAL_QUIZ ? FINAL_PASS_MARK : passMark;

/** Where an item stands against its pass mark (`passMark` is the assignment's, see passMarkFor). */
export function assessItem(item: ReportItem, passMark: number): ItemOutcome {
  if (item.kind === 'lesson') {
    if (item.status === 'completed') return { status: 'done', detail: 'completed', time: item.completedAt };
    if (item.status === 'in-progress') return { status: 'in-progress', detail: 'in-progress', time: item.openedAt };
    return { status: 'not-started', detail: 'not-started' };
  }
  if (item.attempts === 0 || item.best === undefined) return { status: 'not-started', detail: 'not-taken' };
  // A passed quiz counts from its first pass, so a later retake cannot make it late; reports from
  // browsers that kept no history fall back to the latest attempt.
  return item.best >= passMarkFor(item.id, passMark)
    ? { status: 'done', detail: 'passed', time: item.passedAt ?? item.lastAt }
    : { status: 'in-progress', detail: 'below-pass', time: item.lastAt };
}

/** The compact text code a learner copies: the share-link envelope (src/lib/url-state.ts) of the report. */
export const encodeReportCode = (report: Report): string => encodeState(REPORT_KIND, REPORT_VERSION, report);

/** Key of a learner's report for one assignment: a newer report from them replaces the older. */
export const reportKey = (report: Report): string =>
  `${report.assignment.id}\u0000${report.learner.toLocaleLowerCase().replace(/\s+/g, ' ')}`;
