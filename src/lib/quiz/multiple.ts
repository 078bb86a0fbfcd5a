import type { QuestionKind } from './types';

export const multiple: QuestionKind<'multiple'> = {
  isAnswered: (_q, answer) => answer.length > 0,
  check: (q, answer) => {
    const chosen = new Set(answer);
    const right = q.answer.filter((id) => chosen.has(id)).length;
    const wrong = [...chosen].filter((id) => !q.answer.includes(id)).length;
    // Each wrong pick cancels a right one, so ticking everything earns nothing.
    const partial = Math.max(0, right - wrong) / q.answer.length;
    return { correct: right === q.answer.length && wrong === 0, partial };
  },
  restore: (q, raw) => {
    if (!Array.isArray(raw)) return undefined;
    const ids = new Set(q.options.map((o) => o.id));
    const kept = [...new Set(raw.filter((id): id is string => typeof id === 'string' && ids.has(id)))];
    return kept.length === raw.length ? kept : undefined;
  },
  empty: () => [],
};
