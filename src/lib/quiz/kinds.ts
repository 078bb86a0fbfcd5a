import type { Question, QuestionType } from '../../schemas/quiz';
import { matching } from './matching';
import { multiple } from './multiple';
import { numeric } from './numeric';
import { ordering } from './ordering';
import { single } from './single';
import { truefalse } from './truefalse';
import type { Answer, AnswerByType, QuestionKind, Verdict } from './types';

const KINDS: { [T in QuestionType]: QuestionKind<T> } = {
  single,
  multiple,
  truefalse,
  matching,
  ordering,
  numeric,
};

// The casts pair each question with its own kind; TypeScript cannot follow that across a union.
const kindOf = (question: Question) => KINDS[question.type] as QuestionKind<QuestionType>;

/** Whether an answer is complete enough to check. */
export function isAnswered(question: Question, answer: Answer): boolean {
  return kindOf(question).isAnswered(question as never, answer as never);
}

/** Checks an answer; an incomplete answer is simply wrong. */
export function checkAnswer(question: Question, answer: Answer): Verdict {
  if (!isAnswered(question, answer)) return { correct: false, partial: 0 };
  return kindOf(question).check(question as never, answer as never);
}

/** Validates untrusted saved data against a question; undefined when it does not fit. */
export function restoreAnswer(question: Question, raw: unknown): Answer | undefined {
  try {
    return kindOf(question).restore(question as never, raw) as Answer | undefined;
  } catch {
    return undefined;
  }
}

/** The empty answer of a question. */
export function emptyAnswer<T extends QuestionType>(question: Extract<Question, { type: T }>): AnswerByType[T] {
  return (KINDS[question.type] as QuestionKind<T>).empty(question);
}
