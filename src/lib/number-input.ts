/**
 * Reads a number typed by a person in either of the two forms our learners use: "1 234,5"
 * (Bulgarian and most of Europe) and "1,234.5" (English). Pure; the caller says which form the page's
 * language prefers, and that preference only settles inputs that could be read either way.
 */

/** The decimal mark a reading used; `none` for a whole number written without one. */
export type DecimalMark = ',' | '.' | 'none';

export interface NumberReading {
  ok: true;
  value: number;
  /** Which mark was read as the decimal point. */
  decimal: DecimalMark;
  /** True when the text could also be read the other way ("1,234" or "1.234"). */
  ambiguous: boolean;
}

export interface NumberFailure {
  ok: false;
  reason: 'empty' | 'not-a-number';
}

/** Spaces people and locales put between groups of thousands: space, no-break and thin spaces. */
const GROUP_SPACES = /[\u0020\u00a0\u2009\u202f]/g;
const DIGITS = /^\d+$/;

/** Whether "1.234.567" style groups are valid: a first group of 1–3 digits, then groups of exactly 3. */
const isGrouped = (parts: string[]) =>
  parts.length > 1 && /^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));

/**
 * Parses "1 234,5", "1,234.5", "-0.5" or "3,75" (no units or percent signs). `prefer` is the decimal mark of the
 * page's language, used only when a single mark followed by exactly three digits could be either.
 */
export function parseNumberInput(text: string, prefer: ',' | '.'): NumberReading | NumberFailure {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const sign = /^[-−–]/.test(trimmed) ? -1 : 1;
  const body = trimmed.replace(/^[-−–+]/, '');
  // Spaces only ever group thousands, so "1 234" must have proper groups of three.
  const spaced = body.split(GROUP_SPACES);
  const groupsOk = /^\d{1,3}$/.test(spaced[0]!) && spaced.slice(1).every((p) => /^\d{3}(?:[.,]\d*)?$/.test(p));
  if (spaced.length > 1 && !groupsOk) {
    return { ok: false, reason: 'not-a-number' };
  }
  const compact = spaced.join('');
  const read = readCompact(compact, prefer);
  if (!read) return { ok: false, reason: 'not-a-number' };
  return { ok: true, value: sign * read.value, decimal: read.decimal, ambiguous: read.ambiguous };
}

function readCompact(s: string, prefer: ',' | '.') {
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  if (commas === 0 && dots === 0) {
    return DIGITS.test(s) ? { value: Number(s), decimal: 'none' as const, ambiguous: false } : undefined;
  }
  if (commas > 0 && dots > 0) {
    // Both marks: the later one is the decimal point, the other groups thousands.
    const decimal: ',' | '.' = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || fraction === undefined || !DIGITS.test(fraction)) return undefined;
    if (!isGrouped(whole!.split(group))) return undefined;
    return { value: Number(`${whole!.split(group).join('')}.${fraction}`), decimal, ambiguous: false };
  }
  const mark: ',' | '.' = commas > 0 ? ',' : '.';
  const parts = s.split(mark);
  if (parts.length > 2) {
    // "1.234.567": the repeated mark can only group thousands.
    return isGrouped(parts) ? { value: Number(parts.join('')), decimal: 'none' as const, ambiguous: false } : undefined;
  }
  const [whole, fraction] = parts as [string, string];
  if (!DIGITS.test(fraction) || (whole !== '' && !DIGITS.test(whole))) return undefined;
  // A leading zero never starts a group of thousands: "0,125" can only be a fraction.
  const couldGroup = /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3;
  if (couldGroup && mark !== prefer) {
    // "1,234" on an English page, "1.234" on a Bulgarian one: the page's convention says thousands.
    return { value: Number(whole + fraction), decimal: 'none' as const, ambiguous: true };
  }
  return { value: Number(`${whole || '0'}.${fraction}`), decimal: mark, ambiguous: couldGroup };
}
