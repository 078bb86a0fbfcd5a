import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/lib/random';
import type { QuizRecord } from '../../src/lib/quiz/record';
import { applySnapshot, buildExport, resetProgress, takeSnapshot } from '../../src/lib/progress/backup';
import { mergeChecklist, mergeQuizRecords } from '../../src/lib/progress/merge';
import { createProgressStore } from '../../src/lib/progress/store';
import {
  MAX_IMPORT_BYTES,
  canonicalJson,
  parseImport,
  planImport,
  type ProgressData,
} from '../../src/lib/progress/transfer';
import { STORAGE_PREFIX } from '../../src/lib/storage';
import { MemoryStorage, createClock, readProgressFixture } from '../support/progress';

const NOW = new Date('2025-03-03T12:00:00.000Z');
const P = STORAGE_PREFIX;
const EXPORT = readProgressFixture('export-v1.json');
const file = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...(JSON.parse(EXPORT) as Record<string, unknown>), ...patch });
const withData = (data: Record<string, unknown>) => file({ data });
const record = (best: number, last: number, attempts: number, lastAt: string, hash = 'h'): QuizRecord => ({
  v: 1,
  hash,
  best,
  last,
  attempts,
  lastAt,
});

/** A device holding some progress, with the raw bytes to compare against later. */
function device() {
  const storage = new MemoryStorage();
  const set = (key: string, value: unknown) => storage.data.set(P + key, JSON.stringify(value));
  set('lessons', {
    v: 2,
    lessons: {
      role: { openedAt: '2025-01-20T08:00:00.000Z' },
      capstone: { openedAt: '2025-01-21T08:00:00.000Z' },
    },
  });
  set('quiz:role', record(90, 40, 2, '2025-01-30T08:00:00.000Z', 'r1'));
  set('checklist:personal-project', { v: 1, items: { 'start-blog': { done: true, note: 'Mine' } } });
  set('calendar:plan', { posts: 3 });
  storage.data.set(`${P}notes:draft`, 'not json <b>');
  const store = createProgressStore(() => storage, createClock('2025-03-03T12:00:00.000Z').now);
  return { storage, store };
}

describe('export', () => {
  it('writes the documented envelope and round-trips through import unchanged', () => {
    const { store } = device();
    const text = buildExport(takeSnapshot(store), NOW);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ schema: 'smm-academy-progress', version: 1, exportedAt: NOW.toISOString() });
    expect(Object.keys(parsed.data)).toEqual(['calendar:plan', 'checklist:personal-project', 'lessons', 'quiz:role']);
    const result = parseImport(text, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(canonicalJson(Object.fromEntries(result.data))).toBe(canonicalJson(Object.fromEntries(takeSnapshot(store))));
  });

  it('export → clear → import (replace) restores the same bytes', () => {
    const { storage, store } = device();
    const before = storage.dump();
    const text = buildExport(takeSnapshot(store), NOW);
    applySnapshot(store, new Map());
    resetProgress(store);
    const result = parseImport(text, NOW);
    if (!result.ok) throw new Error('export did not import');
    applySnapshot(store, planImport(takeSnapshot(store), result.data, 'replace', NOW).result);
    expect(storage.dump()).toEqual(before);
  });
});

describe('import validation', () => {
  it.each([
    ['not JSON', 'hello, world', 'not-json'],
    ['empty', '', 'not-json'],
    ['truncated', EXPORT.slice(0, EXPORT.length / 2), 'not-json'],
    ['JSON of another kind', '{"name":"package"}', 'wrong-schema'],
    ['an array', '[]', 'wrong-schema'],
    ['null', 'null', 'wrong-schema'],
    ['another schema', file({ schema: 'other-app' }), 'wrong-schema'],
    ['a version as text', file({ version: '1' }), 'wrong-schema'],
    ['version 0', file({ version: 0 }), 'wrong-schema'],
    ['a fractional version', file({ version: 1.5 }), 'wrong-schema'],
    ['a newer version', file({ version: 2 }), 'newer-version'],
    ['no date', file({ exportedAt: undefined }), 'damaged'],
    ['a bad date', file({ exportedAt: 'last Tuesday' }), 'damaged'],
    ['data as a list', file({ data: [] }), 'damaged'],
    ['a __proto__ key', withData(JSON.parse('{"__proto__":{"polluted":1}}')), 'damaged'],
    ['a key with a newline', withData({ 'a\nb': 1 }), 'damaged'],
    ['an over-long key', withData({ ['k'.repeat(201)]: 1 }), 'damaged'],
    ['corrupt lessons', withData({ lessons: { v: 2, lessons: { role: { openedAt: 'soon' } } } }), 'damaged'],
    ['future lessons', withData({ lessons: { v: 3, lessons: {} } }), 'damaged'],
    ['a corrupt quiz record', withData({ 'quiz:role': { v: 1, best: 'lots' } }), 'damaged'],
    ['a corrupt checklist', withData({ 'checklist:personal-project': { v: 1, items: [] } }), 'damaged'],
    ['too deep a value', withData({ deep: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) }), 'damaged'],
  ])('refuses %s with a reason', (_name, text, error) => {
    const result = parseImport(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('refuses files over 1 MiB, counting bytes not characters', () => {
    const padded = (length: number, char: string) => file({ pad: char.repeat(length) });
    const base = file({ pad: '' }).length;
    expect(parseImport(padded(MAX_IMPORT_BYTES - base, 'a'), NOW).ok).toBe(true);
    expect(parseImport(padded(MAX_IMPORT_BYTES - base + 1, 'a'), NOW)).toEqual({ ok: false, error: 'too-large' });
    // Cyrillic letters take two bytes each in UTF-8.
    expect(parseImport(padded(Math.ceil((MAX_IMPORT_BYTES - base) / 2) + 1, 'я'), NOW)).toEqual({
      ok: false,
      error: 'too-large',
    });
  });

  it('accepts a byte-order mark, and migrates v1 lessons in a file', () => {
    const result = parseImport(`\uFEFF${withData({ lessons: { v: 1, opened: ['role'], completed: [] } })}`, NOW);
    expect(result.ok && result.data.get('lessons')).toEqual({
      v: 2,
      lessons: { role: { openedAt: NOW.toISOString() } },
    });
  });

  it('treats script-like text as plain data', () => {
    const result = parseImport(withData({ 'notes:x': '<script>alert(1)</script>' }), NOW);
    expect(result.ok && result.data.get('notes:x')).toBe('<script>alert(1)</script>');
  });
});

describe('merge rules', () => {
  it('quiz records: better best, larger attempt count (not the sum), latest score from the later attempt', () => {
    const here = record(90, 40, 2, '2025-01-30T08:00:00.000Z', 'old');
    const there = record(70, 70, 3, '2025-02-04T08:00:00.000Z', 'new');
    expect(mergeQuizRecords(here, there)).toEqual(record(90, 70, 3, '2025-02-04T08:00:00.000Z', 'new'));
    expect(mergeQuizRecords(there, here)).toEqual(mergeQuizRecords(here, there));
    expect(mergeQuizRecords(here, here)).toEqual(here);
  });

  it('quiz records: histories of rising bests merge in time order', () => {
    const rise = (percent: number, day: number) => ({ percent, at: `2025-02-0${day}T08:00:00.000Z` });
    const here = { ...record(90, 40, 2, '2025-02-05T08:00:00.000Z', 'x'), bests: [rise(50, 1), rise(90, 5)] };
    const there = { ...record(85, 85, 1, '2025-02-03T08:00:00.000Z', 'x'), bests: [rise(85, 3)] };
    const merged = mergeQuizRecords(here, there);
    expect(merged.bests).toEqual([rise(50, 1), rise(85, 3), rise(90, 5)]);
    expect(mergeQuizRecords(there, here)).toEqual(merged);
    expect(mergeQuizRecords(merged, merged)).toEqual(merged);
    expect(mergeQuizRecords(here, record(95, 95, 1, '2025-02-06T08:00:00.000Z', 'x')).bests).toEqual(here.bests);
  });

  it('checklist: done on either side stays done; a note here wins, a note there fills a blank', () => {
    const merged = mergeChecklist(
      { v: 1, items: { a: { done: false, note: 'here' }, b: { done: true } } },
      { v: 1, items: { a: { done: true, note: 'there' }, b: { done: false, note: 'there' }, c: { done: true } } },
    );
    expect(merged).toEqual({
      v: 1,
      items: { a: { done: true, note: 'here' }, b: { done: true, note: 'there' }, c: { done: true } },
    });
  });

  it('previews a merge per key and per lesson, and keeps keys the file lacks', () => {
    const { store } = device();
    const result = parseImport(EXPORT, NOW);
    if (!result.ok) throw new Error('fixture must import');
    const plan = planImport(takeSnapshot(store), result.data, 'merge', NOW);
    expect(plan.changes).toEqual([
      { key: 'calendar:plan', status: 'unchanged' },
      { key: 'checklist:personal-project', status: 'changed' },
      { key: 'lessons', lesson: 'capstone', status: 'unchanged' },
      { key: 'lessons', lesson: 'role', status: 'changed' },
      { key: 'lessons', lesson: 'the-work', status: 'added' },
      { key: 'quiz-progress:the-work', status: 'added' },
      { key: 'quiz:final', status: 'added' },
      { key: 'quiz:role', status: 'changed' },
    ]);
    expect(plan.result.get('quiz:role')).toEqual(record(90, 70, 3, '2025-02-04T08:00:00.000Z', 'r2'));
    expect((plan.result.get('lessons') as { lessons: unknown }).lessons).toEqual({
      role: { openedAt: '2025-01-20T08:00:00.000Z', completedAt: '2025-02-01T09:00:00.000Z' },
      capstone: { openedAt: '2025-01-21T08:00:00.000Z' },
      'the-work': { openedAt: '2025-02-03T08:00:00.000Z' },
    });
  });

  it('importing the same file twice with merge changes nothing the second time', () => {
    const { storage, store } = device();
    const result = parseImport(EXPORT, NOW);
    if (!result.ok) throw new Error('fixture must import');
    applySnapshot(store, planImport(takeSnapshot(store), result.data, 'merge', NOW).result);
    const after = storage.dump();
    const again = planImport(takeSnapshot(store), result.data, 'merge', NOW);
    expect(again.changes.every((c) => c.status === 'unchanged')).toBe(true);
    applySnapshot(store, again.result);
    expect(storage.dump()).toEqual(after);
  });

  it('previews a replace with removals, and applying it leaves exactly the file’s data', () => {
    const { store } = device();
    const result = parseImport(EXPORT, NOW);
    if (!result.ok) throw new Error('fixture must import');
    const plan = planImport(takeSnapshot(store), result.data, 'replace', NOW);
    expect(plan.changes).toContainEqual({ key: 'calendar:plan', status: 'removed' });
    expect(plan.changes).toContainEqual({ key: 'lessons', lesson: 'capstone', status: 'removed' });
    applySnapshot(store, plan.result);
    expect(canonicalJson(Object.fromEntries(takeSnapshot(store)))).toBe(canonicalJson(Object.fromEntries(result.data)));
  });
});

/** Inputs meant to break the importer: random bytes, mutated exports, huge, script, prototype tricks. */
function* fuzzInputs(): Generator<string> {
  const random = createRandom(20250303);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const randomText = (length: number, max: number) =>
    Array.from({ length }, () => String.fromCharCode(Math.floor(random() * max))).join('');
  for (let i = 0; i < 400; i++) yield randomText(Math.floor(random() * 300), pick([128, 256, 0xffff]));
  for (let i = 0; i < 400; i++) {
    // Flip, drop or duplicate a few characters of a real export.
    const chars = [...EXPORT];
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
      const at = Math.floor(random() * chars.length);
      const op = random();
      if (op < 0.4) chars[at] = String.fromCharCode(Math.floor(random() * 128));
      else if (op < 0.7) chars.splice(at, 1);
      else chars.splice(at, 0, chars[at]!);
    }
    yield chars.join('');
  }
  const evil: unknown[] = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    { __proto__: null, polluted: true },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    [[[[[[[[]]]]]]]],
    1e308,
    -0,
    null,
    true,
    '\u0000\u2028\u2029\uD800',
  ];
  const keys = ['lessons', 'quiz:role', 'quiz:final', 'checklist:personal-project', 'x', '__proto__', 'constructor'];
  for (let i = 0; i < 300; i++) {
    const data: Record<string, unknown> = JSON.parse(EXPORT).data;
    Object.defineProperty(data, pick(keys), {
      value: pick(evil),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    yield withData(data);
    if (i % 3 === 0)
      yield `{"schema":"smm-academy-progress","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","data":{"__proto__":${JSON.stringify(pick(evil)) ?? 'null'}}}`;
  }
  yield 'x'.repeat(MAX_IMPORT_BYTES + 1);
  yield withData({ big: 'я'.repeat(MAX_IMPORT_BYTES / 2) });
  yield `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  yield withData({ deep: 1 }).replace('"deep":1', `"deep":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
  yield withData(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])));
}

describe('import fuzzing', () => {
  it('never throws, never pollutes prototypes, and never changes saved data on 1,000+ hostile inputs', () => {
    const { storage, store } = device();
    takeSnapshot(store); // settle any migration, so only the importer could write afterwards
    const before = storage.dump();
    let count = 0;
    let accepted = 0;
    for (const input of fuzzInputs()) {
      count++;
      let result: ReturnType<typeof parseImport>;
      expect(() => (result = parseImport(input, NOW))).not.toThrow();
      if (result!.ok) {
        accepted++;
        const data: ProgressData = result!.data;
        for (const mode of ['merge', 'replace'] as const) {
          expect(() => planImport(takeSnapshot(store), data, mode, NOW)).not.toThrow();
        }
      } else expect(typeof result!.error).toBe('string');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(count).toBeGreaterThanOrEqual(1000);
    expect(accepted).toBeGreaterThan(10); // some mutations stay valid, so planning is exercised too
    expect(storage.dump()).toEqual(before);
  });

  it('refuses non-string input without throwing', () => {
    for (const value of [undefined, null, 42, {}, [], new ArrayBuffer(8)]) {
      expect(parseImport(value, NOW)).toEqual({ ok: false, error: 'damaged' });
    }
  });
});
