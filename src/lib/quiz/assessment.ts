import { deriveSeed, shuffle } from '../random';
import type { Verdict } from './types';

export interface DrawnQuestion {
  lesson: string;
  questionId: string;
}

/** What a draw needs to know of a bank: its lesson and its questions' ids and objectives. */
export interface DrawBank {
  lesson: string;
  questions: readonly { id: string; objective?: number | undefined }[];
}

/**
 * Draws `count` questions for an attempt of the final assessment. Every lesson gets one question
 * before any gets a second, and no two questions test the same objective of the same lesson, so the
 * score says something about each part of the course. Only when the distinct objectives run out do
 * repeats fill the rest. The same seed draws the same questions; the result is in lesson order.
 */
export function drawAssessment(banks: readonly DrawBank[], seed: number, count: number): DrawnQuestion[] {
  const available = banks.reduce((sum, b) => sum + b.questions.length, 0);
  const target = Math.min(count, available);
  // Each bank's questions in this seed's order; a question without an objective counts as its own.
  const queues = new Map(
    banks.map((bank) => [bank.lesson, shuffle(bank.questions, deriveSeed(seed, bank.lesson))] as const),
  );
  const taken = new Map(banks.map((bank) => [bank.lesson, [] as string[]]));
  const usedObjectives = new Set<string>();
  const objectiveKey = (lesson: string, q: { id: string; objective?: number | undefined }) =>
    `${lesson}#${q.objective ?? `q:${q.id}`}`;
  let dealt = 0;
  // Rounds: one question per lesson per round, from a fresh objective when there is one.
  for (let round = 0; dealt < target; round++) {
    let progressed = false;
    const allowRepeat = round >= 1 && !banks.some((bank) => hasFreshObjective(bank.lesson));
    for (const bank of shuffle(banks, deriveSeed(seed, `round-${round}`))) {
      if (dealt >= target) break;
      const queue = queues.get(bank.lesson)!;
      const index = queue.findIndex((q) => allowRepeat || !usedObjectives.has(objectiveKey(bank.lesson, q)));
      if (index < 0) continue;
      const [question] = queue.splice(index, 1);
      usedObjectives.add(objectiveKey(bank.lesson, question!));
      taken.get(bank.lesson)!.push(question!.id);
      dealt++;
      progressed = true;
    }
    if (!progressed && allowRepeat) break;
  }
  return banks.flatMap((bank) => taken.get(bank.lesson)!.map((questionId) => ({ lesson: bank.lesson, questionId })));

  function hasFreshObjective(lesson: string): boolean {
    return queues.get(lesson)!.some((q) => !usedObjectives.has(objectiveKey(lesson, q)));
  }
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
