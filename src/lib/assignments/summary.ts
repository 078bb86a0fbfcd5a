/**
 * What identifies an assignment and decides its results: shared by share links and reports.
 * Kept apart from the link codec so that pages reading reports do not load it.
 */
import { COURSE_LESSONS, COURSE_QUIZZES, isLessonSlug, isQuizId } from './items';
import { isCleanText, isDueDate, TITLE_MAX } from './text';

/** Everything about an assignment but its instructions; a report carries this copy. */
export interface AssignmentSummary {
  /** Hash of the other fields: a report or link whose fields were edited no longer matches it. */
  id: string;
  title: string;
  /** Lesson slugs to complete, in course order. */
  lessons: string[];
  /** Quiz ids (lesson slugs, "final") to pass, in course order. */
  quizzes: string[];
  /** Due date "YYYY-MM-DD", if any. */
  due?: string;
  /** Score in percent that passes a lesson quiz; the final assessment always needs FINAL_PASS_MARK. */
  passMark: number;
}

/**
 * 32-bit FNV-1a, as hashString in src/lib/random.ts computes it. The link and report formats depend
 * on it (assignment ids, item codes), so it lives here, where nothing else changes it, and these
 * pages need not load the quizzes' random helpers for it.
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The id of an assignment: a hash of what decides the results, so edited copies show up. */
export const computeAssignmentId = (a: Omit<AssignmentSummary, 'id'>): string =>
  hashText(JSON.stringify([a.title, a.lessons, a.quizzes, a.due ?? '', a.passMark])).toString(36);

/** A pass mark typed in a form or read from data: a whole number 1–100, else undefined. */
export function parsePassMark(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
}

/** A list of known ids, unique and in course order, exactly as our encoders write it. */
function readIds(value: unknown, known: readonly string[], isKnown: (id: unknown) => boolean): string[] | undefined {
  if (!Array.isArray(value) || value.length > known.length || !value.every(isKnown)) return undefined;
  const ids = value as string[];
  return ids.every((id, i) => i === 0 || known.indexOf(id) > known.indexOf(ids[i - 1]!)) ? ids : undefined;
}

/** Validates an untrusted summary (from a link or a report); undefined when anything is off. */
export function readSummary(raw: Record<string, unknown>): AssignmentSummary | undefined {
  const { id, title, lessons: l, quizzes: q, passMark, due } = raw;
  if (typeof id !== 'string' || !isCleanText(title, TITLE_MAX) || !title) return undefined;
  const lessons = readIds(l, COURSE_LESSONS, isLessonSlug);
  const quizzes = readIds(q, COURSE_QUIZZES, isQuizId);
  if (!lessons || !quizzes || lessons.length + quizzes.length === 0) return undefined;
  if (typeof passMark !== 'number' || parsePassMark(passMark) === undefined) return undefined;
  if (due !== undefined && !isDueDate(due)) return undefined;
  const summary = { title, lessons, quizzes, passMark, ...(due ? { due } : {}) };
  // A mismatch means the link or report was edited by hand, or is damaged.
  return computeAssignmentId(summary) === id ? { id, ...summary } : undefined;
}
