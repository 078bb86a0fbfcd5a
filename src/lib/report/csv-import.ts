/**
 * The report's CSV: the template people fill in (or export from a spreadsheet) and reading it back.
 * The layout is fixed by position, so the header may be in either language or renamed:
 * month (YYYY-MM), channel, then the numbers of FIELDS in their order. The delimiter is whichever of
 * ";", "," or a tab the first line uses, and numbers may be written "1 234,5" or "1,234.5". A bad
 * cell is reported with its row and column; nothing is imported until every row reads.
 */
import { csvDialect, toCsv } from '../csv';
import {
  CHANNEL_KINDS,
  cleanName,
  FIELDS,
  isMonth,
  MAX_CHANNELS,
  MAX_MONTHS,
  readAmount,
  trimMonths,
  type AmountProblem,
  type ChannelKind,
  type Inputs,
  type ReportState,
} from './model';
import { nextChannelId } from './channels';

/** The columns in order: `report.col.<column>` names them in the template. */
export const CSV_COLUMNS = ['month', 'channel', ...FIELDS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A paste longer than this is not a month of numbers (100 KB is thousands of rows). */
export const MAX_CSV_LENGTH = 100_000;
/** At most this many problems are listed; the first few are enough to fix a file. */
export const MAX_PROBLEMS = 5;

/** A cell's problem; a spreadsheet's leading "'" before a number is dropped first. */
export type CellProblem = 'month' | 'channel' | 'columns' | AmountProblem;
export interface CsvProblem {
  /** 1-based line of the file, the header being line 1. */
  row: number;
  column: CsvColumn;
  problem: CellProblem;
}
export interface CsvRow {
  month: string;
  name: string;
  kind: ChannelKind;
  inputs: Inputs;
}
export type CsvFailure = 'empty' | 'too-big' | 'encoding' | 'too-many-channels';
export type CsvReading =
  { ok: true; rows: CsvRow[] } | { ok: false; failure: CsvFailure } | { ok: false; problems: CsvProblem[] };

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The delimiter the first line uses: ";" (Bulgarian Excel), a tab (pasted cells) or ",". */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
}

/** The platform a channel's name says, e.g. "Instagram (shop)" is Instagram; otherwise "other". */
export function kindOf(name: string): ChannelKind {
  const lower = name.toLowerCase();
  return CHANNEL_KINDS.find((kind) => kind !== 'other' && lower.includes(kind)) ?? 'other';
}

/**
 * Reads pasted or uploaded CSV in the template's layout. `lang` is the page's language: it settles
 * numbers such as "1,234" that could be read either way (with ";" files, a comma is a decimal mark).
 */
export function readReportCsv(text: string, lang: string): CsvReading {
  if (text.length > MAX_CSV_LENGTH) return { ok: false, failure: 'too-big' };
  // U+FFFD is what a decoder leaves of bytes that were not UTF-8 (a file saved as Windows-1251).
  if (text.includes('\uFFFD')) return { ok: false, failure: 'encoding' };
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const prefer = delimiter === ';' ? ',' : csvDialect(lang).decimal;
  const lines = splitCsv(body, delimiter);
  // The header is recognised by its first cell not being a month.
  const start = lines[0] && !isMonth(lines[0][0]?.trim()) ? 1 : 0;
  if (lines.length <= start) return { ok: false, failure: 'empty' };
  if (lines.length - start > MAX_CHANNELS * MAX_MONTHS) return { ok: false, failure: 'too-big' };
  const problems: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  lines.slice(start).forEach((cells, index) => {
    const row = index + start + 1;
    if (cells.length > CSV_COLUMNS.length) {
      problems.push({ row, column: CSV_COLUMNS[CSV_COLUMNS.length - 1]!, problem: 'columns' });
      return;
    }
    const month = cells[0]?.trim() ?? '';
    const name = cleanName(cells[1] ?? '');
    if (!isMonth(month)) problems.push({ row, column: 'month', problem: 'month' });
    if (!name) problems.push({ row, column: 'channel', problem: 'channel' });
    const inputs: Inputs = {};
    FIELDS.forEach((field, i) => {
      const value = readAmount((cells[i + 2] ?? '').trim().replace(/^'/, ''), prefer);
      if (typeof value === 'string') problems.push({ row, column: field, problem: value });
      else if (value !== undefined) inputs[field] = value;
    });
    rows.push({ month, name, kind: kindOf(name), inputs });
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const names = new Set(rows.map((r) => r.name.toLowerCase()));
  if (names.size > MAX_CHANNELS) return { ok: false, failure: 'too-many-channels' };
  return { ok: true, rows };
}

/**
 * The report with the imported rows: a channel is matched by name (any case) or added, and each
 * row replaces that channel's numbers for its month. The report moves to the newest month read.
 */
export function applyCsvRows(report: ReportState, rows: readonly CsvRow[]): ReportState | undefined {
  const channels = [...report.channels];
  const months: ReportState['months'] = { ...report.months };
  for (const row of rows) {
    let channel = channels.find((c) => c.name.toLowerCase() === row.name.toLowerCase());
    if (!channel) {
      if (channels.length >= MAX_CHANNELS) return undefined;
      channel = { id: nextChannelId(channels), kind: row.kind, name: row.name };
      channels.push(channel);
    }
    months[row.month] = { ...months[row.month], [channel.id]: row.inputs };
  }
  const newest =
    rows
      .map((r) => r.month)
      .sort()
      .pop() ?? report.month;
  return { ...report, month: newest, channels, months: trimMonths(months) };
}

/** The numbers of a report's month and the month before, as the template CSV (for re-import). */
export function buildInputsCsv(
  report: ReportState,
  months: readonly string[],
  header: readonly string[],
  lang: string,
): string {
  const rows = months.flatMap((month) =>
    report.channels
      .filter((channel) => report.months[month]?.[channel.id])
      .map((channel) => {
        const inputs = report.months[month]![channel.id]!;
        return [month, channel.name, ...FIELDS.map((field) => inputs[field])];
      }),
  );
  return toCsv(header, rows, lang);
}
