/**
 * Telling stored keys apart, for the progress page's export, import and reset. Kept apart from the
 * registry so that widgets that only read and write their own keys do not carry it.
 */
import { CHECKLIST, QUARANTINE, QUIZ_PROGRESS, QUIZ_RECORD, STORAGE_KEYS } from './storage-keys';

/** What a stored key holds, for the pages that list or export keys. */
export type KeyKind =
  | { kind: 'lessons' }
  | { kind: 'review-deck' }
  | { kind: 'quiz-record'; quizId: string }
  | { kind: 'quiz-progress'; quizId: string }
  | { kind: 'checklist'; checklistId: string }
  | { kind: 'quarantine'; of: string }
  | { kind: 'other'; key: string };

/** Tells which family a key (without the prefix) belongs to. */
export function classifyKey(key: string): KeyKind {
  if (key === STORAGE_KEYS.lessons) return { kind: 'lessons' };
  if (key === STORAGE_KEYS.reviewDeck) return { kind: 'review-deck' };
  if (key.startsWith(QUIZ_RECORD)) return { kind: 'quiz-record', quizId: key.slice(QUIZ_RECORD.length) };
  if (key.startsWith(QUIZ_PROGRESS)) return { kind: 'quiz-progress', quizId: key.slice(QUIZ_PROGRESS.length) };
  if (key.startsWith(CHECKLIST)) return { kind: 'checklist', checklistId: key.slice(CHECKLIST.length) };
  if (key.startsWith(QUARANTINE)) return { kind: 'quarantine', of: key.slice(QUARANTINE.length) };
  return { kind: 'other', key };
}
