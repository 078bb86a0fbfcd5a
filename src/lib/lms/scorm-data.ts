/**
 * The data a SCORM 1.2 package exchanges with its LMS, as pure functions: the session time, the
 * lesson status against the pass mark, the mastery score the LMS may send, and the suspend data
 * that carries the quiz's storage between launches.
 */
import { STORAGE_PREFIX } from '../storage';
import { STORAGE_KEYS } from '../storage-keys';

/** SCORM 1.2 limits cmi.suspend_data to 4,096 characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** cmi.core.session_time is a CMITimespan: HHHH:MM:SS.SS (hours 2–4 digits). */
export function formatSessionTime(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** cmi.student_data.mastery_score: a number 0–100, or empty when the LMS sets none. */
export function parseMasteryScore(value: string | undefined | null): number | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** The status a quiz score earns: passed at or above the pass mark, failed below it. */
export const statusForScore = (percent: number, passMark: number): 'passed' | 'failed' =>
  percent >= passMark ? 'passed' : 'failed';

/** Statuses after which the learner has finished; a package never moves them back to "completed". */
export const isFinalStatus = (status: string): boolean => status === 'passed' || status === 'failed';

const PROBE = STORAGE_PREFIX + STORAGE_KEYS.probe;

/**
 * The package's storage as suspend data: a JSON object of its keys. When it is too long, the
 * history of best scores inside quiz records goes first (the LMS keeps its own history); if it is
 * still too long, undefined, and the caller keeps the values for this session only.
 */
export function packSuspendData(values: ReadonlyMap<string, string>): string | undefined {
  const entries = [...values].filter(([key]) => key !== PROBE);
  const full = JSON.stringify(Object.fromEntries(entries));
  if (full.length <= SUSPEND_DATA_LIMIT) return full;
  const trimmed = JSON.stringify(Object.fromEntries(entries.map(([key, value]) => [key, withoutHistory(value)])));
  return trimmed.length <= SUSPEND_DATA_LIMIT ? trimmed : undefined;
}

function withoutHistory(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || !('bests' in parsed)) return value;
    const rest: Record<string, unknown> = { ...parsed };
    delete rest.bests;
    return JSON.stringify(rest);
  } catch {
    return value;
  }
}

/** Suspend data back into storage values; anything that is not our JSON object gives an empty map. */
export function unpackSuspendData(text: string | null | undefined): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}
