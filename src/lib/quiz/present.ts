import type { Question } from '../../schemas/quiz';
import { deriveSeed, shuffle } from '../random';

/**
 * The order in which an attempt shows a question's choices, as ids: options for choice
 * questions, right-hand texts (pair ids) for matching, the starting list for ordering.
 */
export function presentChoices(question: Question, seed: number): string[] {
  const questionSeed = deriveSeed(seed, question.id);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      return question.shuffle ? shuffle(ids, questionSeed) : ids;
    }
    case 'truefalse':
      return ['true', 'false'];
    case 'numeric':
      return [];
    case 'matching':
      return shuffle(
        question.pairs.map((p) => p.id),
        questionSeed,
      );
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const start = shuffle(ids, questionSeed);
      // Never start already solved: rotate by one when the shuffle happens to give the answer.
      return start.every((id, i) => id === ids[i]) ? [...start.slice(1), start[0]!] : start;
    }
  }
}
