/** What export, import and reset do to a progress store (the progress page only). */
import { classifyKey } from '../storage-key-kinds';
import { STORAGE_KEYS } from '../storage-keys';
import type { ProgressStore } from './store';
import type { ProgressData } from './transfer';

/** Keys that reset clears: progress, not other tools' documents. */
export function isProgressKey(key: string): boolean {
  const family = classifyKey(key);
  if (family.kind === 'quarantine') return isProgressKey(family.of);
  return (
    family.kind === 'lessons' ||
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

/** Forgets lessons, quiz results and attempts, and the checklist (and their quarantined copies). */
export function resetProgress(store: ProgressStore): void {
  for (const key of store.keys()) if (isProgressKey(key)) store.remove(key);
}
