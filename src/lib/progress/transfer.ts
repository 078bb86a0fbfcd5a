/**
 * Import of the file that backup.ts exports (everything the site keeps on a device):
 * `{ schema: "smm-academy-progress", version: 1, exportedAt, data: { <key>: <value> } }`.
 * Importing is two steps — validate and plan (pure, writes nothing), then the learner applies the
 * plan — so a bad file can never touch saved progress. The progress page loads this module only
 * when the learner picks a file.
 */
import { EXPORT_SCHEMA, EXPORT_VERSION, type ProgressData } from './backup';
import { readLessonProgress, type LessonProgress } from './lessons';
import { mergeChecklist, mergeLessonProgress, mergeQuizRecords, readChecklistValue, readQuizValue } from './merge';
import { isRecord, isTimestamp } from '../guards';
import { mergeDecks, readDeckValue } from '../review/deck';
import { classifyKey } from '../storage-key-kinds';
import { STORAGE_KEYS } from '../storage-keys';

export type { ProgressData };

/** Files over 1 MiB are refused before they are parsed: real progress is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_KEYS = 1000;
const MAX_KEY_LENGTH = 200;
const MAX_DEPTH = 32;

export type ImportError = 'too-large' | 'not-json' | 'wrong-schema' | 'newer-version' | 'damaged';
export type ImportResult =
  { ok: true; data: ProgressData; exportedAt: string } | { ok: false; error: ImportError; key?: string };

export type ImportMode = 'merge' | 'replace';
export type ChangeStatus = 'added' | 'changed' | 'unchanged' | 'removed';
export interface Change {
  key: string;
  /** For the `lessons` key, one change per lesson. */
  lesson?: string;
  status: ChangeStatus;
}
export interface ImportPlan {
  /** What every key will hold afterwards; keys absent here are removed. */
  result: ProgressData;
  changes: Change[];
}

/**
 * A key another tool could have written: printable, short, and not a name with a special meaning
 * to JavaScript objects (values live in Maps here, but storage keys end up in objects elsewhere).
 */
export function isStorageKey(key: string): boolean {
  return (
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    /^[A-Za-z0-9]/.test(key) &&
    !/[\u0000-\u001f\u007f]/.test(key) &&
    key !== 'constructor' &&
    key !== 'prototype'
  );
}

/** True when nesting stays within MAX_DEPTH (checked without recursion, so it cannot overflow). */
function isShallow(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= MAX_DEPTH) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

/** JSON with object keys sorted, so equal data compares equal whatever order it was written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const lessonsOf = (value: unknown, now: Date): LessonProgress | undefined => {
  const reading = readLessonProgress(JSON.stringify(value), now);
  return reading.state === 'ok' || reading.state === 'migrated' ? reading.lessons : undefined;
};

/** Brings a value of a key we know to its current, clean shape; undefined when it is invalid. */
export function normaliseValue(key: string, value: unknown, now: Date): unknown {
  if (key === STORAGE_KEYS.lessons) {
    const lessons = lessonsOf(value, now);
    return lessons && { v: 2, lessons: { ...lessons } };
  }
  if (key === STORAGE_KEYS.personalChecklist) return readChecklistValue(value);
  if (key === STORAGE_KEYS.reviewDeck) return deckOf(value);
  if (classifyKey(key).kind === 'quiz-record') return readQuizValue(value);
  return value;
}

/** True when the UTF-8 encoding of `text` is longer than `limit` bytes (one char is 1–3 bytes). */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

function validate(text: string, now: Date): ImportResult {
  if (exceedsBytes(text, MAX_IMPORT_BYTES)) return { ok: false, error: 'too-large' };
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(file) || file.schema !== EXPORT_SCHEMA) return { ok: false, error: 'wrong-schema' };
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'wrong-schema' };
  }
  if (version > EXPORT_VERSION) return { ok: false, error: 'newer-version' };
  if (!isTimestamp(file.exportedAt) || !isRecord(file.data)) return { ok: false, error: 'damaged' };
  const entries = Object.entries(file.data);
  if (entries.length > MAX_KEYS) return { ok: false, error: 'damaged' };
  const data: ProgressData = new Map();
  for (const [key, value] of entries) {
    if (!isStorageKey(key) || !isShallow(value)) return { ok: false, error: 'damaged', key: key.slice(0, 60) };
    const clean = normaliseValue(key, value, now);
    if (clean === undefined) return { ok: false, error: 'damaged', key };
    data.set(key, clean);
  }
  return { ok: true, data, exportedAt: file.exportedAt };
}

/** Checks an import file's text. Never throws: anything unexpected counts as a damaged file. */
export function parseImport(text: unknown, now: Date = new Date()): ImportResult {
  if (typeof text !== 'string') return { ok: false, error: 'damaged' };
  try {
    return validate(text, now);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

/** A deck this version can read in full (one from a newer version is refused, not half-imported). */
function deckOf(value: unknown) {
  const reading = readDeckValue(value);
  return reading.state === 'ok' || reading.state === 'cleaned' ? reading.deck : undefined;
}

/** Merges one key's values: the better of both for the records we understand, else this device's. */
export function mergeValue(key: string, local: unknown, incoming: unknown, now: Date): unknown {
  if (key === STORAGE_KEYS.lessons) {
    const a = lessonsOf(local, now);
    const b = lessonsOf(incoming, now);
    if (!a || !b) return a ? local : incoming;
    return { v: 2, lessons: { ...mergeLessonProgress(a, b) } };
  }
  if (key === STORAGE_KEYS.personalChecklist) {
    const a = readChecklistValue(local);
    const b = readChecklistValue(incoming);
    return a && b ? mergeChecklist(a, b) : a ? local : incoming;
  }
  if (key === STORAGE_KEYS.reviewDeck) {
    const a = deckOf(local);
    const b = deckOf(incoming);
    return a && b ? mergeDecks(a, b) : a ? local : incoming;
  }
  if (classifyKey(key).kind === 'quiz-record') {
    const a = readQuizValue(local);
    const b = readQuizValue(incoming);
    return a && b ? mergeQuizRecords(a, b) : a ? local : incoming;
  }
  return local;
}

function compare(before: unknown, after: unknown, present: boolean, kept: boolean): ChangeStatus {
  if (!kept) return 'removed';
  if (!present) return 'added';
  return canonicalJson(before) === canonicalJson(after) ? 'unchanged' : 'changed';
}

/** Per-lesson changes, so the preview can say which lessons an import adds or completes. */
function lessonChanges(before: unknown, after: unknown, now: Date): Change[] {
  const a = (before === undefined ? {} : lessonsOf(before, now)) ?? {};
  const b = (after === undefined ? {} : lessonsOf(after, now)) ?? {};
  const slugs = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return slugs.map((lesson) => ({
    key: STORAGE_KEYS.lessons,
    lesson,
    status: compare(a[lesson], b[lesson], Object.hasOwn(a, lesson), Object.hasOwn(b, lesson)),
  }));
}

/**
 * What importing would do. Merge keeps every key here and combines the ones both sides have;
 * replace makes this device hold exactly the file's data.
 */
export function planImport(local: ProgressData, incoming: ProgressData, mode: ImportMode, now: Date): ImportPlan {
  const result: ProgressData = new Map(mode === 'merge' ? local : []);
  for (const [key, value] of incoming) {
    result.set(key, mode === 'merge' && local.has(key) ? mergeValue(key, local.get(key), value, now) : value);
  }
  const keys = [...new Set([...local.keys(), ...result.keys()])].sort();
  const changes = keys.flatMap((key) =>
    key === STORAGE_KEYS.lessons
      ? lessonChanges(local.get(key), result.get(key), now)
      : [{ key, status: compare(local.get(key), result.get(key), local.has(key), result.has(key)) }],
  );
  return { result, changes };
}
