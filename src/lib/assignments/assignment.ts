/**
 * An instructor's assignment and its share link. The link keeps the assignment after "#" (see
 * src/lib/url-state.ts), its lessons and quizzes as short codes of their ids (format 2; format 1
 * spelled the ids out), so the largest one stays under 2,000 characters.
 */
import { decodeState, encodeState, type Decoded } from '../url-state';
import { readSummary, type AssignmentSummary } from './summary';
import { isRecord } from '../guards';
import { INSTRUCTIONS_MAX, isCleanText } from './text';
import { decodeItemIds, encodeItemIds } from './item-codes';

export const ASSIGNMENT_KIND = 'assignment';
export const ASSIGNMENT_VERSION = 2;

export interface Assignment extends AssignmentSummary {
  instructions: string;
}

/** The part of the share link after "#", in short field names. */
export function encodeAssignment(a: Assignment): string {
  const data: Record<string, unknown> = {
    i: a.id,
    t: a.title,
    l: encodeItemIds(a.lessons),
    q: encodeItemIds(a.quizzes),
    p: a.passMark,
  };
  if (a.instructions) data.n = a.instructions;
  if (a.due) data.d = a.due;
  return encodeState(ASSIGNMENT_KIND, ASSIGNMENT_VERSION, data);
}

function readAssignment(data: unknown, version: number): Assignment | undefined {
  if (!isRecord(data)) return undefined;
  const readIds = (value: unknown) => (version === 1 ? value : decodeItemIds(value));
  const summary = readSummary({
    id: data.i,
    title: data.t,
    lessons: readIds(data.l),
    quizzes: readIds(data.q),
    passMark: data.p,
    due: data.d,
  });
  const instructions = data.n ?? '';
  if (!summary || !isCleanText(instructions, INSTRUCTIONS_MAX, true)) return undefined;
  return { ...summary, instructions };
}

/** Reads a share link's hash (with or without "#"); never throws. */
export function decodeAssignment(hash: string): Decoded<Assignment> {
  return decodeState(hash, ASSIGNMENT_KIND, ASSIGNMENT_VERSION, readAssignment);
}
