/**
 * Exports of a comparison, laid out as on screen: items in rows, one column (CSV: a rating and a
 * note column) per filled scorecard, and the average of the rated items at the bottom.
 */
import { toCsv } from '../csv';
import { escapeMarkdownInline } from '../markdown';
import { markdownCell, markdownField } from './export';
import { averageRating } from './compare';
import type { FilledScorecard } from './filled';
import { describeRating, describeScale, type ItemView } from './items';
import type { ScorecardTemplate } from './template';

export interface ComparisonTable {
  template: ScorecardTemplate;
  items: readonly ItemView[];
  cards: readonly FilledScorecard[];
  /** Each card's column title, e.g. "Maria (self-assessment)". */
  people: readonly string[];
}

/** Translated words the exports need; every field comes from the UI strings. */
export interface ComparisonText {
  /** The heading, e.g. "Ratings and notes for “Social media manager”". */
  title: string;
  headers: { role: string; group: string; item: string; scale: string; date: string };
  /** The day of the export, in words ("3 May 2026"). */
  date: string;
  /** Column titles of a person's rating and note in CSV. */
  ratingOf: (person: string) => string;
  noteOf: (person: string) => string;
  average: string;
  /** Each card's average as shown on screen ("3.7 of 5"), or "—". */
  averages: readonly string[];
  levels: readonly string[];
  notRated: string;
}

/** Ratings as numbers (empty when not rated), so that a spreadsheet can add them up. */
export function toComparisonCsv(table: ComparisonTable, text: ComparisonText, lang: string): string {
  const { template, items, cards, people } = table;
  const header = [
    text.headers.role,
    text.headers.group,
    text.headers.item,
    ...people.flatMap((person) => [text.ratingOf(person), text.noteOf(person)]),
  ];
  const rows = items.map((item, index) => [
    template.role,
    item.group,
    item.name,
    ...cards.flatMap((card) => [card.ratings[index] || '', card.notes[index] ?? '']),
  ]);
  const averages = cards.flatMap((card) => {
    const average = averageRating(card);
    return [average === undefined ? '' : Math.round(average * 100) / 100, ''];
  });
  return toCsv(header, [...rows, [template.role, '', text.average, ...averages]], lang);
}

export function toComparisonMarkdown(table: ComparisonTable, text: ComparisonText): string {
  const { items, cards, people } = table;
  const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rated = (card: FilledScorecard, index: number) => {
    const rating = describeRating(card.ratings[index] ?? 0, text);
    const note = card.notes[index];
    return note ? `${rating}\n${note}` : rating;
  };
  const lines = [
    `# ${escapeMarkdownInline(text.title)}`,
    '',
    markdownField(text.headers.scale, describeScale(text.levels)),
    markdownField(text.headers.date, text.date),
    '',
    row([text.headers.item, ...people]),
    `|${' --- |'.repeat(people.length + 1)}`,
    ...items.map((item, index) => row([item.name, ...cards.map((card) => rated(card, index))])),
    row([text.average, ...text.averages]),
  ];
  return lines.join('\n') + '\n';
}
