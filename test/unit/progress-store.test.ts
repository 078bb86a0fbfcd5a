import { describe, expect, it } from 'vitest';
import { applySnapshot, isProgressKey, resetProgress, takeSnapshot } from '../../src/lib/progress/backup';
import { parseChecklistState } from '../../src/lib/checklist/state';
import { createProgressStore, isSiteStorageKey } from '../../src/lib/progress/store';
import { STORAGE_PREFIX } from '../../src/lib/storage';
import { STORAGE_KEYS } from '../../src/lib/storage-keys';
import { MemoryStorage, createClock, readProgressFixture } from '../support/progress';

const P = STORAGE_PREFIX;
const RECORD = { v: 1, hash: 'h', best: 80, last: 60, attempts: 2, lastAt: '2025-02-01T00:00:00.000Z' };

function setup(initial: Record<string, string> = {}) {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(initial)) storage.data.set(P + key, value);
  const clock = createClock();
  const store = createProgressStore(() => storage, clock.now);
  return { storage, clock, store };
}

describe('progress store: lessons', () => {
  it('records an opening once and a completion, in the v2 format', () => {
    const { storage, store, clock } = setup();
    store.openLesson('role');
    clock.advance(60_000);
    store.openLesson('role');
    store.setLessonCompleted('role', true);
    expect(JSON.parse(storage.getItem(`${P}lessons`)!)).toEqual({
      v: 2,
      lessons: { role: { openedAt: '2025-03-01T09:00:00.000Z', completedAt: '2025-03-01T09:01:00.000Z' } },
    });
    store.setLessonCompleted('role', false);
    expect(store.readLessons()).toEqual({ role: { openedAt: '2025-03-01T09:00:00.000Z' } });
  });

  it('migrates a stored v1 value on first read and writes v2 back', () => {
    const { storage, store } = setup({ lessons: readProgressFixture('lessons-v1.json') });
    const expected = JSON.parse(readProgressFixture('lessons-v2.json'));
    expect(store.readLessons()).toEqual(expected.lessons);
    expect(JSON.parse(storage.getItem(`${P}lessons`)!)).toEqual(expected);
    expect(storage.getItem(`${P}quarantine:lessons`)).toBeNull();
  });

  it.each([
    ['not JSON', '{"v":2,"less'],
    ['a future version', '{"v":9,"lessons":{}}'],
    ['the wrong shape', '[1,2,3]'],
  ])('moves a corrupt value (%s) to quarantine:lessons instead of deleting it', (_name, text) => {
    const { storage, store } = setup({ lessons: text });
    expect(store.readLessons()).toEqual({});
    expect(storage.getItem(`${P}lessons`)).toBeNull();
    const quarantined = JSON.parse(storage.getItem(`${P}quarantine:lessons`)!);
    expect(quarantined).toEqual({ v: 1, items: [{ at: '2025-03-01T09:00:00.000Z', value: text }] });
  });

  it('keeps the valid lessons of a partly corrupt value, and quarantines the original', () => {
    const text = '{"v":2,"lessons":{"role":{"openedAt":"2025-01-01T00:00:00.000Z"},"x":{"openedAt":5}}}';
    const { storage, store } = setup({ lessons: text });
    expect(store.readLessons()).toEqual({ role: { openedAt: '2025-01-01T00:00:00.000Z' } });
    expect(JSON.parse(storage.getItem(`${P}quarantine:lessons`)!).items[0].value).toBe(text);
    expect(JSON.parse(storage.getItem(`${P}lessons`)!).lessons).toEqual({
      role: { openedAt: '2025-01-01T00:00:00.000Z' },
    });
  });

  it('appends a second corruption to the quarantine rather than overwriting the first', () => {
    const { storage, store } = setup({ lessons: 'first' });
    store.readLessons();
    storage.data.set(`${P}lessons`, 'second');
    store.readLessons();
    const items = JSON.parse(storage.getItem(`${P}quarantine:lessons`)!).items;
    expect(items.map((i: { value: string }) => i.value)).toEqual(['first', 'second']);
  });

  it('quarantines a corrupt quiz record and reads a valid one', () => {
    const { storage, store } = setup({ 'quiz:role': JSON.stringify(RECORD), 'quiz:the-work': '{"v":1,"best":"lots"' });
    expect(store.readQuiz('role')).toEqual(RECORD);
    expect(store.readQuiz('the-work')).toBeUndefined();
    expect(storage.getItem(`${P}quiz:the-work`)).toBeNull();
    expect(JSON.parse(storage.getItem(`${P}quarantine:quiz:the-work`)!).items[0].value).toBe('{"v":1,"best":"lots"');
  });

  it('reads the checklist defensively', () => {
    expect(
      parseChecklistState(setup({ 'checklist:personal-project': 'nope' }).store.read(STORAGE_KEYS.personalChecklist)),
    ).toEqual({
      v: 1,
      items: {},
    });
    const good = { v: 1, items: { 'read-books': { done: true } } };
    expect(
      parseChecklistState(
        setup({ 'checklist:personal-project': JSON.stringify(good) }).store.read(STORAGE_KEYS.personalChecklist),
      ),
    ).toEqual(good);
  });
});

describe('progress store: storage trouble', () => {
  it('works in memory when storage is blocked, and says so', () => {
    const store = createProgressStore(() => {
      throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
    });
    expect(store.persistent).toBe(false);
    store.openLesson('role');
    store.setLessonCompleted('role', true);
    expect(Object.keys(store.readLessons())).toEqual(['role']);
    expect([...takeSnapshot(store).keys()]).toEqual(['lessons']);
  });

  it('keeps what was saved readable when storage is full, and new changes in memory', () => {
    const { storage, store } = setup({ 'quiz:role': JSON.stringify(RECORD) });
    storage.failWith = 'QuotaExceededError';
    store.openLesson('role');
    expect(store.persistent).toBe(false);
    expect(store.readQuiz('role')).toEqual(RECORD);
    expect(Object.keys(store.readLessons())).toEqual(['role']);
    expect(storage.getItem(`${P}lessons`)).toBeNull();
    expect([...takeSnapshot(store).keys()]).toEqual(['lessons', 'quiz:role']);
  });

  it('works without any storage', () => {
    const store = createProgressStore(() => null);
    expect(store.persistent).toBe(false);
    expect(store.openLesson('role').role).toBeDefined();
  });
});

describe('progress store: snapshot, apply and reset', () => {
  it('snapshots every JSON value under the prefix, and nothing else', () => {
    const { storage, store } = setup({
      'quiz:role': JSON.stringify(RECORD),
      'notes:draft': 'plain text',
      'other:x': '[1]',
    });
    storage.data.set('someone-else', '{"a":1}');
    expect(Object.fromEntries(takeSnapshot(store))).toEqual({ 'quiz:role': RECORD, 'other:x': [1] });
  });

  it('applies a result exactly, leaving non-JSON values alone', () => {
    const { storage, store } = setup({ 'quiz:role': JSON.stringify(RECORD), 'notes:draft': 'plain text' });
    applySnapshot(store, new Map<string, unknown>([['lessons', { v: 2, lessons: {} }]]));
    expect(storage.dump()).toEqual([
      [`${P}lessons`, '{"v":2,"lessons":{}}'],
      [`${P}notes:draft`, 'plain text'],
    ]);
  });

  it('reset forgets progress only: lessons, quizzes, attempts, the checklist and their quarantine', () => {
    const { storage, store } = setup({
      lessons: '{"v":2,"lessons":{}}',
      'quiz:role': JSON.stringify(RECORD),
      'quiz-progress:role': '{}',
      'checklist:personal-project': '{"v":1,"items":{}}',
      'quarantine:lessons': '{}',
      'calendar:plan': '{"keep":true}',
    });
    resetProgress(store);
    expect(storage.dump()).toEqual([[`${P}calendar:plan`, '{"keep":true}']]);
  });

  it('recognises keys', () => {
    expect(isProgressKey('quiz:final')).toBe(true);
    expect(isProgressKey('quarantine:quiz:role')).toBe(true);
    expect(isProgressKey('checklist:other')).toBe(false);
    expect(isSiteStorageKey(null)).toBe(true);
    expect(isSiteStorageKey(`${P}lessons`)).toBe(true);
    expect(isSiteStorageKey('starlight-theme')).toBe(false);
  });
});
