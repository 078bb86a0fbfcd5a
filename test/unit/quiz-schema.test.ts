import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { describeIssues } from '../support/issues';

const valid = () => parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quizzes/valid.yaml'), 'utf8'));

/** Applies a change to a copy of the valid bank and returns the schema's complaint. */
function complaint(change: (bank: any) => void): string {
  const bank = valid();
  change(bank);
  const result = QuizBankSchema.safeParse(bank);
  return result.success ? 'valid' : describeIssues(result.error.issues);
}

describe('QuizBankSchema', () => {
  it('accepts a bank with every question type and fills defaults', () => {
    const bank = QuizBankSchema.parse(valid());
    expect(bank.questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'matching',
      'ordering',
      'single',
    ]);
    expect(bank.questions[0]).toMatchObject({ shuffle: true });
  });

  it.each([
    [
      'a wrong answer id',
      (b: any) => (b.questions[0].answer = 'z'),
      'questions.0.answer: answer "z" is not an option id (a, b)',
    ],
    [
      'a wrong id in a multiple answer',
      (b: any) => (b.questions[1].answer = ['a', 'q']),
      'questions.1.answer: answer "q" is not an option id',
    ],
    [
      'a duplicate option id',
      (b: any) => (b.questions[0].options[1].id = 'a'),
      'questions.0.options: duplicate id "a"',
    ],
    ['a duplicate question id', (b: any) => (b.questions[1].id = 'one'), 'questions: duplicate question id "one"'],
    ['fewer than two options', (b: any) => b.questions[0].options.splice(1), 'questions.0.options: Too small'],
    [
      'a matching pair missing its right side',
      (b: any) => delete b.questions[3].pairs[1].right,
      'questions.3.pairs.1.right:',
    ],
    ['a single matching pair', (b: any) => b.questions[3].pairs.splice(1), 'questions.3.pairs: Too small'],
    ['an unknown question type', (b: any) => (b.questions[2].type = 'essay'), 'questions.2.type:'],
    [
      'an option without explanation',
      (b: any) => delete b.questions[0].options[0].explanation,
      'questions.0.options.0.explanation:',
    ],
    [
      'a multiple question where every option is right',
      (b: any) => (b.questions[1].answer = ['a', 'b', 'c']),
      'questions.1.answer: at least one option must be wrong',
    ],
    [
      'an id that is not kebab-case',
      (b: any) => (b.questions[0].id = 'Question One'),
      'questions.0.id: use lowercase letters',
    ],
    ['fewer than six questions', (b: any) => b.questions.splice(5), 'questions: Too small'],
    ['a question without an objective', (b: any) => delete b.questions[2].objective, 'questions.2.objective:'],
    [
      'an objective that is not a lesson objective index',
      (b: any) => (b.questions[0].objective = 0),
      'questions.0.objective:',
    ],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    expect(complaint(change)).toContain(expected);
  });
});
