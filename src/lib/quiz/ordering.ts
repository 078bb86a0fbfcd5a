import type { QuestionKind } from './types';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set(a).size === a.length && b.every((id) => a.includes(id));

export const ordering: QuestionKind<'ordering'> = {
  // An ordering is always complete: the learner starts from a full (shuffled) list.
  isAnswered: (q, answer) =>
    sameSet(
      answer,
      q.items.map((i) => i.id),
    ),
  check: (q, answer) => {
    const right = q.items.filter((item, index) => answer[index] === item.id).length;
    return { correct: right === q.items.length, partial: right / q.items.length };
  },
  restore: (q, raw) =>
    Array.isArray(raw) &&
    raw.every((id) => typeof id === 'string') &&
    sameSet(
      raw as string[],
      q.items.map((i) => i.id),
    )
      ? (raw as string[])
      : undefined,
  empty: () => [],
};
