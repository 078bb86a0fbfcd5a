import { describe, expect, it } from 'vitest';
import {
  getLessonStatus,
  markOpened,
  parseLessonProgress,
  readLessonProgress,
  serialiseLessonProgress,
  setCompleted,
  type LessonProgress,
} from '../../src/lib/progress/lessons';
import { mergeLessonProgress } from '../../src/lib/progress/merge';
import { canonicalJson } from '../../src/lib/progress/transfer';
import { readProgressFixture } from '../support/progress';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const LATER = new Date('2025-03-02T09:00:00.000Z');
const v2 = (lessons: unknown) => JSON.stringify({ v: 2, lessons });

describe('parseLessonProgress (the contract)', () => {
  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{"v":2,'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"lessons"'],
    ['no version', '{"lessons":{}}'],
    ['a future version', '{"v":3,"lessons":{"role":{"openedAt":"2025-01-01T00:00:00.000Z"}}}'],
    ['a version as text', '{"v":"2","lessons":{}}'],
    ['v2 without lessons', '{"v":2}'],
    ['v2 with lessons as a list', '{"v":2,"lessons":["role"]}'],
    ['v1 without lists', '{"v":1,"opened":"role"}'],
  ])('gives {} for %s', (_name, text) => {
    expect(parseLessonProgress(text, NOW)).toEqual({});
  });

  it('reads v2 entries and keeps valid ones when others are malformed', () => {
    const text = v2({
      role: { openedAt: '2025-01-01T10:00:00.000Z', completedAt: '2025-01-02T10:00:00.000Z' },
      'the-work': { openedAt: '2025-01-03T10:00:00Z' },
      'bad-date': { openedAt: 'yesterday' },
      'bad-completion': { openedAt: '2025-01-01T10:00:00.000Z', completedAt: 42 },
      'Not A Slug': { openedAt: '2025-01-01T10:00:00.000Z' },
      'no-entry': null,
    });
    expect(parseLessonProgress(text, NOW)).toEqual({
      role: { openedAt: '2025-01-01T10:00:00.000Z', completedAt: '2025-01-02T10:00:00.000Z' },
      'the-work': { openedAt: '2025-01-03T10:00:00Z' },
    });
    expect(readLessonProgress(text, NOW).state).toBe('corrupt');
  });

  it('never lets __proto__ or constructor in, and never pollutes Object.prototype', () => {
    const text =
      '{"v":2,"lessons":{"__proto__":{"openedAt":"2025-01-01T10:00:00.000Z","polluted":1},"constructor":{"openedAt":"2025-01-01T10:00:00.000Z"}}}';
    const lessons = parseLessonProgress(text, NOW);
    expect(Object.keys(lessons)).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const v1 = parseLessonProgress('{"v":1,"opened":["__proto__","role"],"completed":[]}', NOW);
    expect(Object.keys(v1)).toEqual(['role']);
  });
});

describe('v1 → v2 migration', () => {
  it('turns the v1 fixture into the v2 fixture, stamping the unknown dates with the migration time', () => {
    const reading = readLessonProgress(readProgressFixture('lessons-v1.json'), NOW);
    expect(reading.state).toBe('migrated');
    const expected = JSON.parse(readProgressFixture('lessons-v2.json')) as { lessons: LessonProgress };
    expect(reading.lessons).toEqual(expected.lessons);
    expect(canonicalJson(JSON.parse(serialiseLessonProgress(reading.lessons)))).toBe(canonicalJson(expected));
  });

  it('reads the migrated text back unchanged (v2 is stable)', () => {
    const migrated = serialiseLessonProgress(parseLessonProgress(readProgressFixture('lessons-v1.json'), NOW));
    const reading = readLessonProgress(migrated, LATER);
    expect(reading.state).toBe('ok');
    expect(serialiseLessonProgress(reading.lessons)).toBe(migrated);
  });

  it('marks a v1 file with junk in its lists as corrupt but keeps the good slugs', () => {
    const reading = readLessonProgress('{"v":1,"opened":["role",7,"<script>"],"completed":[null]}', NOW);
    expect(reading.state).toBe('corrupt');
    expect(Object.keys(reading.lessons)).toEqual(['role']);
  });
});

describe('lesson status and changes', () => {
  it.each([
    [undefined, 'not-started'],
    [{ openedAt: '2025-01-01T10:00:00.000Z' }, 'in-progress'],
    [{ openedAt: '2025-01-01T10:00:00.000Z', completedAt: '2025-01-01T11:00:00.000Z' }, 'completed'],
  ] as const)('getLessonStatus(%j) is %s', (entry, status) => {
    expect(getLessonStatus(entry)).toBe(status);
  });

  it('keeps the first opening date', () => {
    const once = markOpened({}, 'role', NOW);
    expect(markOpened(once, 'role', LATER)).toBe(once);
    expect(once.role).toEqual({ openedAt: NOW.toISOString() });
    expect(markOpened({}, '__proto__', NOW)).toEqual({});
  });

  it('marks complete, keeps the first completion date, and undoes without losing the opening date', () => {
    const opened = markOpened({}, 'role', NOW);
    const done = setCompleted(opened, 'role', true, LATER);
    expect(done.role).toEqual({ openedAt: NOW.toISOString(), completedAt: LATER.toISOString() });
    expect(setCompleted(done, 'role', true, new Date('2026-01-01T00:00:00.000Z')).role).toEqual(done.role);
    expect(setCompleted(done, 'role', false, LATER).role).toEqual({ openedAt: NOW.toISOString() });
    expect(setCompleted({}, 'capstone', true, NOW).capstone).toEqual({
      openedAt: NOW.toISOString(),
      completedAt: NOW.toISOString(),
    });
  });
});

describe('mergeLessonProgress', () => {
  const a: LessonProgress = {
    role: { openedAt: '2025-01-05T00:00:00.000Z' },
    'the-work': { openedAt: '2025-01-01T00:00:00.000Z', completedAt: '2025-01-09T00:00:00.000Z' },
  };
  const b: LessonProgress = {
    role: { openedAt: '2025-01-02T00:00:00.000Z', completedAt: '2025-01-03T00:00:00.000Z' },
    'the-work': { openedAt: '2025-01-04T00:00:00.000Z', completedAt: '2025-01-05T00:00:00.000Z' },
    capstone: { openedAt: '2025-01-07T00:00:00.000Z' },
  };

  it('takes the earliest opening, keeps a completion from either side (the earliest), and adds new lessons', () => {
    expect(mergeLessonProgress(a, b)).toEqual({
      role: { openedAt: '2025-01-02T00:00:00.000Z', completedAt: '2025-01-03T00:00:00.000Z' },
      'the-work': { openedAt: '2025-01-01T00:00:00.000Z', completedAt: '2025-01-05T00:00:00.000Z' },
      capstone: { openedAt: '2025-01-07T00:00:00.000Z' },
    });
  });

  it('is symmetric and idempotent', () => {
    expect(mergeLessonProgress(a, b)).toEqual(mergeLessonProgress(b, a));
    const merged = mergeLessonProgress(a, b);
    expect(mergeLessonProgress(merged, b)).toEqual(merged);
    expect(mergeLessonProgress(a, a)).toEqual(a);
  });
});
