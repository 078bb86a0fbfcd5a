import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz';
import { breakDownByLesson, drawAssessment } from '../../src/lib/quiz/assessment';
import { presentChoices } from '../../src/lib/quiz/present';
import { hashQuestions, parseProgress, parseRecord, recordAttempt } from '../../src/lib/quiz/record';
import { hasPassed, scoreVerdicts } from '../../src/lib/quiz/score';
import { shuffle } from '../../src/lib/random';

const bank = QuizBankSchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quizzes/valid.yaml'), 'utf8')),
);

describe('shuffle', () => {
  it('is reproducible for a seed and keeps every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
    expect(shuffle(items, 42)).not.toEqual(shuffle(items, 43));
    expect([...shuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('presentChoices', () => {
  it('shuffles options per attempt unless the bank says their order matters', () => {
    const question = bank.questions[1]!;
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => presentChoices(question, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
    const fixed = { ...question, shuffle: false } as typeof question;
    expect(new Set(Array.from({ length: 20 }, (_, seed) => presentChoices(fixed, seed).join())).size).toBe(1);
  });

  it('never starts an ordering question already solved', () => {
    const question = bank.questions[4]!;
    for (let seed = 0; seed < 200; seed++) {
      expect(presentChoices(question, seed)).not.toEqual(['first', 'second', 'third']);
    }
  });
});

describe('scoring', () => {
  it('counts right answers and rounds the percentage down', () => {
    const v = (correct: boolean) => ({ correct, partial: correct ? 1 : 0 });
    expect(scoreVerdicts([v(true), v(true), v(false)])).toEqual({ correct: 2, total: 3, percent: 66 });
    expect(scoreVerdicts([])).toEqual({ correct: 0, total: 0, percent: 0 });
    expect(hasPassed({ correct: 16, total: 20, percent: 80 }, 80)).toBe(true);
    expect(hasPassed({ correct: 15, total: 20, percent: 75 }, 80)).toBe(false);
    expect(hasPassed({ correct: 0, total: 0, percent: 0 }, 0)).toBe(false);
  });
});

describe('saved records', () => {
  const hash = hashQuestions(bank.questions);
  const now = new Date('2026-11-28T10:00:00Z');

  it('keep the best and last score and count attempts', () => {
    const first = recordAttempt(undefined, { correct: 3, total: 6, percent: 50 }, hash, now);
    const second = recordAttempt(first, { correct: 2, total: 6, percent: 33 }, hash, now);
    expect(second).toMatchObject({ best: 50, last: 33, attempts: 2, lastAt: now.toISOString() });
    expect(parseRecord(JSON.stringify(second))).toEqual(second);
  });

  it('remember when the best score rose, so a later pass mark can be dated', () => {
    const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00Z`);
    const score = (percent: number) => ({ correct: percent, total: 100, percent });
    let record = recordAttempt(undefined, score(50), hash, at(1));
    record = recordAttempt(record, score(85), hash, at(2));
    record = recordAttempt(record, score(60), hash, at(3));
    record = recordAttempt(record, score(100), hash, at(4));
    record = recordAttempt(record, score(100), hash, at(5));
    expect(record.bests).toEqual([
      { percent: 50, at: at(1).toISOString() },
      { percent: 85, at: at(2).toISOString() },
      { percent: 100, at: at(4).toISOString() },
    ]);
    expect(parseRecord(JSON.stringify(record))).toEqual(record);
  });

  it('drop a damaged history of best scores but keep the scores', () => {
    const base = { v: 1, hash, best: 80, last: 80, attempts: 2, lastAt: '2026-11-02T00:00:00.000Z' };
    for (const bests of [
      'nope',
      [],
      [{ percent: 90, at: '2026-11-01T00:00:00.000Z' }],
      [{ percent: 50, at: 'yesterday' }],
      [{ percent: 50, at: '2026-11-03T00:00:00.000Z' }],
      [
        { percent: 60, at: '2026-11-01T00:00:00.000Z' },
        { percent: 60, at: '2026-11-02T00:00:00.000Z' },
      ],
      [null],
    ]) {
      expect(parseRecord(JSON.stringify({ ...base, bests }))).toEqual(base);
    }
  });

  it('drop an attempt under way when the questions change, never crash on it', () => {
    const progress = JSON.stringify({ v: 1, hash, seed: 7, answers: { one: 'a' } });
    expect(parseProgress(progress, hash)).toEqual({ v: 2, hash, seed: 7, answers: { one: 'a' } });
    const changed = hashQuestions(bank.questions.slice(1));
    expect(changed).not.toBe(hash);
    expect(parseProgress(progress, changed)).toBeUndefined();
    for (const bad of [
      '',
      '[]',
      '{"v":1}',
      'nonsense',
      JSON.stringify({ v: 1, hash, seed: 1.5, answers: {} }),
      JSON.stringify({ v: 3, hash, seed: 1, answers: {} }),
      JSON.stringify({ v: 2, hash, seed: 1, answers: {}, draw: 'one' }),
      JSON.stringify({ v: 2, hash, seed: 1, answers: {}, draw: [1] }),
      JSON.stringify({ v: 2, hash, seed: 1, answers: {}, firstTry: { one: 'yes' } }),
    ]) {
      expect(parseProgress(bad, hash)).toBeUndefined();
    }
  });

  it('keep the draw, first tries and completion of an attempt', () => {
    const progress = {
      v: 2,
      hash,
      seed: 3,
      draw: ['one', 'two'],
      answers: { one: 'a' },
      firstTry: { one: true },
      done: true,
    };
    expect(parseProgress(JSON.stringify(progress), hash)).toEqual(progress);
  });

  it('hash only what decides right and wrong, so both languages share saved answers', () => {
    const reworded = bank.questions.map((q) => ({ ...q, prompt: `${q.prompt} (reworded)` }));
    expect(hashQuestions(reworded)).toBe(hash);
    const rekeyed = bank.questions.map((q) => (q.type === 'truefalse' ? { ...q, answer: !q.answer } : q));
    expect(hashQuestions(rekeyed)).not.toBe(hash);
  });

  it.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a future version', JSON.stringify({ v: 2, hash: 'x', best: 1, last: 1, attempts: 1, lastAt: '2026-01-01' })],
    ['a score over 100', JSON.stringify({ v: 1, hash: 'x', best: 101, last: 1, attempts: 1, lastAt: '2026-01-01' })],
    ['no attempts', JSON.stringify({ v: 1, hash: 'x', best: 1, last: 1, attempts: 0, lastAt: '2026-01-01' })],
    ['a bad date', JSON.stringify({ v: 1, hash: 'x', best: 1, last: 1, attempts: 1, lastAt: 'yesterday' })],
  ])('ignore %s', (_name, text) => {
    expect(parseRecord(text)).toBeUndefined();
  });
});

describe('final assessment', () => {
  const banks: QuizBank[] = ['a', 'b', 'c'].map((lesson) => ({
    lesson,
    questions: bank.questions.map((q) => ({ ...q, id: `${lesson}-${q.id}` })),
  }));

  it('draws the requested number, spread evenly, reproducibly, without repeats', () => {
    const drawn = drawAssessment(banks, 1, 10);
    expect(drawn).toHaveLength(10);
    expect(drawAssessment(banks, 1, 10)).toEqual(drawn);
    expect(new Set(drawn.map((d) => d.questionId)).size).toBe(10);
    const perLesson = ['a', 'b', 'c'].map((l) => drawn.filter((d) => d.lesson === l).length).sort();
    expect(perLesson).toEqual([3, 3, 4]);
    expect(drawn.every((d) => d.questionId.startsWith(`${d.lesson}-`))).toBe(true);
  });

  it('never draws more than the banks hold', () => {
    expect(drawAssessment(banks, 5, 100)).toHaveLength(18);
  });

  it('gives every lesson a question before any gets a second, and never repeats an objective while fresh ones remain', () => {
    const wide = Array.from({ length: 16 }, (_, n) => ({
      lesson: `l${n}`,
      questions: Array.from({ length: 9 }, (__, i) => ({ id: `q${i}`, objective: (i % 4) + 1 })),
    }));
    for (const seed of [1, 2, 3, 99, 12345]) {
      const drawn = drawAssessment(wide, seed, 20);
      expect(drawn).toHaveLength(20);
      expect(new Set(drawn.map((d) => d.lesson)).size).toBe(16);
      const objectives = drawn.map((d) => `${d.lesson}#${(Number(d.questionId.slice(1)) % 4) + 1}`);
      expect(new Set(objectives).size).toBe(20);
    }
  });

  it('fills up with repeated objectives only when the fresh ones run out', () => {
    const narrow = [{ lesson: 'x', questions: ['a', 'b', 'c'].map((id) => ({ id, objective: 1 })) }];
    expect(drawAssessment(narrow, 4, 2)).toHaveLength(2);
  });

  it('breaks results down per lesson', () => {
    const drawn = [
      { lesson: 'a', questionId: 'a-one' },
      { lesson: 'a', questionId: 'a-two' },
      { lesson: 'b', questionId: 'b-one' },
    ];
    const v = (correct: boolean) => ({ correct, partial: 0 });
    expect(breakDownByLesson(drawn, [v(true), v(false), v(true)])).toEqual([
      { lesson: 'a', correct: 1, total: 2 },
      { lesson: 'b', correct: 1, total: 1 },
    ]);
  });
});
