import type { Verdict } from './types';

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, rounded down so that 79.9 % never shows as a pass of 80 %. */
  percent: number;
}

/** Totals the verdicts of an attempt. */
export function scoreVerdicts(verdicts: readonly Verdict[]): Score {
  const correct = verdicts.filter((v) => v.correct).length;
  const total = verdicts.length;
  return { correct, total, percent: total === 0 ? 0 : Math.floor((correct / total) * 100) };
}

/** Whether a score reaches a pass mark given in percent. */
export function hasPassed(score: Score, passMark: number): boolean {
  return score.total > 0 && score.correct * 100 >= passMark * score.total;
}

/**
 * The final assessment's pass mark. It is the same on every page that shows a final score: the
 * assessment itself, the progress page, assignments, reports and class results. An assignment's own
 * pass mark applies to its lesson quizzes only, and the assignment pages say so.
 */
export const FINAL_PASS_MARK = 80;
