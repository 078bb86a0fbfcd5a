/**
 * Learner progress over an injected storage (localStorage in the browser, a fake in tests). Values
 * are validated on every read: an older format is migrated and written back; a corrupt value is
 * moved to `quarantine:<key>` (nothing is deleted) and a clean one takes its place. When storage
 * is blocked or full, everything keeps working in memory and `persistent` turns false.
 * Kept small because every lesson page loads it; export, import and reset live in backup.ts.
 */
import { parseRecord, type QuizRecord } from '../quiz/record';
import { createSafeStore, STORAGE_PREFIX, type KeyValueStorage, type SafeStore } from '../storage';
import { quarantineKey, quizRecordKey, STORAGE_KEYS } from '../storage-keys';
import { markOpened, readLessonProgress, serialiseLessonProgress, setCompleted, type LessonProgress } from './lessons';

/** Web Storage with enumeration, which export needs. */
export interface EnumerableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

export interface ProgressStore extends SafeStore {
  /** Every key (without the prefix) that holds a value, sorted. */
  keys(): string[];
  readLessons(): LessonProgress;
  openLesson(slug: string): LessonProgress;
  setLessonCompleted(slug: string, done: boolean): LessonProgress;
  /** A quiz's record (`quiz:<id>`), or undefined when none or it was corrupt (then quarantined). */
  readQuiz(id: string): QuizRecord | undefined;
}

// Kept in storage.ts, so that pages which only read progress need not load this module.
export { isSiteStorageKey } from '../storage';

/**
 * `shared` is the page's one safe store when there is one (src/scripts/toolkit/site-store.ts), so
 * that progress written in memory, when storage fails, is seen by every widget of the page.
 */
export function createProgressStore(
  getStorage: () => EnumerableStorage | null | undefined,
  now: () => Date = () => new Date(),
  shared?: SafeStore,
): ProgressStore {
  let raw: EnumerableStorage | null = null;
  let failure: unknown = null;
  try {
    raw = getStorage() ?? null;
  } catch (error) {
    failure = error ?? new Error('storage unavailable');
  }
  const safe =
    shared ??
    createSafeStore(() => {
      if (failure) throw failure;
      return raw;
    });
  // Keys written while storage fails live in the safe store's memory, which cannot be listed.
  const touched = new Set<string>();
  const write = (key: string, value: string) => {
    touched.add(key);
    return safe.write(key, value);
  };

  /** Appends the unreadable text to `quarantine:<key>` and clears the key. */
  function quarantine(key: string, text: string) {
    const qKey = quarantineKey(key);
    const previous = safe.read(qKey);
    let items: unknown[] = [];
    if (previous !== null) {
      try {
        const list = (JSON.parse(previous) as { items?: unknown } | null)?.items;
        items = Array.isArray(list) ? list : [{ value: previous }];
      } catch {
        items = [{ value: previous }];
      }
    }
    write(qKey, JSON.stringify({ v: 1, items: [...items, { at: now().toISOString(), value: text }] }));
    safe.remove(key);
  }

  function readLessons(): LessonProgress {
    const text = safe.read(STORAGE_KEYS.lessons);
    const { lessons, state } = readLessonProgress(text, now());
    if (state === 'corrupt') {
      quarantine(STORAGE_KEYS.lessons, text!);
      if (Object.keys(lessons).length) write(STORAGE_KEYS.lessons, serialiseLessonProgress(lessons));
    } else if (state === 'migrated') write(STORAGE_KEYS.lessons, serialiseLessonProgress(lessons));
    return lessons;
  }

  const saveLessons = (lessons: LessonProgress) => {
    write(STORAGE_KEYS.lessons, serialiseLessonProgress(lessons));
    return lessons;
  };

  return {
    get persistent() {
      return safe.persistent;
    },
    read: safe.read,
    write,
    remove: safe.remove,
    keys() {
      const keys = new Set(touched);
      try {
        for (let i = 0; raw && i < raw.length; i++) {
          const full = raw.key(i);
          if (full?.startsWith(STORAGE_PREFIX)) keys.add(full.slice(STORAGE_PREFIX.length));
        }
      } catch {
        // Blocked storage cannot be listed; the touched keys are all there is.
      }
      keys.delete(STORAGE_KEYS.probe);
      return [...keys].filter((key) => safe.read(key) !== null).sort();
    },
    readLessons,
    openLesson(slug) {
      const lessons = readLessons();
      const next = markOpened(lessons, slug, now());
      return next === lessons ? lessons : saveLessons(next);
    },
    setLessonCompleted(slug, done) {
      return saveLessons(setCompleted(readLessons(), slug, done, now()));
    },
    readQuiz(id) {
      const key = quizRecordKey(id);
      const text = safe.read(key);
      const record = parseRecord(text);
      if (text !== null && !record) quarantine(key, text);
      return record;
    },
  };
}
