import type { Question } from '../../schemas/quiz';
import { hashString } from '../random';
import type { Score } from './score';

/** What the device keeps about one quiz. */
export interface QuizRecord {
  /** Format version of this record. */
  v: 1;
  /** Hash of the bank's questions and answer keys when the answers were saved. */
  hash: string;
  /** Best score in percent. */
  best: number;
  /** Latest score in percent. */
  last: number;
  /** Finished attempts. */
  attempts: number;
  /** ISO date-time of the latest finished attempt. */
  lastAt: string;
  /**
   * Every time the best score rose: the new best and when. It answers "when did this learner
   * first reach N %?" for any pass mark an instructor picks later. At most 101 entries, as
   * each is higher than the one before. Records saved before it existed have none.
   */
  bests?: BestRise[];
}

/** The best score rising to `percent` at `at` (ISO date-time). */
export interface BestRise {
  percent: number;
  at: string;
}

/** An attempt under way (or just finished), so that a reload or another page loses nothing. */
export interface QuizProgress {
  /** Format version. */
  v: 2;
  /** Hash of the answer keys when the answers were given; answers to other questions are stale. */
  hash: string;
  /** Seed of the attempt's shuffles (and of the final assessment's draw). */
  seed: number;
  /** Final assessment: the ids of this attempt's questions, in order. Lesson quizzes ask them all. */
  draw?: string[];
  /**
   * Raw answers by question id, validated against their questions on restore: the checked answers
   * of a lesson quiz; every answer given so far in the final assessment.
   */
  answers: Record<string, unknown>;
  /** Lesson quiz: whether each question was right the first time it was checked in this attempt. */
  firstTry?: Record<string, boolean>;
  /** The attempt is complete and recorded: a reload shows its result, not a fresh start. */
  done?: boolean;
}

/**
 * The language-independent part of a question: ids, type and answer key. English and Bulgarian
 * banks share it (the content tests check that), so an answer given in one language carries over.
 */
export function answerKeyOf(question: Question): unknown {
  const base = { id: question.id, objective: question.objective, type: question.type };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: question.options.map((o) => o.id),
        answer: question.answer,
        shuffle: question.shuffle,
      };
    case 'truefalse':
      return { ...base, answer: question.answer };
    case 'matching':
      return { ...base, pairs: question.pairs.map((p) => p.id) };
    case 'ordering':
      return { ...base, items: question.items.map((i) => i.id) };
    case 'numeric':
      return { ...base, answer: question.answer, tolerance: question.tolerance, unit: question.unit };
  }
}

/** A hash of everything that decides what counts as right, so edited banks invalidate old answers. */
export function hashQuestions(questions: readonly Question[]): string {
  return hashString(JSON.stringify(questions.map(answerKeyOf))).toString(36);
}

const isPercent = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;

function parseObject(text: string | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a stored record; anything malformed gives undefined, so the quiz starts afresh. */
export function parseRecord(text: string | null): QuizRecord | undefined {
  const r = parseObject(text);
  if (!r) return undefined;
  if (r.v !== 1 || typeof r.hash !== 'string' || !isPercent(r.best) || !isPercent(r.last)) return undefined;
  if (!Number.isInteger(r.attempts) || (r.attempts as number) < 1) return undefined;
  if (!isDate(r.lastAt)) return undefined;
  const record: QuizRecord = {
    v: 1,
    hash: r.hash,
    best: r.best,
    last: r.last,
    attempts: r.attempts as number,
    lastAt: r.lastAt,
  };
  // A damaged history loses only the history, never the scores.
  const bests = parseBests(r.bests, r.best, Date.parse(r.lastAt));
  if (bests) record.bests = bests;
  return record;
}

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Rises in order, none above the best score or after the latest attempt. */
function parseBests(value: unknown, best: number, lastAt: number): BestRise[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > 101) return undefined;
  const rises: BestRise[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { percent, at } = entry as Record<string, unknown>;
    if (!isPercent(percent) || percent > best || !isDate(at) || Date.parse(at) > lastAt) return undefined;
    if (rises.length > 0 && percent <= rises[rises.length - 1]!.percent) return undefined;
    rises.push({ percent, at });
  }
  return rises;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an attempt under way; undefined when malformed or saved for other questions (stale).
 * Version 1 (checked answers only) reads as an attempt without first tries.
 */
export function parseProgress(text: string | null, hash: string): QuizProgress | undefined {
  const r = parseObject(text);
  if (!r || (r.v !== 1 && r.v !== 2) || r.hash !== hash || !Number.isInteger(r.seed)) return undefined;
  if (!isPlainObject(r.answers)) return undefined;
  const progress: QuizProgress = { v: 2, hash, seed: r.seed as number, answers: r.answers };
  if (r.v === 1) return progress;
  if (r.draw !== undefined) {
    if (!Array.isArray(r.draw) || r.draw.length > 200 || !r.draw.every((id) => typeof id === 'string'))
      return undefined;
    progress.draw = r.draw as string[];
  }
  if (r.firstTry !== undefined) {
    if (!isPlainObject(r.firstTry) || !Object.values(r.firstTry).every((v) => typeof v === 'boolean')) return undefined;
    progress.firstTry = r.firstTry as Record<string, boolean>;
  }
  if (r.done === true) progress.done = true;
  return progress;
}

/** The record after finishing an attempt. */
export function recordAttempt(previous: QuizRecord | undefined, score: Score, hash: string, now: Date): QuizRecord {
  const lastAt = now.toISOString();
  const record: QuizRecord = {
    v: 1,
    hash,
    best: Math.max(previous?.best ?? 0, score.percent),
    last: score.percent,
    attempts: (previous?.attempts ?? 0) + 1,
    lastAt,
  };
  const rose = previous === undefined || score.percent > previous.best;
  const bests = rose ? [...(previous?.bests ?? []), { percent: score.percent, at: lastAt }] : previous.bests;
  if (bests) record.bests = bests;
  return record;
}
