import type { QuestionKind } from './types';

/** Floating-point slack, so that 0.1 + 0.2 counts as 0.3 when the tolerance is 0. */
const EPSILON = 1e-9;

export const numeric: QuestionKind<'numeric'> = {
  isAnswered: (_q, answer) => answer !== null,
  check: (q, answer) => {
    const correct = answer !== null && Math.abs(answer - q.answer) <= q.tolerance + EPSILON;
    return { correct, partial: correct ? 1 : 0 };
  },
  restore: (_q, raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined),
  empty: () => null,
};

/** A number as the page's language writes it ("3.75" in English, "3,75" in Bulgarian). */
export const formatNumber = (value: number, lang: string): string =>
  new Intl.NumberFormat(lang === 'bg' ? 'bg' : 'en-GB', { maximumFractionDigits: 6 }).format(value);

/** The right answer as the page writes it, with its unit, and the accepted range when there is one. */
export function describeNumericAnswer(
  question: { answer: number; tolerance: number; unit?: string | undefined },
  lang: string,
): { value: string; range?: { min: string; max: string } } {
  const withUnit = (n: number) => (question.unit ? `${formatNumber(n, lang)} ${question.unit}` : formatNumber(n, lang));
  const value = withUnit(question.answer);
  if (question.tolerance === 0) return { value };
  return {
    value,
    range: { min: withUnit(question.answer - question.tolerance), max: withUnit(question.answer + question.tolerance) },
  };
}
