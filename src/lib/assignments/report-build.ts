/**
 * Making a learner's report on the assignment page: from the browser's progress to the report, its
 * summary and its file. Apart from report.ts, so that the class results page does not load it.
 */
import type { QuizRecord } from '../quiz/record';
import { isTimestamp } from '../guards';
import { wrapState } from '../url-state';
import { listItems } from './items';
import {
  assessItem,
  passMarkFor,
  REPORT_KIND,
  REPORT_VERSION,
  type LessonState,
  type Report,
  type ReportItem,
} from './report';
import type { AssignmentSummary } from './summary';
import { cleanText, NAME_MAX } from './text';

/** What the learner's browser knows about one lesson (status from getLessonStatus). */
export interface LessonFacts {
  status: LessonState;
  openedAt?: string;
  completedAt?: string;
}

/** Makes a report from the learner's saved progress. */
export function buildReport(input: {
  assignment: AssignmentSummary;
  learner: string;
  lesson: (slug: string) => LessonFacts;
  quiz: (id: string) => QuizRecord | undefined;
  now: Date;
}): Report {
  const items = listItems(input.assignment.lessons, input.assignment.quizzes).map((ref): ReportItem => {
    if (ref.kind === 'lesson') {
      const facts = input.lesson(ref.id);
      return {
        kind: 'lesson',
        id: ref.id,
        status: facts.status,
        ...(facts.status !== 'not-started' && isTimestamp(facts.openedAt) ? { openedAt: facts.openedAt } : {}),
        ...(facts.status === 'completed' && isTimestamp(facts.completedAt) ? { completedAt: facts.completedAt } : {}),
      };
    }
    const record = input.quiz(ref.id);
    if (!record) return { kind: 'quiz', id: ref.id, attempts: 0 };
    // When the learner first reached the pass mark, from the history of rising bests.
    const mark = passMarkFor(ref.id, input.assignment.passMark);
    const passedAt = record.bests?.find((rise) => rise.percent >= mark)?.at;
    return {
      kind: 'quiz',
      id: ref.id,
      attempts: record.attempts,
      best: record.best,
      last: record.last,
      lastAt: record.lastAt,
      ...(passedAt ? { passedAt } : {}),
    };
  });
  const { id, title, lessons, quizzes, due, passMark } = input.assignment;
  return {
    // The summary only: instructions are not needed to judge the results and would lengthen the code.
    assignment: { id, title, lessons, quizzes, passMark, ...(due ? { due } : {}) },
    learner: cleanText(input.learner, NAME_MAX),
    generatedAt: input.now.toISOString(),
    items,
  };
}

/** How many items are done; complete when all are. */
export function summariseReport(report: Report): { done: number; total: number; complete: boolean } {
  const done = report.items.filter((i) => assessItem(i, report.assignment.passMark).status === 'done').length;
  return { done, total: report.items.length, complete: done === report.items.length };
}

/** The readable JSON of the downloadable file: the same envelope, not encoded. */
export const encodeReportFile = (report: Report): string =>
  `${JSON.stringify(wrapState(REPORT_KIND, REPORT_VERSION, report), null, 2)}\n`;
