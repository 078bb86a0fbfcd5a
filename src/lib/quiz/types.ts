import type { Question, QuestionType } from '../../schemas/quiz';

/** What a learner answered, per question type. `null`/empty means "not answered yet". */
export interface AnswerByType {
  single: string | null;
  multiple: string[];
  truefalse: boolean | null;
  /** Left pair id → the pair id whose right-hand text the learner chose. */
  matching: Record<string, string | null>;
  /** Item ids in the order the learner put them. */
  ordering: string[];
  /** The number the learner typed, already read from its written form (see parseNumberInput). */
  numeric: number | null;
}

export type Answer = AnswerByType[QuestionType];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The outcome of checking one answer. */
export interface Verdict {
  /** Fully right. */
  correct: boolean;
  /** Share of the question got right, 0–1 (partial credit is shown, never counted as a pass). */
  partial: number;
}

/** Everything the engine needs to know about one question type. */
export interface QuestionKind<T extends QuestionType> {
  /** Whether the learner gave a complete answer that can be checked. */
  isAnswered(question: QuestionOf<T>, answer: AnswerByType[T]): boolean;
  /** Checks a complete answer. */
  check(question: QuestionOf<T>, answer: AnswerByType[T]): Verdict;
  /** Turns untrusted saved data into an answer for this question, or undefined when it does not fit. */
  restore(question: QuestionOf<T>, raw: unknown): AnswerByType[T] | undefined;
  /** The empty answer. */
  empty(question: QuestionOf<T>): AnswerByType[T];
}
