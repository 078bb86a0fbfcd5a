/**
 * Reading reports that come back from learners: pasted codes, pasted links by mistake, or .json
 * files. Everything is validated against the report's own assignment; nothing here throws.
 */
import { readSummary } from './summary';
import { listItems, type ItemRef } from './items';
import {
  LESSON_STATES,
  MAX_REPORT_LENGTH,
  REPORT_KIND,
  REPORT_VERSION,
  type LessonItem,
  type LessonState,
  type QuizItem,
  type Report,
  type ReportItem,
} from './report';
import { isCleanText, isPercent, NAME_MAX } from './text';
import { isRecord, isTimestamp } from '../guards';

export type ReportFailure =
  'empty' | 'too-long' | 'malformed' | 'wrong-kind' | 'assignment-link' | 'future-version' | 'invalid';
export type DecodedReport = { ok: true; report: Report } | { ok: false; reason: ReportFailure };

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function readLesson(raw: Record<string, unknown>, id: string): LessonItem | undefined {
  const { status, openedAt, completedAt } = raw;
  if (typeof status !== 'string' || !LESSON_STATES.includes(status)) return undefined;
  if (openedAt !== undefined && !isTimestamp(openedAt)) return undefined;
  if (completedAt !== undefined && (!isTimestamp(completedAt) || status !== 'completed')) return undefined;
  if (status === 'not-started' && openedAt !== undefined) return undefined;
  return {
    kind: 'lesson',
    id,
    status: status as LessonState,
    ...(openedAt ? { openedAt } : {}),
    ...(completedAt ? { completedAt } : {}),
  };
}

function readQuiz(raw: Record<string, unknown>, id: string): QuizItem | undefined {
  const { attempts, best, last, lastAt, passedAt } = raw;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0 || attempts > 1e6) return undefined;
  if (attempts === 0)
    return best === undefined && last === undefined && lastAt === undefined && passedAt === undefined
      ? { kind: 'quiz', id, attempts }
      : undefined;
  if (!isPercent(best) || !isPercent(last) || last > best || !isTimestamp(lastAt)) return undefined;
  if (passedAt === undefined) return { kind: 'quiz', id, attempts, best, last, lastAt };
  // A first pass after the latest attempt cannot have happened.
  if (!isTimestamp(passedAt) || Date.parse(passedAt) > Date.parse(lastAt)) return undefined;
  return { kind: 'quiz', id, attempts, best, last, lastAt, passedAt };
}

function readReport(data: unknown): Report | undefined {
  if (!isRecord(data) || !isRecord(data.assignment)) return undefined;
  const assignment = readSummary(data.assignment);
  const { learner, generatedAt, items } = data;
  if (!assignment || !isCleanText(learner, NAME_MAX) || !learner || !isTimestamp(generatedAt)) return undefined;
  const expected: ItemRef[] = listItems(assignment.lessons, assignment.quizzes);
  // Exactly the assignment's items, in order: anything else means the report was edited or damaged.
  if (!Array.isArray(items) || items.length !== expected.length) return undefined;
  const read: ReportItem[] = [];
  for (const [index, ref] of expected.entries()) {
    const raw: unknown = items[index];
    if (!isRecord(raw) || raw.kind !== ref.kind || raw.id !== ref.id) return undefined;
    const item = ref.kind === 'lesson' ? readLesson(raw, ref.id) : readQuiz(raw, ref.id);
    if (!item) return undefined;
    read.push(item);
  }
  return { assignment: { ...assignment }, learner, generatedAt, items: read };
}

/**
 * Reads a pasted code, a pasted link or a file's text. Never throws: every failure comes back as
 * a reason the page can translate.
 */
export function decodeReport(input: string): DecodedReport {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_REPORT_LENGTH) return { ok: false, reason: 'too-long' };
  const json = text.startsWith('{') ? text : fromBase64Url(text.slice(text.lastIndexOf('#') + 1));
  if (json === undefined) return { ok: false, reason: 'malformed' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isRecord(envelope)) return { ok: false, reason: 'malformed' };
  const { k, v, d } = envelope;
  // The kind of share links (src/lib/assignments/assignment.ts), pasted here by mistake.
  if (k === 'assignment') return { ok: false, reason: 'assignment-link' };
  if (k !== REPORT_KIND) return { ok: false, reason: 'wrong-kind' };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: 'malformed' };
  if (v > REPORT_VERSION) return { ok: false, reason: 'future-version' };
  let report: Report | undefined;
  try {
    report = readReport(d);
  } catch {
    report = undefined;
  }
  return report ? { ok: true, report } : { ok: false, reason: 'invalid' };
}
