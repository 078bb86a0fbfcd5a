/**
 * Side-by-side comparison of filled scorecards of one role. Every pasted line is either compared
 * or explained: a damaged link, one from a newer site, a blank template, another role, a repeat.
 */
import type { UiKeyWith } from '../ui-strings';
import { decodeScorecardLink, type FilledScorecard } from './filled';
import { toTemplateData, type ScorecardTemplate } from './template';

export type ProblemReason = 'damaged' | 'too-long' | 'future-version' | 'blank' | 'other-role' | 'duplicate';

/** Why a pasted line was left out of a comparison. */
export const PROBLEM_KEYS = {
  damaged: 'scorecard.compare.problem.damaged',
  'too-long': 'scorecard.compare.problem.tooLong',
  'future-version': 'scorecard.compare.problem.future',
  blank: 'scorecard.compare.problem.blank',
  'other-role': 'scorecard.compare.problem.otherRole',
  duplicate: 'scorecard.compare.problem.duplicate',
} as const satisfies Record<ProblemReason, UiKeyWith<'scorecard.compare.'>>;

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

/** The part of a pasted link after "#", or the whole text when it has no "#". */
export function hashOf(link: string): string {
  const text = link.trim();
  const at = text.indexOf('#');
  return at === -1 ? text : text.slice(at + 1);
}

/** Two templates are for the same role when role, items, order and scale all match. */
export function sameTemplate(a: ScorecardTemplate, b: ScorecardTemplate): boolean {
  return JSON.stringify(toTemplateData(a)) === JSON.stringify(toTemplateData(b));
}

/** Mean of the rated items, or undefined when nothing is rated. */
export function averageRating(card: FilledScorecard): number | undefined {
  const rated = card.ratings.filter((rating) => rating > 0);
  return rated.length === 0 ? undefined : rated.reduce((sum, rating) => sum + rating, 0) / rated.length;
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
