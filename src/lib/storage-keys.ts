/**
 * The one place where the site's storage keys are spelled. Every reader and writer imports its key
 * from here, so two features can never share a key by accident and export/import knows them all.
 * Keys are stored under STORAGE_PREFIX (src/lib/storage.ts), e.g. "smm-academy:lessons".
 */

export const STORAGE_KEYS = {
  /** Lessons opened and completed (src/lib/progress/lessons.ts). */
  lessons: 'lessons',
  /** The personal-project checklist (src/lib/checklist/state.ts). */
  personalChecklist: 'checklist:personal-project',
  /** The R + R = S self-assessment (src/lib/workbench/rrs.ts). */
  rrs: 'rrs:worksheet',
  /** The SWOT worksheet (src/lib/workbench/swot.ts). */
  swot: 'swot:worksheet',
  /** The KPI plan (src/lib/workbench/kpi-plan.ts). */
  kpiPlan: 'kpi:plan',
  /** The editorial calendar (src/lib/workbench/calendar.ts). */
  calendar: 'calendar:posts',
  /** Report codes an instructor collected on the class results page. */
  classReports: 'assign:class-reports',
  /** Ids of assignment versions the instructor merged on the class results page. */
  classMerged: 'assign:class-merged',
  /** The name a learner last put on an assignment report. */
  learnerName: 'assign:learner-name',
  /** Written and removed once, to learn whether storage works at all. */
  probe: 'probe',
} as const;

export type FixedStorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

const QUIZ_RECORD = 'quiz:';
const QUIZ_PROGRESS = 'quiz-progress:';
const CHECKLIST = 'checklist:';
const QUARANTINE = 'quarantine:';

/** A quiz's results (best, last, attempts…): `quiz:<quiz id>`; the final assessment's id is "final". */
export const quizRecordKey = (quizId: string): string => QUIZ_RECORD + quizId;
/** An attempt under way, so that a reload keeps the answers: `quiz-progress:<quiz id>`. */
export const quizProgressKey = (quizId: string): string => QUIZ_PROGRESS + quizId;
/** A checklist's ticks and notes: `checklist:<checklist id>`. */
export const checklistKey = (checklistId: string): string => CHECKLIST + checklistId;
/** Where an unreadable value of `key` is moved instead of being deleted. */
export const quarantineKey = (key: string): string => QUARANTINE + key;

/** What a stored key holds, for the pages that list or export keys. */
export type KeyKind =
  | { kind: 'lessons' }
  | { kind: 'quiz-record'; quizId: string }
  | { kind: 'quiz-progress'; quizId: string }
  | { kind: 'checklist'; checklistId: string }
  | { kind: 'quarantine'; of: string }
  | { kind: 'other'; key: string };

/** Tells which family a key (without the prefix) belongs to. */
export function classifyKey(key: string): KeyKind {
  if (key === STORAGE_KEYS.lessons) return { kind: 'lessons' };
  if (key.startsWith(QUIZ_RECORD)) return { kind: 'quiz-record', quizId: key.slice(QUIZ_RECORD.length) };
  if (key.startsWith(QUIZ_PROGRESS)) return { kind: 'quiz-progress', quizId: key.slice(QUIZ_PROGRESS.length) };
  if (key.startsWith(CHECKLIST)) return { kind: 'checklist', checklistId: key.slice(CHECKLIST.length) };
  if (key.startsWith(QUARANTINE)) return { kind: 'quarantine', of: key.slice(QUARANTINE.length) };
  return { kind: 'other', key };
}
