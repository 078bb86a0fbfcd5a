/**
 * The scorecard tools' file exports. The widgets import this module only when someone asks for a
 * file, so the export code does not load with every page that shows a scorecard.
 */
import {
  toComparisonCsv,
  toComparisonMarkdown,
  type ComparisonTable,
  type ComparisonText,
} from '../../lib/scorecard/compare-export';
import {
  comparisonFileName,
  scorecardFileName,
  toScorecardCsv,
  toScorecardMarkdown,
  type ExportText,
} from '../../lib/scorecard/export';
import type { FilledScorecard } from '../../lib/scorecard/filled';
import type { ItemView } from '../../lib/scorecard/items';
import type { ScorecardKey } from '../../lib/scorecard/strings';
import type { Translate } from '../../lib/ui-strings';
import { downloadText } from '../toolkit/download';

export type Format = 'csv' | 'md';

const TYPES: Record<Format, string> = { csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8' };

const HEADERS = [
  'role',
  'use',
  'candidate',
  'interviewer',
  'group',
  'item',
  'rating',
  'outOf',
  'label',
  'note',
  'scale',
] as const;

/** Downloads a filled scorecard, its words translated by `t`; returns the file name. */
export function downloadScorecard(
  card: FilledScorecard,
  items: readonly ItemView[],
  levels: readonly string[],
  t: Translate<ScorecardKey>,
  lang: string,
  format: Format,
): string {
  const text: ExportText = {
    headers: Object.fromEntries(HEADERS.map((key) => [key, t(`scorecard.csv.${key}`)])) as ExportText['headers'],
    use: t(`scorecard.use.${card.use}`),
    levels,
    notRated: t('scorecard.notRated'),
  };
  const file = scorecardFileName(card, format);
  const body = format === 'md' ? toScorecardMarkdown(card, items, text) : toScorecardCsv(card, items, text, lang);
  downloadText(file, body, TYPES[format]);
  return file;
}

/** Downloads a comparison; returns the file name. */
export function downloadComparison(table: ComparisonTable, text: ComparisonText, lang: string, format: Format): string {
  const file = comparisonFileName(table.template.role, format);
  const body = format === 'md' ? toComparisonMarkdown(table, text) : toComparisonCsv(table, text, lang);
  downloadText(file, body, TYPES[format]);
  return file;
}
