/**
 * Side-by-side comparison of filled scorecards of one role. Every pasted line is either compared
 * or explained: a damaged link, one from a newer site, a blank template, another role, a repeat.
 */
import { sameTemplate, type ScorecardTemplate } from './template';
import { decodeScorecardLink, hashOf, type FilledScorecard } from './filled';

export type ProblemReason = 'damaged' | 'too-long' | 'future-version' | 'blank' | 'other-role' | 'duplicate';

export interface ComparisonProblem {
  /** 1-based number of the pasted line. */
  line: number;
  reason: ProblemReason;
  /** other-role: the role the link is for. */
  role?: string;
  /** duplicate: the line it repeats. */
  first?: number;
}

export interface Comparison {
  /** The role compared: the template of the first readable filled scorecard. */
  template?: ScorecardTemplate;
  /** The scorecards compared, in pasted order, with the line each came from. */
  people: { line: number; card: FilledScorecard }[];
  problems: ComparisonProblem[];
}

/** Splits pasted text into links: one per line (blank lines are skipped, numbers kept). */
export function splitLinks(text: string): { line: number; link: string }[] {
  return text
    .split(/\r\n?|\n/)
    .map((link, index) => ({ line: index + 1, link: link.trim() }))
    .filter((entry) => entry.link !== '');
}

export function compareLinks(text: string, knownIds: ReadonlySet<string>): Comparison {
  const comparison: Comparison = { people: [], problems: [] };
  const seen = new Map<string, number>();
  for (const { line, link } of splitLinks(text)) {
    const hash = hashOf(link);
    const decoded = decodeScorecardLink(hash, knownIds);
    if (!decoded.ok) {
      const reason = decoded.reason === 'too-long' || decoded.reason === 'future-version' ? decoded.reason : 'damaged';
      comparison.problems.push({ line, reason });
      continue;
    }
    if (!decoded.card) {
      comparison.problems.push({ line, reason: 'blank' });
      continue;
    }
    const first = seen.get(hash);
    if (first !== undefined) {
      comparison.problems.push({ line, reason: 'duplicate', first });
      continue;
    }
    comparison.template ??= decoded.template;
    if (!sameTemplate(comparison.template, decoded.template)) {
      comparison.problems.push({ line, reason: 'other-role', role: decoded.template.role });
      continue;
    }
    seen.set(hash, line);
    comparison.people.push({ line, card: decoded.card });
  }
  return comparison;
}
