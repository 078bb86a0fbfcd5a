import { describe, expect, it } from 'vitest';
import type { QuizRecord } from '../../src/lib/quiz/record';
import { findContinuePoint } from '../../src/lib/progress/continue';
import type { LessonProgress } from '../../src/lib/progress/lessons';
import { suggestNextStep, summariseCourseProgress, type ProgressInput } from '../../src/lib/progress/summary';

const SLUGS = ['role', 'responsibilities', 'capstone'];
const at = '2025-01-01T00:00:00.000Z';
const opened = { openedAt: at };
const done = { openedAt: at, completedAt: at };
const quiz = (best: number): QuizRecord => ({ v: 1, hash: 'h', best, last: best, attempts: 1, lastAt: at });
const input = (patch: Partial<ProgressInput>): ProgressInput => ({
  slugs: SLUGS,
  lessons: {},
  quizzes: {},
  final: undefined,
  passMark: 80,
  checklistDone: 0,
  checklistTotal: 16,
  ...patch,
});
const allDone: LessonProgress = { role: done, responsibilities: done, capstone: done };
const allQuizzes = { role: quiz(90), responsibilities: quiz(50), capstone: quiz(100) };

describe('suggestNextStep', () => {
  it.each([
    ['a new learner starts the first lesson', input({}), { kind: 'lesson', slug: 'role', started: false }],
    [
      'a lesson read but its quiz not taken: the quiz',
      input({ lessons: { role: opened } }),
      { kind: 'quiz', slug: 'role' },
    ],
    [
      'a lesson opened and quizzed but not completed: continue it',
      input({ lessons: { role: opened }, quizzes: { role: quiz(70) } }),
      { kind: 'lesson', slug: 'role', started: true },
    ],
    [
      'the first lesson not completed, even after later ones',
      input({ lessons: { role: done, capstone: done } }),
      { kind: 'lesson', slug: 'responsibilities', started: false },
    ],
    [
      'all lessons completed but a quiz skipped: that quiz',
      input({ lessons: allDone, quizzes: { role: quiz(90), capstone: quiz(80) } }),
      { kind: 'quiz', slug: 'responsibilities' },
    ],
    ['then the final assessment', input({ lessons: allDone, quizzes: allQuizzes }), { kind: 'final' }],
    [
      'the final assessment again until passed',
      input({ lessons: allDone, quizzes: allQuizzes, final: quiz(75) }),
      { kind: 'final' },
    ],
    [
      'then the capstone checklist',
      input({ lessons: allDone, quizzes: allQuizzes, final: quiz(80), checklistDone: 15 }),
      { kind: 'checklist' },
    ],
    [
      'and finally nothing left',
      input({ lessons: allDone, quizzes: allQuizzes, final: quiz(95), checklistDone: 16 }),
      { kind: 'done' },
    ],
  ])('%s', (_name, value, expected) => {
    expect(suggestNextStep(value)).toEqual(expected);
  });
});

describe('summariseCourseProgress', () => {
  it('counts completed lessons and reports each lesson with its best score', () => {
    const summary = summariseCourseProgress(
      input({ lessons: { role: done, responsibilities: opened }, quizzes: { role: quiz(90) }, final: quiz(85) }),
    );
    expect(summary.rows).toEqual([
      { slug: 'role', status: 'completed', best: 90 },
      { slug: 'responsibilities', status: 'in-progress', best: undefined },
      { slug: 'capstone', status: 'not-started', best: undefined },
    ]);
    expect(summary.completed).toBe(1);
    expect(summary.percent).toBe(33);
    expect(summary.finalPassed).toBe(true);
  });

  it('ignores lessons that are not in the course', () => {
    expect(summariseCourseProgress(input({ lessons: { retired: done } })).completed).toBe(0);
  });
});

describe('findContinuePoint', () => {
  it.each([
    ['a new learner starts at the beginning', {}, { kind: 'start' }],
    ['a lesson the course no longer has does not make a returning learner', { retired: done }, { kind: 'start' }],
    ['a learner who opened the first lesson continues it', { role: opened }, { kind: 'lesson', slug: 'role' }],
    [
      'the first lesson not completed, even after later ones',
      { role: done, capstone: done },
      { kind: 'lesson', slug: 'responsibilities' },
    ],
    ['every lesson completed', allDone, { kind: 'done' }],
  ] as const)('%s', (_name, lessons, expected) => {
    expect(findContinuePoint(SLUGS, lessons as LessonProgress)).toEqual(expected);
  });
});
