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
import { decodeState, openState, type Decoded, type DecodeFailure } from '../url-state';

export type ReportFailure = DecodeFailure | 'assignment-link';
export type DecodedReport = { ok: true; report: Report } | { ok: false; reason: ReportFailure };

/** The kind of assignment links (src/lib/assignments/assignment.ts), so this page need not load their codec. */
const ASSIGNMENT_LINK_KIND = 'assignment';

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
 * Reads a pasted code, a pasted link or a file's text. Whitespace inside a code is ignored, since
 * email clients wrap long codes. Never throws: every failure comes back as a reason the page can
 * translate.
 */
export function decodeReport(input: string): DecodedReport {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_REPORT_LENGTH) return { ok: false, reason: 'too-long' };
  let decoded: Decoded<Report>;
  if (text.startsWith('{')) {
    let envelope: unknown;
    try {
      envelope = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    decoded = openState(envelope, REPORT_KIND, REPORT_VERSION, readReport);
  } else {
    const code = text.slice(text.lastIndexOf('#') + 1).replace(/\s+/g, '');
    decoded = decodeState(code, REPORT_KIND, REPORT_VERSION, readReport, MAX_REPORT_LENGTH);
    // An assignment link pasted by mistake gets its own message.
    if (!decoded.ok && decoded.reason === 'wrong-kind' && isAssignmentLink(code))
      return { ok: false, reason: 'assignment-link' };
  }
  return decoded.ok ? { ok: true, report: decoded.data } : decoded;
}

/** True when a code is an assignment link's state, whatever its version or contents. */
const isAssignmentLink = (code: string): boolean =>
  decodeState(code, ASSIGNMENT_LINK_KIND, Number.MAX_SAFE_INTEGER, () => true).ok;
