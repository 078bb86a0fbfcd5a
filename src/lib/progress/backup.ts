/**
 * What export, import and reset do to a progress store (the progress page only). Export takes every
 * key the site keeps — progress, worksheets, everything — and reset forgets progress only.
 */
import { classifyKey } from '../storage-key-kinds';
import { STORAGE_KEYS } from '../storage-keys';
import type { ProgressStore } from './store';

export const EXPORT_SCHEMA = 'smm-academy-progress';
export const EXPORT_VERSION = 1;

/** Stored values by key (without the `smm-academy:` prefix), each already decoded from JSON. */
export type ProgressData = Map<string, unknown>;

/** Keys that reset clears: progress, not other tools' documents. */
export function isProgressKey(key: string): boolean {
  const family = classifyKey(key);
  if (family.kind === 'quarantine') return isProgressKey(family.of);
  return (
    family.kind === 'lessons' ||
    family.kind === 'review-deck' ||
    family.kind === 'quiz-record' ||
    family.kind === 'quiz-progress' ||
    key === STORAGE_KEYS.personalChecklist
  );
}

/** Every stored key whose value is JSON, decoded: what an export holds. */
export function takeSnapshot(store: ProgressStore): ProgressData {
  store.readLessons(); // migrate or quarantine first, so the export holds the current format
  const data: ProgressData = new Map();
  for (const key of store.keys()) {
    try {
      data.set(key, JSON.parse(store.read(key)!));
    } catch {
      // Not JSON, so not ours to export; it stays in storage untouched.
    }
  }
  return data;
}

/** Makes storage hold exactly `result` (from planImport) for the keys a snapshot lists. */
export function applySnapshot(store: ProgressStore, result: ProgressData): void {
  for (const key of takeSnapshot(store).keys()) if (!result.has(key)) store.remove(key);
  for (const [key, value] of result) {
    const text = JSON.stringify(value);
    if (store.read(key) !== text) store.write(key, text);
  }
}

/** Forgets lessons, quiz results and attempts, the review deck and the checklist (and their quarantined copies). */
export function resetProgress(store: ProgressStore): void {
  for (const key of store.keys()) if (isProgressKey(key)) store.remove(key);
}

/** The text of an export file (read back by transfer.ts). */
export function buildExport(data: ProgressData, now: Date): string {
  const sorted = Object.fromEntries([...data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify(
    { schema: EXPORT_SCHEMA, version: EXPORT_VERSION, exportedAt: now.toISOString(), data: sorted },
    null,
    2,
  );
}
