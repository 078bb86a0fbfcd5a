import { z } from 'astro/zod';
import { IdSchema, findDuplicateIds } from './id.ts';

/** An answer option of a single- or multiple-choice question. */
export const OptionSchema = z.object({
  /** Stable id; answer keys and saved answers refer to it. */
  id: IdSchema,
  /** What the learner reads next to the checkbox or radio button. */
  text: z.string().min(1),
  /** Why this option is right or wrong, shown after checking when it was chosen. */
  explanation: z.string().min(10),
});

const QuestionBase = {
  /** Stable id, unique within its bank and identical in both locales. */
  id: IdSchema,
  /** An optional realistic situation shown before the prompt (a "scenario question"). */
  scenario: z.string().min(20).optional(),
  /** The question itself. */
  prompt: z.string().min(5),
  /**
   * Required: which of the lesson's objectives (1-based, in front-matter order) the question tests.
   * The final assessment never draws two questions of one objective, and the content test
   * (`test/content/quiz-audit.test.ts`) fails when an objective of the lesson has no question.
   */
  objective: z.number().int().min(1).max(5),
};

/** Exactly one option is right. */
export const SingleQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('single'),
  /** At least two options. */
  options: z.array(OptionSchema).min(2),
  /** The id of the right option. */
  answer: IdSchema,
  /** Set to false when the options' order carries meaning (e.g. "both of the above"). */
  shuffle: z.boolean().default(true),
});

/** Several options are right; the learner is told how many to choose. */
export const MultipleQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('multiple'),
  /** At least three options. */
  options: z.array(OptionSchema).min(3),
  /** The ids of all right options (two or more). */
  answer: z.array(IdSchema).min(2),
  /** Set to false when the options' order carries meaning. */
  shuffle: z.boolean().default(true),
});

/** A statement that is either true or false. */
export const TrueFalseQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('truefalse'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean(),
  /** Why the statement is true or false, shown after checking. */
  explanation: z.string().min(10),
});

/** A left-hand item and the right-hand item that belongs with it. */
export const MatchingPairSchema = z.object({
  /** Stable id of the pair. */
  id: IdSchema,
  /** The prompt side, e.g. a role. */
  left: z.string().min(1),
  /** The answer side, e.g. that role's description. */
  right: z.string().min(1),
});

/** Match every left-hand item with its right-hand item. */
export const MatchingQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('matching'),
  /** The correct pairs; right-hand items are shuffled for the learner. At least two. */
  pairs: z.array(MatchingPairSchema).min(2),
  /** Why the pairs belong together, shown after checking. */
  explanation: z.string().min(10),
});

/** An item of an ordering question. */
export const OrderingItemSchema = z.object({
  /** Stable id of the item. */
  id: IdSchema,
  /** The step or item as the learner reads it. */
  text: z.string().min(1),
});

/** Put items in the right order. */
export const OrderingQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('ordering'),
  /** The items in their correct order; they are shuffled for the learner. At least three. */
  items: z.array(OrderingItemSchema).min(3),
  /** Why this is the right order, shown after checking. */
  explanation: z.string().min(10),
});

/** A calculation whose answer is a number, e.g. an engagement rate from interactions and reach. */
export const NumericQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('numeric'),
  /** The right value, in the unit below (a percentage is written 3.75, not 0.0375). */
  answer: z.number().finite(),
  /** How far an answer may be from `answer` and still count (absolute, same unit); 0 means exact. */
  tolerance: z.number().min(0).default(0),
  /** Shown after the input, e.g. "%" or "€"; omit for a plain count. */
  unit: z.string().min(1).max(12).optional(),
  /** The worked solution: the formula, the numbers put into it and the result. */
  explanation: z.string().min(10),
});

/** Any question; `type` selects its shape. */
export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TrueFalseQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  NumericQuestionSchema,
]);

/** A lesson's question bank: `content/quizzes/<locale>/<lesson>.yaml`. */
export const QuizBankSchema = z
  .object({
    /** The lesson slug (its file name under `content/docs/course/`) this bank belongs to. */
    lesson: IdSchema,
    /** 6–10 questions, in the order they are asked. */
    questions: z.array(QuestionSchema).min(6).max(10),
  })
  .superRefine((bank, ctx) => {
    for (const id of findDuplicateIds(bank.questions.map((q) => q.id))) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `duplicate question id "${id}"` });
    }
    bank.questions.forEach((question, index) => {
      for (const issue of checkAnswerKey(question)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, ...issue.path], message: issue.message });
      }
    });
  });

export type Option = z.infer<typeof OptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuizBank = z.infer<typeof QuizBankSchema>;

interface KeyIssue {
  path: (string | number)[];
  message: string;
}

/** Cross-field rules a per-field schema cannot express: unique ids, answers that exist. */
function checkAnswerKey(question: Question): KeyIssue[] {
  const issues: KeyIssue[] = [];
  const ids =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.map((o) => o.id)
      : question.type === 'matching'
        ? question.pairs.map((p) => p.id)
        : question.type === 'ordering'
          ? question.items.map((i) => i.id)
          : [];
  const listName = question.type === 'matching' ? 'pairs' : question.type === 'ordering' ? 'items' : 'options';
  for (const id of findDuplicateIds(ids)) issues.push({ path: [listName], message: `duplicate id "${id}"` });
  if (question.type === 'single' && !ids.includes(question.answer)) {
    issues.push({ path: ['answer'], message: `answer "${question.answer}" is not an option id (${ids.join(', ')})` });
  }
  if (question.type === 'multiple') {
    for (const id of question.answer) {
      if (!ids.includes(id))
        issues.push({ path: ['answer'], message: `answer "${id}" is not an option id (${ids.join(', ')})` });
    }
    for (const id of findDuplicateIds(question.answer))
      issues.push({ path: ['answer'], message: `answer "${id}" is listed twice` });
    if (question.answer.length >= question.options.length) {
      issues.push({ path: ['answer'], message: 'at least one option must be wrong' });
    }
  }
  if (question.type === 'matching') {
    for (const text of findDuplicateIds(question.pairs.map((p) => p.right))) {
      issues.push({ path: ['pairs'], message: `two pairs share the right-hand text "${text}"` });
    }
  }
  return issues;
}
