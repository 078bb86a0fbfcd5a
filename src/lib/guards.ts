/**
 * Type guards for untrusted data (storage, links, imported files). One meaning per name: a
 * calendar date is a day ("2026-05-03"), a timestamp is an instant ("2026-05-03T10:00:00.000Z").
 */

/** A plain JSON object: not an array, not null. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A day written YYYY-MM-DD that exists on the calendar (no 31 April, no 29 February 2025). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An instant as `Date.prototype.toISOString` writes it, in UTC ("…Z"), that is a real date. Our
 * own writers only ever produce this form, so anything else in stored or shared data is damage.
 */
export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) &&
  !Number.isNaN(Date.parse(value));
