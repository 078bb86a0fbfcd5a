import type { QuestionKind } from './types';

export const matching: QuestionKind<'matching'> = {
  isAnswered: (q, answer) => q.pairs.every((p) => typeof answer[p.id] === 'string'),
  check: (q, answer) => {
    const right = q.pairs.filter((p) => answer[p.id] === p.id).length;
    return { correct: right === q.pairs.length, partial: right / q.pairs.length };
  },
  restore: (q, raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const ids = new Set(q.pairs.map((p) => p.id));
    const out: Record<string, string | null> = {};
    for (const pair of q.pairs) {
      const value: unknown = Object.hasOwn(raw, pair.id) ? (raw as Record<string, unknown>)[pair.id] : null;
      if (value !== null && (typeof value !== 'string' || !ids.has(value))) return undefined;
      out[pair.id] = value;
    }
    return Object.keys(raw).every((key) => ids.has(key)) ? out : undefined;
  },
  empty: (q) => Object.fromEntries(q.pairs.map((p) => [p.id, null])),
};
