import type { QuestionKind } from './types';

export const truefalse: QuestionKind<'truefalse'> = {
  isAnswered: (_q, answer) => answer !== null,
  check: (q, answer) => {
    const correct = answer === q.answer;
    return { correct, partial: correct ? 1 : 0 };
  },
  restore: (_q, raw) => (typeof raw === 'boolean' ? raw : undefined),
  empty: () => null,
};
