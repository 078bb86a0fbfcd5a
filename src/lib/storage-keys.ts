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
  /** The monthly report: channels, months of numbers, targets, story (src/lib/report/model.ts). */
  monthlyReport: 'report:monthly',
  /** Report codes an instructor collected on the class results page. */
  classReports: 'assign:class-reports',
  /** Ids of assignment versions the instructor merged on the class results page. */
  classMerged: 'assign:class-merged',
  /** The name a learner last put on an assignment report. */
  learnerName: 'assign:learner-name',
  /**
   * In sessionStorage (tabStore), not localStorage: the filled-scorecard link this tab is filling
   * in, so that a reload or a language switch reopens it as a form and not as the read-only view.
   */
  scorecardEditing: 'scorecard:editing',
  /** The job description being edited, with the template link it started from (src/lib/hiring/job-draft.ts). */
  jobDescription: 'hiring:job-description',
  /** The review deck: cards from missed questions and glossary terms (src/lib/review/deck.ts). */
  reviewDeck: 'review:deck',
  /** Written and removed once, to learn whether storage works at all. */
  probe: 'probe',
} as const;

export type FixedStorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The prefixes of the key families (see classifyKey in storage-key-kinds.ts). */
export const QUIZ_RECORD = 'quiz:';
export const QUIZ_PROGRESS = 'quiz-progress:';
export const CHECKLIST = 'checklist:';
export const QUARANTINE = 'quarantine:';

/** A quiz's results (best, last, attempts…): `quiz:<quiz id>`; the final assessment's id is "final". */
export const quizRecordKey = (quizId: string): string => QUIZ_RECORD + quizId;
/** An attempt under way, so that a reload keeps the answers: `quiz-progress:<quiz id>`. */
export const quizProgressKey = (quizId: string): string => QUIZ_PROGRESS + quizId;
/** A checklist's ticks and notes: `checklist:<checklist id>`. */
export const checklistKey = (checklistId: string): string => CHECKLIST + checklistId;
/** Where an unreadable value of `key` is moved instead of being deleted. */
export const quarantineKey = (key: string): string => QUARANTINE + key;
