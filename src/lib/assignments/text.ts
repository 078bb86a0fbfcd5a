/** Limits on what people type, and the clean-up that keeps links and reports predictable. */
import { isCalendarDate } from '../guards';

/** Assignment title: with the other limits, the largest assignment's link stays under 2,000 characters. */
export const TITLE_MAX = 80;
/** Assignment instructions. */
export const INSTRUCTIONS_MAX = 250;
/** Learner name in a report. */
export const NAME_MAX = 80;

// Control characters (except line feed) and unpaired surrogates: invisible, and costly in JSON.
const UNWANTED =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Tidies typed text: drops control characters and broken surrogates, folds line breaks (to spaces
 * unless `multiline`), trims, and cuts to `max` UTF-16 units without splitting a character.
 */
export function cleanText(text: string, max: number, multiline = false): string {
  let out = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNWANTED, '');
  out = multiline ? out.replace(/\n{3,}/g, '\n\n') : out.replace(/\s*\n\s*/g, ' ');
  out = out.trim();
  if (out.length > max) {
    out = out.slice(0, max);
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
    out = out.trimEnd();
  }
  return out;
}

/** True when `value` is a string that cleanText would leave as it is (what our own encoders write). */
export const isCleanText = (value: unknown, max: number, multiline = false): value is string =>
  typeof value === 'string' && cleanText(value, max, multiline) === value;

/** A due date: a calendar date from the year 2000 on (an assignment cannot be due before the site existed). */
export const isDueDate = (value: unknown): value is string => isCalendarDate(value) && value >= '2000-01-01';

/** A whole percentage 0–100. */
export const isPercent = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
