/** Shared builders for the assignment tests (a plain module, so no test runs twice). */
import type { Assignment } from '../../src/lib/assignments/assignment';
import { createAssignment, type AssignmentDraft } from '../../src/lib/assignments/draft';
import { COURSE_LESSONS, COURSE_QUIZZES } from '../../src/lib/assignments/items';
import type { Report } from '../../src/lib/assignments/report';
import { buildReport, type LessonFacts } from '../../src/lib/assignments/report-build';
import type { QuizRecord } from '../../src/lib/quiz/record';

export function makeAssignment(draft: Partial<AssignmentDraft> = {}): Assignment {
  const result = createAssignment({
    title: 'Week 1: the role',
    instructions: 'Read both lessons, then pass their quizzes.',
    lessons: ['role', 'responsibilities'],
    quizzes: ['role', 'final'],
    due: '2030-03-15',
    passMark: 80,
    ...draft,
  });
  if (!result.ok) throw new Error(`bad fixture: ${result.problems.join()}`);
  return result.assignment;
}

/** Everything selected, with the longest title and instructions of the costliest characters. */
export function makeLargestAssignment(char = '„'): Assignment {
  return makeAssignment({
    title: `x${char.repeat(200)}`,
    instructions: `x${char.repeat(1000)}`,
    lessons: [...COURSE_LESSONS],
    quizzes: [...COURSE_QUIZZES],
    due: '2030-12-31',
    passMark: 100,
  });
}

export const quizRecord = (best: number, last: number, lastAt: string, attempts = 1): QuizRecord => ({
  v: 1,
  hash: 'abc',
  best,
  last,
  attempts,
  lastAt,
});

export function makeReport(
  assignment: Assignment,
  learner: string,
  lessons: Record<string, LessonFacts> = {},
  quizzes: Record<string, QuizRecord> = {},
  now = '2030-03-14T10:00:00.000Z',
): Report {
  return buildReport({
    assignment,
    learner,
    lesson: (slug) => lessons[slug] ?? { status: 'not-started' },
    quiz: (id) => quizzes[id],
    now: new Date(now),
  });
}

/** A seeded source of random numbers, so fuzz failures can be reproduced. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

export const SCRIPT_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '=HYPERLINK("http://evil.example")',
  '\u202e\u0000\ud800',
];
