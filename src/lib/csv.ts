/**
 * CSV for spreadsheets in the reader's language. Excel in a Bulgarian locale splits columns on ";"
 * and reads "3,75" as a number, so Bulgarian exports use ";" and a decimal comma; English ones use
 * "," and a decimal point. (The UTF-8 byte-order mark is added when the file is downloaded.)
 */

export type CsvCell = string | number | boolean | null | undefined;

/** The CSV dialect of a language: its delimiter and decimal mark. */
export const csvDialect = (lang: string): { delimiter: ',' | ';'; decimal: '.' | ',' } =>
  lang === 'bg' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };

/** A number written the plain way, as our own exports write numbers: "-33", "4.5", "0,25". */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** One CSV field, quoted when it needs to be (RFC 4180). */
function toField(value: CsvCell, lang: string): string {
  const { delimiter, decimal } = csvDialect(lang);
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', decimal) : '';
  else text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in spreadsheet apps (CSV injection); a plain
  // number such as "-33" is data, and stays a number the spreadsheet can add up.
  const safe = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Builds a CSV document (CRLF line ends, as RFC 4180 asks) from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], lang: string = 'en'): string {
  const { delimiter } = csvDialect(lang);
  return [header, ...rows].map((row) => row.map((cell) => toField(cell, lang)).join(delimiter)).join('\r\n') + '\r\n';
}
