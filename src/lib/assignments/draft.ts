/** The builder form's contents, checked and tidied into an assignment. */
import type { Assignment } from './assignment';
import { normaliseIds } from './items';
import { computeAssignmentId, parsePassMark } from './summary';
import { cleanText, INSTRUCTIONS_MAX, isDueDate, TITLE_MAX } from './text';

export const DEFAULT_PASS_MARK = 80;

/** What the builder form holds, untrusted and untidy. */
export interface AssignmentDraft {
  title: string;
  instructions: string;
  lessons: readonly string[];
  quizzes: readonly string[];
  due: string;
  passMark: string | number;
}

export type DraftProblem = 'title-missing' | 'no-items' | 'due-invalid' | 'pass-mark-invalid';

/** Checks a draft; returns the problems to show, or the tidy assignment. */
export function createAssignment(
  draft: AssignmentDraft,
): { ok: true; assignment: Assignment } | { ok: false; problems: DraftProblem[] } {
  const title = cleanText(draft.title, TITLE_MAX);
  const instructions = cleanText(draft.instructions, INSTRUCTIONS_MAX, true);
  const lessons = normaliseIds(draft.lessons, 'lesson');
  const quizzes = normaliseIds(draft.quizzes, 'quiz');
  const due = draft.due.trim();
  const passMark = parsePassMark(draft.passMark);
  const problems: DraftProblem[] = [];
  if (!title) problems.push('title-missing');
  if (lessons.length + quizzes.length === 0) problems.push('no-items');
  if (due && !isDueDate(due)) problems.push('due-invalid');
  if (passMark === undefined) problems.push('pass-mark-invalid');
  if (problems.length) return { ok: false, problems };
  const fields = { title, lessons, quizzes, passMark: passMark!, ...(due ? { due } : {}) };
  return { ok: true, assignment: { id: computeAssignmentId(fields), instructions, ...fields } };
}
