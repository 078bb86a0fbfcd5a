import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../src/schemas/quiz';
import { checkAnswer, emptyAnswer, isAnswered, restoreAnswer } from '../../src/lib/quiz/kinds';
import { describeNumericAnswer, formatNumber } from '../../src/lib/quiz/numeric';

const question = QuestionSchema.parse({
  id: 'er',
  type: 'numeric',
  objective: 1,
  prompt: 'What is the engagement rate by reach?',
  answer: 3.75,
  tolerance: 0.05,
  unit: '%',
  explanation: '690 interactions ÷ 18,400 reach × 100 = 3.75 %.',
});
const exact = QuestionSchema.parse({ ...question, id: 'exact', tolerance: undefined, answer: 0.3, unit: undefined });

describe('numeric questions', () => {
  it('accept answers within the tolerance and refuse those outside it', () => {
    expect(checkAnswer(question, 3.75)).toEqual({ correct: true, partial: 1 });
    expect(checkAnswer(question, 3.8)).toEqual({ correct: true, partial: 1 });
    expect(checkAnswer(question, 3.7)).toEqual({ correct: true, partial: 1 });
    expect(checkAnswer(question, 3.81)).toEqual({ correct: false, partial: 0 });
    expect(checkAnswer(question, 37.5)).toEqual({ correct: false, partial: 0 });
  });

  it('default to an exact answer, with room only for floating-point error', () => {
    expect(exact.type === 'numeric' && exact.tolerance).toBe(0);
    expect(checkAnswer(exact, 0.1 + 0.2).correct).toBe(true);
    expect(checkAnswer(exact, 0.31).correct).toBe(false);
  });

  it('treat no number as unanswered, and restore only finite numbers', () => {
    expect(emptyAnswer(question as never)).toBeNull();
    expect(isAnswered(question, null)).toBe(false);
    expect(checkAnswer(question, null).correct).toBe(false);
    expect(restoreAnswer(question, 3.75)).toBe(3.75);
    for (const raw of ['3.75', null, Infinity, Number.NaN, {}, [3.75]])
      expect(restoreAnswer(question, raw)).toBeUndefined();
  });

  it('are described in the page language, with the accepted range', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'bg')).toMatch(/^1\s?234,5$/);
    expect(describeNumericAnswer(question as never, 'en')).toEqual({
      value: '3.75 %',
      range: { min: '3.7 %', max: '3.8 %' },
    });
    expect(describeNumericAnswer(question as never, 'bg')).toEqual({
      value: '3,75 %',
      range: { min: '3,7 %', max: '3,8 %' },
    });
    expect(describeNumericAnswer(exact as never, 'en')).toEqual({ value: '0.3' });
  });

  it('must explain the calculation and cannot have a negative tolerance', () => {
    expect(QuestionSchema.safeParse({ ...question, tolerance: -1 }).success).toBe(false);
    expect(QuestionSchema.safeParse({ ...question, explanation: 'short' }).success).toBe(false);
    expect(QuestionSchema.safeParse({ ...question, answer: 'x' }).success).toBe(false);
  });
});
