/**
 * What an instructor pastes into class results: report codes, one per line — except that email
 * clients wrap a long code over several lines (at 76 characters) and may add spaces. This turns a
 * paste into inputs: a report file pasted whole, or one code however it was wrapped, each with the
 * lines it came from so that the page can say which lines failed and keep them.
 */
import { decodeReport, type DecodedReport } from './report-decode';

export interface PastedInput {
  /** First and last line of the paste (1-based) that the input came from. */
  first: number;
  last: number;
  /** The lines as they were pasted, joined by line breaks. */
  text: string;
  decoded: DecodedReport;
}

/**
 * Every code starts with the base64url of `{"k":"`, the opening of the share-link envelope
 * (src/lib/url-state.ts). Those six bytes encode to exactly these eight characters, and they
 * cannot occur at a character boundary inside a code, so a line starting with them starts a code.
 */
const CODE_START = 'eyJrIjoi';
const CODE_CHARS = /^[A-Za-z0-9_-]+$/;

interface Line {
  number: number;
  raw: string;
  /** The line without any whitespace. */
  compact: string;
}

const toInput = (lines: readonly Line[], decoded?: DecodedReport): PastedInput => ({
  first: lines[0]!.number,
  last: lines[lines.length - 1]!.number,
  text: lines.map((line) => line.raw).join('\n'),
  decoded: decoded ?? decodeReport(lines.map((line) => line.compact).join('')),
});

/**
 * The inputs of a code and the lines after it that looked like its continuation: the code ends at
 * the first line where the joined lines read as a report; lines after that stand alone. A code that
 * never reads is one input, so its message speaks of all its lines.
 */
function splitCode(lines: readonly Line[]): PastedInput[] {
  let joined = '';
  for (const [index, line] of lines.entries()) {
    joined += line.compact;
    const decoded = decodeReport(joined);
    if (decoded.ok) {
      const rest = lines.slice(index + 1).map((single) => toInput([single]));
      return [toInput(lines.slice(0, index + 1), decoded), ...rest];
    }
  }
  return [toInput(lines)];
}

/** Reads a paste into inputs, in the order they were pasted; blank lines are skipped. */
export function readPastedReports(text: string): PastedInput[] {
  const lines: Line[] = text
    .split(/\r\n?|\n/)
    .map((raw, index) => ({ number: index + 1, raw, compact: raw.replace(/\s+/g, '') }))
    .filter((line) => line.compact);
  // A report file pasted whole is JSON over many lines.
  if (lines[0]?.compact.startsWith('{')) return [toInput(lines, decodeReport(text))];
  const inputs: PastedInput[] = [];
  let code: Line[] = [];
  for (const line of lines) {
    // A link pasted by mistake starts a code too: decodeReport reads what follows its "#".
    const startsCode = line.compact.startsWith(CODE_START) || line.compact.includes(`#${CODE_START}`);
    if (code.length && !startsCode && CODE_CHARS.test(line.compact)) {
      code.push(line);
      continue;
    }
    if (code.length) inputs.push(...splitCode(code));
    code = [];
    if (startsCode) code.push(line);
    else inputs.push(toInput([line]));
  }
  if (code.length) inputs.push(...splitCode(code));
  return inputs;
}
