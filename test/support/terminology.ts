import { TerminologySchema, type Terminology, type Variant } from '../../src/schemas/terminology';

/** A letter or digit in any script. */
const WORD_CHAR = '[\\p{L}\\p{N}]';
/** A word boundary that knows Cyrillic: JavaScript's own `\b` treats every non-ASCII letter as a non-word. */
const BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;
const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** Turns one term-sheet variant into a global, Unicode regular expression. */
export function compileVariant(variant: Variant): RegExp {
  if (typeof variant !== 'string') {
    // `\b` (not `\\b`, an escaped backslash before a "b") becomes the Cyrillic-aware boundary.
    const source = variant.regex.replace(/(?<!\\)\\b/g, BOUNDARY);
    return new RegExp(source, variant.matchCase ? 'gu' : 'giu');
  }
  const words = variant.trim().split(/\s+/);
  const body = words
    .map((word) => {
      const open = word.endsWith('*');
      const stem = open ? word.slice(0, -1) : word;
      return stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (open ? '\\p{L}*' : '');
    })
    .join('\\s+');
  const first = variant.trim()[0]!;
  const last = variant.trim().replace(/\*$/, 'x').at(-1)!;
  const before = isWordChar(first) ? `(?<!${WORD_CHAR})` : '';
  const after = isWordChar(last) ? `(?!${WORD_CHAR})` : '';
  return new RegExp(before + body + after, 'giu');
}

/** A discouraged form found in a text. */
export interface Slip {
  /** 1-based line number. */
  line: number;
  /** The text that matched. */
  found: string;
  /** The concept's id in the term sheet. */
  concept: string;
  /** The form to write instead. */
  preferred: string;
}

/** A line the check leaves alone: search keywords in front matter, or a line marked `terminology: allow`. */
export const isExempt = (line: string) => /^keywords:/.test(line) || line.includes('terminology: allow');

/**
 * Identifiers are not prose: saved progress and answer keys refer to them, so they never change.
 * Drops quiz `id:`, `answer:` and `lesson:` lines, inline `id: x` pairs and `id="…"` attributes.
 */
const withoutIds = (line: string) =>
  /^\s*-?\s*(id|answer|lesson):/.test(line) ? '' : line.replace(/\bid(:\s*|=")[\w-]+"?/g, '');

/** Web addresses are not prose either: "policies_center" in a URL is the site's spelling, not ours. */
const withoutUrls = (line: string) => line.replace(/https?:\/\/[^\s)>\]]+/g, '');

/**
 * The lines of a text with the front matter's `keywords` block blanked: search keywords list what
 * people type, discouraged forms included, whether written on one line or as an indented list.
 */
function withoutKeywordBlock(text: string): string[] {
  const lines = text.split('\n');
  let inKeywords = false;
  return lines.map((line) => {
    if (/^keywords:/.test(line)) {
      inKeywords = true;
      return '';
    }
    if (inKeywords && /^\s/.test(line)) return '';
    inKeywords = false;
    return line;
  });
}

/** A compiled term sheet: each concept with its patterns. */
export type CompiledSheet = { concept: string; preferred: string; patterns: RegExp[] }[];

export function compileSheet(raw: unknown): CompiledSheet {
  const sheet: Terminology = TerminologySchema.parse(raw);
  return sheet.concepts.map((c) => ({ concept: c.id, preferred: c.preferred, patterns: c.avoid.map(compileVariant) }));
}

/** Every discouraged form in a text, line by line. */
export function findSlips(text: string, sheet: CompiledSheet): Slip[] {
  const slips: Slip[] = [];
  withoutKeywordBlock(text).forEach((raw, i) => {
    if (isExempt(raw)) return;
    const line = withoutUrls(withoutIds(raw));
    for (const { concept, preferred, patterns } of sheet) {
      for (const pattern of patterns) {
        for (const match of line.matchAll(pattern)) {
          slips.push({ line: i + 1, found: match[0], concept, preferred });
        }
      }
    }
  });
  return slips;
}

/** One slip as a reader-friendly line: `file:line: „found“ – write „preferred“ (concept)`. */
export const formatSlip = (file: string, slip: Slip) =>
  `${file}:${slip.line}: "${slip.found}" – write "${slip.preferred}" (${slip.concept})`;
