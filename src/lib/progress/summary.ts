/** What the progress page shows, worked out from the stored records. */
import type { QuizRecord } from '../quiz/record';
import { getLessonStatus, type LessonProgress, type LessonStatus } from './lessons';

export interface ProgressInput {
  /** Lesson slugs in course order. */
  slugs: readonly string[];
  lessons: LessonProgress;
  /** Quiz records by lesson slug (undefined: not taken). */
  quizzes: Readonly<Record<string, QuizRecord | undefined>>;
  final: QuizRecord | undefined;
  /** Pass mark of the final assessment, in percent. */
  passMark: number;
  checklistDone: number;
  checklistTotal: number;
}

export type NextStep =
  | { kind: 'lesson'; slug: string; started: boolean }
  | { kind: 'quiz'; slug: string }
  | { kind: 'final' }
  | { kind: 'checklist' }
  | { kind: 'done' };

export interface LessonRow {
  slug: string;
  status: LessonStatus;
  best?: number;
}

export interface ProgressSummary {
  rows: LessonRow[];
  completed: number;
  /** Whole percent of lessons completed. */
  percent: number;
  finalPassed: boolean;
  next: NextStep;
}

const quizOf = (input: ProgressInput, slug: string) =>
  Object.hasOwn(input.quizzes, slug) ? input.quizzes[slug] : undefined;

/**
 * The suggested next step, in the order the course is meant to be taken: the first lesson not yet
 * completed (or its quiz, when the lesson is read but the quiz not taken), then any quiz skipped,
 * then the final assessment until it is passed, then the personal-project checklist.
 */
export function suggestNextStep(input: ProgressInput): NextStep {
  for (const slug of input.slugs) {
    const entry = Object.hasOwn(input.lessons, slug) ? input.lessons[slug] : undefined;
    const status = getLessonStatus(entry);
    if (status === 'completed') continue;
    if (status === 'in-progress' && !quizOf(input, slug)) return { kind: 'quiz', slug };
    return { kind: 'lesson', slug, started: status === 'in-progress' };
  }
  const skipped = input.slugs.find((slug) => !quizOf(input, slug));
  if (skipped) return { kind: 'quiz', slug: skipped };
  if (!input.final || input.final.best < input.passMark) return { kind: 'final' };
  if (input.checklistDone < input.checklistTotal) return { kind: 'checklist' };
  return { kind: 'done' };
}

export function summariseCourseProgress(input: ProgressInput): ProgressSummary {
  const rows = input.slugs.map((slug) => ({
    slug,
    status: getLessonStatus(Object.hasOwn(input.lessons, slug) ? input.lessons[slug] : undefined),
    best: quizOf(input, slug)?.best,
  }));
  const completed = rows.filter((row) => row.status === 'completed').length;
  return {
    rows,
    completed,
    percent: rows.length ? Math.round((completed / rows.length) * 100) : 0,
    finalPassed: Boolean(input.final && input.final.best >= input.passMark),
    next: suggestNextStep(input),
  };
}
