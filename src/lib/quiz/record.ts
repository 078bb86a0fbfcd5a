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

/** An attempt under way, so that a reload does not lose checked answers. */
export interface QuizProgress {
  /** Format version. */
  v: 1;
  /** Hash of the bank when the answers were given; answers to other questions are stale. */
  hash: string;
  /** Seed of the attempt's shuffles. */
  seed: number;
  /** Raw checked answers by question id; each is validated against its question on restore. */
  answers: Record<string, unknown>;
}

/** A hash of everything that decides what counts as right, so edited banks invalidate old answers. */
export function hashQuestions(questions: readonly Question[]): string {
  return hashString(JSON.stringify(questions)).toString(36);
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

/** Two histories as one: in time order, keeping each entry that beat everything before it. */
export function mergeBests(a: readonly BestRise[] = [], b: readonly BestRise[] = []): BestRise[] | undefined {
  const rises: BestRise[] = [];
  for (const rise of [...a, ...b].sort((x, y) => Date.parse(x.at) - Date.parse(y.at))) {
    if (rises.length === 0 || rise.percent > rises[rises.length - 1]!.percent) rises.push(rise);
  }
  return rises.length > 0 ? rises : undefined;
}

/** Reads an attempt under way; undefined when malformed or saved for other questions (stale). */
export function parseProgress(text: string | null, hash: string): QuizProgress | undefined {
  const r = parseObject(text);
  if (!r || r.v !== 1 || r.hash !== hash || !Number.isInteger(r.seed)) return undefined;
  const answers = r.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  return { v: 1, hash, seed: r.seed as number, answers: answers as Record<string, unknown> };
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
