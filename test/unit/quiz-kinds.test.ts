import { describe, expect, it } from 'vitest';
import { QuizBankSchema, type Question } from '../../src/schemas/quiz';
import { checkAnswer, emptyAnswer, isAnswered, restoreAnswer } from '../../src/lib/quiz/kinds';
import type { Answer } from '../../src/lib/quiz/types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const bank = QuizBankSchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quizzes/valid.yaml'), 'utf8')),
);
const q = (id: string): Question => bank.questions.find((question) => question.id === id)!;

describe('checkAnswer', () => {
  it.each<[string, string, Answer, boolean, number]>([
    ['single: right', 'one', 'a', true, 1],
    ['single: wrong', 'one', 'b', false, 0],
    ['single: no answer', 'one', null, false, 0],
    ['multiple: exactly right', 'two', ['a', 'b'], true, 1],
    ['multiple: right in another order', 'two', ['b', 'a'], true, 1],
    ['multiple: partly right', 'two', ['a'], false, 0.5],
    ['multiple: one right, one wrong cancel out', 'two', ['a', 'c'], false, 0],
    ['multiple: everything ticked', 'two', ['a', 'b', 'c'], false, 0.5],
    ['multiple: no answer', 'two', [], false, 0],
    ['truefalse: right', 'three', false, true, 1],
    ['truefalse: wrong', 'three', true, false, 0],
    ['truefalse: no answer', 'three', null, false, 0],
    ['matching: all right', 'four', { x: 'x', y: 'y' }, true, 1],
    ['matching: swapped', 'four', { x: 'y', y: 'x' }, false, 0],
    ['matching: one missing', 'four', { x: 'x', y: null }, false, 0],
    ['ordering: right', 'five', ['first', 'second', 'third'], true, 1],
    ['ordering: one in place', 'five', ['first', 'third', 'second'], false, 1 / 3],
    ['ordering: reversed', 'five', ['third', 'second', 'first'], false, 1 / 3],
    ['ordering: incomplete', 'five', ['first', 'second'], false, 0],
  ])('%s', (_name, id, answer, correct, partial) => {
    const verdict = checkAnswer(q(id), answer);
    expect(verdict.correct).toBe(correct);
    expect(verdict.partial).toBeCloseTo(partial);
  });
});

describe('isAnswered and emptyAnswer', () => {
  it.each(['one', 'two', 'three', 'four'])('the empty answer of %s is unanswered', (id) => {
    expect(isAnswered(q(id), emptyAnswer(q(id) as never))).toBe(false);
  });
  it('a matching question needs every pair', () => {
    expect(isAnswered(q('four'), { x: 'y', y: null })).toBe(false);
    expect(isAnswered(q('four'), { x: 'y', y: 'x' })).toBe(true);
  });
});

describe('restoreAnswer rejects saved data that does not fit', () => {
  it.each<[string, string, unknown, Answer | undefined]>([
    ['single: known id', 'one', 'b', 'b'],
    ['single: unknown id', 'one', 'zzz', undefined],
    ['single: wrong type', 'one', 3, undefined],
    ['multiple: known ids', 'two', ['a', 'c'], ['a', 'c']],
    ['multiple: an unknown id', 'two', ['a', 'nope'], undefined],
    ['multiple: not a list', 'two', 'a', undefined],
    ['truefalse: boolean', 'three', true, true],
    ['truefalse: string', 'three', 'true', undefined],
    ['matching: complete', 'four', { x: 'y', y: null }, { x: 'y', y: null }],
    ['matching: unknown key', 'four', { x: 'x', z: 'y' }, undefined],
    ['matching: __proto__ key', 'four', JSON.parse('{"__proto__": {"x": "y"}}'), undefined],
    ['matching: unknown value', 'four', { x: 'q' }, undefined],
    ['matching: null', 'four', null, undefined],
    ['ordering: a permutation', 'five', ['third', 'first', 'second'], ['third', 'first', 'second']],
    ['ordering: a duplicate', 'five', ['first', 'first', 'second'], undefined],
    ['ordering: a missing item', 'five', ['first', 'second'], undefined],
  ])('%s', (_name, id, raw, expected) => {
    expect(restoreAnswer(q(id), raw)).toEqual(expected);
  });
});
