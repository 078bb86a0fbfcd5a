import type { QuestionKind } from './types';

export const single: QuestionKind<'single'> = {
  isAnswered: (_q, answer) => answer !== null,
  check: (q, answer) => {
    const correct = answer === q.answer;
    return { correct, partial: correct ? 1 : 0 };
  },
  restore: (q, raw) => (typeof raw === 'string' && q.options.some((o) => o.id === raw) ? raw : undefined),
  empty: () => null,
};
