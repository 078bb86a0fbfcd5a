/**
 * Short codes for lesson and quiz ids in assignment links (format 2). Each code is three base-36
 * characters from a hash of the id itself, not its position, so adding or moving a lesson changes
 * no code and old links keep working; a unit test checks that no two of the course's ids collide.
 */
import { COURSE_QUIZZES } from './items';
import { hashText } from './summary';

export const ITEM_CODE_LENGTH = 3;

/** The link code of a lesson slug or quiz id. */
export const toItemCode = (id: string): string =>
  (hashText(id) % 36 ** ITEM_CODE_LENGTH).toString(36).padStart(ITEM_CODE_LENGTH, '0');

// Every quiz id is a lesson slug or "final", so this one map serves lessons and quizzes.
const ID_BY_CODE: ReadonlyMap<string, string> = new Map(COURSE_QUIZZES.map((id) => [toItemCode(id), id]));

/** Ids written as one string of codes. */
export const encodeItemIds = (ids: readonly string[]): string => ids.map(toItemCode).join('');

/**
 * Reads a string of codes back into ids. An unknown code becomes null, which the summary's
 * validation rejects, exactly as it rejects an unknown slug in a format-1 link.
 */
export function decodeItemIds(value: unknown): (string | null)[] | undefined {
  if (typeof value !== 'string' || value.length % ITEM_CODE_LENGTH !== 0) return undefined;
  const ids: (string | null)[] = [];
  for (let i = 0; i < value.length; i += ITEM_CODE_LENGTH)
    ids.push(ID_BY_CODE.get(value.slice(i, i + ITEM_CODE_LENGTH)) ?? null);
  return ids;
}
