/**
 * What an assignment can contain: the course's lessons, their quizzes and the final assessment.
 * Links and reports store these ids, never titles, so they stay short and work in both languages.
 */

import { COURSE_SLUGS } from 'virtual:smm/course-outline';

/**
 * Lesson slugs in course order (pages /course/<slug>/); a quiz has its lesson's slug as its id.
 * From the course outline, so a new lesson is assignable as soon as its files exist.
 */
export const COURSE_LESSONS: readonly string[] = COURSE_SLUGS;

/** Quiz id (and storage key suffix) of the final assessment. */
export const FINAL_QUIZ = 'final';

/** Quiz ids in course order: one per lesson, then the final assessment. */
export const COURSE_QUIZZES: readonly string[] = [...COURSE_LESSONS, FINAL_QUIZ];

export type ItemKind = 'lesson' | 'quiz';

/** One thing a learner is asked to do. */
export interface ItemRef {
  kind: ItemKind;
  /** A lesson slug, or a quiz id (a lesson slug or "final"). */
  id: string;
}

const LESSON_SET: ReadonlySet<string> = new Set(COURSE_LESSONS);
const QUIZ_SET: ReadonlySet<string> = new Set(COURSE_QUIZZES);

export const isLessonSlug = (id: unknown): id is string => typeof id === 'string' && LESSON_SET.has(id);
export const isQuizId = (id: unknown): id is string => typeof id === 'string' && QUIZ_SET.has(id);

/** A stable key for an item, e.g. "lesson:role" or "quiz:final". */
export const itemKey = (item: ItemRef): string => `${item.kind}:${item.id}`;

/** Position of an item in the course: each lesson, then its quiz; the final assessment last. */
export function itemOrder(item: ItemRef): number {
  const index = item.id === FINAL_QUIZ ? COURSE_LESSONS.length : COURSE_LESSONS.indexOf(item.id);
  return index * 2 + (item.kind === 'quiz' ? 1 : 0);
}

/** The known ids among `ids`, without duplicates, in course order. */
export function normaliseIds(ids: readonly unknown[], kind: ItemKind): string[] {
  const known = kind === 'lesson' ? COURSE_LESSONS : COURSE_QUIZZES;
  const wanted = new Set(ids);
  return known.filter((id) => wanted.has(id));
}

/** An assignment's lessons and quizzes as one list, in course order. */
export function listItems(lessons: readonly string[], quizzes: readonly string[]): ItemRef[] {
  const items: ItemRef[] = [
    ...lessons.map((id): ItemRef => ({ kind: 'lesson', id })),
    ...quizzes.map((id): ItemRef => ({ kind: 'quiz', id })),
  ];
  return items.sort((a, b) => itemOrder(a) - itemOrder(b));
}

/** Titles in the page's language and links inside the site, by item key; made at build time. */
export type ItemLinks = Record<string, { title: string; href: string }>;
