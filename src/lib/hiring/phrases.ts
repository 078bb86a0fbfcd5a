/**
 * The job description's inclusive-wording check: finds the exclusionary phrases listed in
 * content/hiring/<lang>/job-description.yaml, and the [placeholders] the employer has not filled in.
 * Matching ignores case and treats any run of spaces and punctuation between words alike, so
 * "good-looking" matches "good looking" and "he/she" matches "he / she". Pure.
 */

/** What the widget needs of a phrase check (src/schemas/hiring.ts: ExclusionaryPhraseSchema). */
export interface PhraseCheck {
  id: string;
  topic: string;
  match: readonly string[];
  why: string;
  instead: string;
}

export interface PhraseFinding {
  id: string;
  /** The words as written in the text, each once, in order of first appearance. */
  found: string[];
}

const LETTER = '[\\p{L}\\p{N}]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns one `match` entry into an expression: whole words, any ending after a trailing "*". */
export function compileMatch(match: string): RegExp {
  const open = match.endsWith('*');
  const words = (open ? match.slice(0, -1) : match).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const body = words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+') + (open ? `${LETTER}*` : '');
  return new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, 'giu');
}

/** Every check whose phrases occur in `text`, in the order of `checks`. */
export function findPhrases(text: string, checks: readonly PhraseCheck[]): PhraseFinding[] {
  const findings: PhraseFinding[] = [];
  for (const check of checks) {
    const found = new Map<string, string>();
    for (const match of check.match) {
      for (const hit of text.matchAll(compileMatch(match))) {
        const key = hit[0].toLocaleLowerCase();
        if (!found.has(key)) found.set(key, hit[0]);
      }
    }
    if (found.size > 0) findings.push({ id: check.id, found: [...found.values()] });
  }
  return findings;
}

/** The "[…]" spans left for the employer to fill in, each once. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(text.match(/\[[^\]\n]{1,80}\]/g) ?? [])];
}
