/** Exports of a filled scorecard: CSV for spreadsheets, Markdown for documents and e-mail. */
import { toCsv } from '../csv';
import { escapeMarkdownCell, escapeMarkdownInline } from '../markdown';
import type { FilledScorecard } from './filled';
import { describeRating, describeScale, type ItemView } from './items';
import { SCALES } from './limits';

/** Translated words the exports need; every field comes from the UI strings. */
export interface ExportText {
  headers: {
    role: string;
    use: string;
    candidate: string;
    interviewer: string;
    group: string;
    item: string;
    rating: string;
    outOf: string;
    label: string;
    note: string;
    scale: string;
  };
  /** The name of this use, e.g. "Interviewer scorecard". */
  use: string;
  /** Level labels of the scale: levels[0] names rating 1. */
  levels: readonly string[];
  notRated: string;
}

/**
 * One row per item, each repeating role and people so that several exports can be stacked. In the
 * dialect of the page's language (`lang`): Bulgarian spreadsheets split columns on ";".
 */
export function toScorecardCsv(
  card: FilledScorecard,
  items: readonly ItemView[],
  text: ExportText,
  lang: string,
): string {
  const h = text.headers;
  const points = SCALES[card.template.scale];
  const rows = items.map((item, index) => {
    const rating = card.ratings[index] ?? 0;
    return [
      card.template.role,
      text.use,
      card.candidate,
      card.interviewer,
      item.group,
      item.name,
      rating > 0 ? rating : '',
      points,
      rating > 0 ? (text.levels[rating - 1] ?? '') : text.notRated,
      card.notes[index] ?? '',
    ];
  });
  const header = [h.role, h.use, h.candidate, h.interviewer, h.group, h.item, h.rating, h.outOf, h.label, h.note];
  return toCsv(header, rows, lang);
}

/** A Markdown table cell; an empty one keeps a space so the row still has every column. */
export const markdownCell = (value: string): string => (value ? escapeMarkdownCell(value) : ' ');

/** "- **Label:** value", both escaped, or "—" for an empty value. */
export const markdownField = (label: string, value: string): string =>
  `- **${escapeMarkdownInline(label)}:** ${value ? escapeMarkdownInline(value) : '—'}`;

export function toScorecardMarkdown(card: FilledScorecard, items: readonly ItemView[], text: ExportText): string {
  const h = text.headers;
  const lines = [
    `# ${escapeMarkdownInline(text.use)}: ${escapeMarkdownInline(card.template.role)}`,
    '',
    markdownField(h.candidate, card.candidate),
    ...(card.use === 'interviewer' ? [markdownField(h.interviewer, card.interviewer)] : []),
    markdownField(h.scale, describeScale(text.levels)),
    '',
    `| ${markdownCell(h.item)} | ${markdownCell(h.rating)} | ${markdownCell(h.note)} |`,
    '| --- | --- | --- |',
    ...items.map(
      (item, index) =>
        `| ${markdownCell(item.name)} | ${markdownCell(describeRating(card.ratings[index] ?? 0, text))} | ${markdownCell(card.notes[index] ?? '')} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

/** Lower-case words joined by "-", for file names: letters and digits of any script only. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A file name from the role and the candidate, e.g. "social-media-manager-maria-ivanova.csv". */
export function scorecardFileName(card: FilledScorecard, extension: string): string {
  return `${slugify(`${card.template.role} ${card.candidate}`) || 'scorecard'}.${extension}`;
}

/** A comparison's file name from the role, e.g. "compare-social-media-manager.md". */
export function comparisonFileName(role: string, extension: string): string {
  const slug = slugify(role);
  return `compare${slug ? `-${slug}` : ''}.${extension}`;
}
