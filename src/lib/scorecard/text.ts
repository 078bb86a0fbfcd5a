/**
 * Free text typed by people (role, custom items, names, notes) travels in links and exports.
 * It is cleaned the same way before encoding and checked after decoding, so what comes back from a
 * link is exactly what went in and nothing odd (control characters, broken surrogates) survives.
 */

// Lone surrogates would turn into U+FFFD in UTF-8 and break the round trip.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Cuts text to at most `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/** One line of text: whitespace runs collapse to one space, ends are trimmed, length is capped. */
export function cleanLine(text: string, max: number): string {
  const line = text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return cut(line, max).trim();
}

/** Multi-line text (notes): lines are cleaned, at most one empty line in a row, length is capped. */
export function cleanBlock(text: string, max: number): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => cleanLine(line, max));
  const block = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut(block, max).trim();
}

/** True when `value` is a string that cleaning would leave unchanged (as every link we make holds). */
export function isCleanLine(value: unknown, max: number): value is string {
  return typeof value === 'string' && cleanLine(value, max) === value;
}

export function isCleanBlock(value: unknown, max: number): value is string {
  return typeof value === 'string' && cleanBlock(value, max) === value;
}
