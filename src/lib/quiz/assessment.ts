import type { QuizBank } from '../../schemas/quiz';
import { deriveSeed, shuffle } from '../random';
import type { Verdict } from './types';

export interface DrawnQuestion {
  lesson: string;
  questionId: string;
}

/**
 * Draws `count` questions from the banks, spread as evenly as the banks allow, in lesson order.
 * The same seed draws the same questions.
 */
export function drawAssessment(banks: readonly QuizBank[], seed: number, count: number): DrawnQuestion[] {
  const available = banks.reduce((sum, b) => sum + b.questions.length, 0);
  const target = Math.min(count, available);
  const quota = new Map(banks.map((b) => [b.lesson, 0]));
  // Deal one question per bank per round, so every lesson is represented before any gets a second.
  for (let dealt = 0; dealt < target;) {
    for (const bank of shuffle(banks, deriveSeed(seed, `round-${dealt}`))) {
      if (dealt >= target) break;
      const taken = quota.get(bank.lesson)!;
      if (taken < bank.questions.length) {
        quota.set(bank.lesson, taken + 1);
        dealt++;
      }
    }
  }
  return banks.flatMap((bank) =>
    shuffle(
      bank.questions.map((q) => q.id),
      deriveSeed(seed, bank.lesson),
    )
      .slice(0, quota.get(bank.lesson))
      .map((questionId) => ({ lesson: bank.lesson, questionId })),
  );
}

export interface LessonResult {
  lesson: string;
  correct: number;
  total: number;
}

/** Right answers per lesson, in the order lessons first appear. */
export function breakDownByLesson(drawn: readonly DrawnQuestion[], verdicts: readonly Verdict[]): LessonResult[] {
  const byLesson = new Map<string, LessonResult>();
  drawn.forEach((d, i) => {
    const row = byLesson.get(d.lesson) ?? { lesson: d.lesson, correct: 0, total: 0 };
    row.total++;
    if (verdicts[i]?.correct) row.correct++;
    byLesson.set(d.lesson, row);
  });
  return [...byLesson.values()];
}
