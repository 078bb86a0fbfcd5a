/**
 * Which lessons a learner has opened and completed, stored under STORAGE_KEYS.lessons
 * Pure: no storage here, only the format and its rules.
 */
import { isRecord, isTimestamp } from '../guards';

/** The version this code writes. */
export const LESSONS_VERSION = 2;

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export interface LessonEntry {
  /** ISO date-time when the lesson was first opened. */
  openedAt: string;
  /** ISO date-time when the learner marked it complete; absent when not completed. */
  completedAt?: string;
}

export type LessonProgress = Record<string, LessonEntry>;

/** Result of reading a stored value: `clean` is false when anything had to be dropped or migrated. */
export interface LessonReading {
  /** The usable progress (possibly empty). */
  lessons: LessonProgress;
  /** `ok`: valid current format; `migrated`: an older format, converted; `corrupt`: unusable parts dropped. */
  state: 'empty' | 'ok' | 'migrated' | 'corrupt';
}

/** Lesson slugs are kebab-case ids, so keys like `__proto__` or `constructor` can never get in. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 100;
const MAX_LESSONS = 500;

export const isLessonSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SLUG && SLUG.test(value);

/** A record without a prototype, so no key from stored data can reach Object.prototype. */
const emptyProgress = (): LessonProgress => Object.create(null) as LessonProgress;

function parseEntry(raw: unknown): LessonEntry | undefined {
  if (!isRecord(raw) || !isTimestamp(raw.openedAt)) return undefined;
  if (raw.completedAt === undefined) return { openedAt: raw.openedAt };
  if (!isTimestamp(raw.completedAt)) return undefined;
  return { openedAt: raw.openedAt, completedAt: raw.completedAt };
}

function readV2(value: Record<string, unknown>): LessonReading {
  if (!isRecord(value.lessons)) return { lessons: emptyProgress(), state: 'corrupt' };
  const lessons = emptyProgress();
  let dropped = false;
  const entries = Object.entries(value.lessons);
  for (const [slug, raw] of entries.slice(0, MAX_LESSONS)) {
    const entry = isLessonSlug(slug) ? parseEntry(raw) : undefined;
    if (entry) lessons[slug] = entry;
    else dropped = true;
  }
  return { lessons, state: dropped || entries.length > MAX_LESSONS ? 'corrupt' : 'ok' };
}

/**
 * v1 kept two lists and no dates: `{ v: 1, opened: [slug…], completed: [slug…] }`. The dates of
 * v1 events are unknown, so they become the time of migration; a completed lesson was opened too.
 */
function migrateV1(value: Record<string, unknown>, now: Date): LessonReading {
  const { opened, completed } = value;
  if (!Array.isArray(opened) || !Array.isArray(completed)) return { lessons: emptyProgress(), state: 'corrupt' };
  const at = now.toISOString();
  const lessons = emptyProgress();
  let dropped = false;
  for (const slug of opened.slice(0, MAX_LESSONS)) {
    if (isLessonSlug(slug)) lessons[slug] = { openedAt: at };
    else dropped = true;
  }
  for (const slug of completed.slice(0, MAX_LESSONS)) {
    if (isLessonSlug(slug)) lessons[slug] = { openedAt: at, completedAt: at };
    else dropped = true;
  }
  return { lessons, state: dropped ? 'corrupt' : 'migrated' };
}

/** The migrations, by the version they read. Each returns the current (v2) shape. */
const MIGRATIONS: Record<number, (value: Record<string, unknown>, now: Date) => LessonReading> = {
  1: migrateV1,
  2: readV2,
};

/**
 * Reads a stored value of any known version and says how it went, so the store can rewrite a
 * migrated value and quarantine a corrupt one. Never throws.
 */
export function readLessonProgress(text: string | null, now: Date = new Date()): LessonReading {
  if (text === null || text === '') return { lessons: emptyProgress(), state: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { lessons: emptyProgress(), state: 'corrupt' };
  }
  if (!isRecord(value) || typeof value.v !== 'number' || !Object.hasOwn(MIGRATIONS, value.v)) {
    return { lessons: emptyProgress(), state: 'corrupt' };
  }
  return MIGRATIONS[value.v]!(value, now);
}

/**
 * The contract other tools use: the lessons by slug, migrated from v1; {} when missing or corrupt
 * (entries that are malformed are left out, valid ones kept).
 */
export function parseLessonProgress(text: string | null, now: Date = new Date()): LessonProgress {
  return readLessonProgress(text, now).lessons;
}

export function getLessonStatus(entry: LessonEntry | undefined): LessonStatus {
  if (!entry) return 'not-started';
  return entry.completedAt ? 'completed' : 'in-progress';
}

/** The stored text of some progress (always the current version). */
export function serialiseLessonProgress(lessons: LessonProgress): string {
  const sorted = Object.fromEntries(
    Object.keys(lessons)
      .sort()
      .map((slug) => [slug, lessons[slug]]),
  );
  return JSON.stringify({ v: LESSONS_VERSION, lessons: sorted });
}

/** Records a first visit; a lesson opened before keeps its first date. */
export function markOpened(lessons: LessonProgress, slug: string, now: Date): LessonProgress {
  if (!isLessonSlug(slug) || Object.hasOwn(lessons, slug)) return lessons;
  return { ...lessons, [slug]: { openedAt: now.toISOString() } };
}

/** Marks a lesson complete (opening it if needed) or, with `done` false, undoes that. */
export function setCompleted(lessons: LessonProgress, slug: string, done: boolean, now: Date): LessonProgress {
  if (!isLessonSlug(slug)) return lessons;
  const openedAt = Object.hasOwn(lessons, slug) ? lessons[slug]!.openedAt : now.toISOString();
  const next = { ...lessons };
  next[slug] = done ? { openedAt, completedAt: lessons[slug]?.completedAt ?? now.toISOString() } : { openedAt };
  return next;
}
