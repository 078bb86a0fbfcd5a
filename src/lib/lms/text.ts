/**
 * Escaping for the text formats the LMS exports write. Each format has its own control characters;
 * every piece of bank text passes through exactly one of these before it is written.
 */

/** Text for XML element content and attribute values: the five predefined entities. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text inside HTML markup (Moodle's and QTI's question text). Named entities only: GIFT treats
 * "#" as a control character, so a numeric entity such as &#39; would need escaping again.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML 1.0 forbids most control characters even as entities; bank text never needs them. */
function stripInvalidXmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** An XML comment; "--" may not occur inside one, so it becomes an en dash. */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-{2,}/g, '–').replace(/-$/, '– ')} -->`;
}

/**
 * GIFT's control characters are ~ = # { } : and the backslash, which escapes them; a line break
 * would end the question, so it is written as \n.
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
}

/** A number as every format here writes it: a point for decimals, no grouping, no exponent. */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** A Moodle grade fraction in per cent with the seven significant decimals Moodle itself writes. */
export function formatPercent(value: number): string {
  return Number(value.toFixed(5)).toString();
}
