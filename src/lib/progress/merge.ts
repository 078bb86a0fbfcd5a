/**
 * How progress from two devices combines when a file is imported with "merge". Every rule is
 * idempotent, so importing the same file twice changes nothing the second time.
 */
import { parseChecklistState, type ChecklistItemState, type ChecklistState } from '../checklist/state';
import { parseRecord, type BestRise, type QuizRecord } from '../quiz/record';
import type { LessonProgress } from './lessons';
import { isRecord } from '../guards';

const earliest = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) < Date.parse(a) ? b : a;

/**
 * Combines progress from two devices: a lesson opened on either is opened (earliest date), and
 * one completed on either stays completed (earliest completion). Symmetric and idempotent, so
 * importing the same file twice changes nothing.
 */
export function mergeLessonProgress(local: LessonProgress, incoming: LessonProgress): LessonProgress {
  const merged = Object.create(null) as LessonProgress;
  for (const slug of [...Object.keys(local), ...Object.keys(incoming)]) {
    const a = Object.hasOwn(local, slug) ? local[slug] : undefined;
    const b = Object.hasOwn(incoming, slug) ? incoming[slug] : undefined;
    const openedAt = earliest(a?.openedAt, b?.openedAt)!;
    const completedAt = earliest(a?.completedAt, b?.completedAt);
    merged[slug] = completedAt ? { openedAt, completedAt } : { openedAt };
  }
  return merged;
}

/**
 * A checklist value already decoded from JSON, cleaned by the checklist tool's own parser;
 * undefined when it is not a checklist at all (so an import can refuse it).
 */
export function readChecklistValue(value: unknown): ChecklistState | undefined {
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.items)) return undefined;
  try {
    return parseChecklistState(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

/**
 * A step done on either device stays done; a note or evidence link written here wins over the
 * imported one, and an imported one fills a blank here.
 */
export function mergeChecklist(local: ChecklistState, incoming: ChecklistState): ChecklistState {
  const items = Object.create(null) as Record<string, ChecklistItemState>;
  for (const id of new Set([...Object.keys(local.items), ...Object.keys(incoming.items)])) {
    const a = Object.hasOwn(local.items, id) ? local.items[id] : undefined;
    const b = Object.hasOwn(incoming.items, id) ? incoming.items[id] : undefined;
    const item: ChecklistItemState = { done: Boolean(a?.done || b?.done) };
    const note = a?.note || b?.note;
    const evidence = a?.evidence || b?.evidence;
    if (note) item.note = note;
    if (evidence) item.evidence = evidence;
    items[id] = item;
  }
  return { v: 1, items };
}

/** Parses a quiz record value already decoded from JSON. */
export function readQuizValue(value: unknown): QuizRecord | undefined {
  try {
    return parseRecord(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

/**
 * Two devices' results for one quiz: the best score is the better of the two; the latest score,
 * its date and the bank hash come from whichever attempt was later; attempts is the larger count,
 * not the sum, because both devices may hold the same history (an export imported back, or
 * imported twice) and summing would invent attempts. The histories of rising bests are merged in
 * time order. Idempotent; on equal dates this device's latest score is kept.
 */
export function mergeQuizRecords(local: QuizRecord, incoming: QuizRecord): QuizRecord {
  const later = Date.parse(incoming.lastAt) > Date.parse(local.lastAt) ? incoming : local;
  const merged: QuizRecord = {
    v: 1,
    hash: later.hash,
    best: Math.max(local.best, incoming.best),
    last: later.last,
    attempts: Math.max(local.attempts, incoming.attempts),
    lastAt: later.lastAt,
  };
  const bests = mergeBests(local.bests, incoming.bests);
  if (bests) merged.bests = bests;
  return merged;
}

/** Two histories as one: in time order, keeping each entry that beat everything before it. */
export function mergeBests(a: readonly BestRise[] = [], b: readonly BestRise[] = []): BestRise[] | undefined {
  const rises: BestRise[] = [];
  for (const rise of [...a, ...b].sort((x, y) => Date.parse(x.at) - Date.parse(y.at))) {
    if (rises.length === 0 || rise.percent > rises[rises.length - 1]!.percent) rises.push(rise);
  }
  return rises.length > 0 ? rises : undefined;
}
