/**
 * The report's files: the figures of every scope as CSV in the page's language, and the all-channel
 * table with the story as Markdown. Both read the rows the page shows (summary.ts).
 */
import { toCsv } from '../csv';
import { escapeMarkdownCell } from '../markdown';
import { roundHalfUp, type Figure, type MetricId, type Status } from './figures';
import { ALL, type ReportState } from './model';
import { metricRows, showFigure } from './summary';

export interface ExportLabels {
  header: readonly string[];
  metric: (id: MetricId) => string;
  status: (status: Status) => string;
  scope: (scope: string) => string;
}

/** Every scope's rows as CSV: numbers stay numbers (rounded), missing figures stay empty. */
export function buildFiguresCsv(report: ReportState, lang: string, labels: ExportLabels): string {
  const number = (figure: Figure) => (figure.ok ? roundHalfUp(figure.value) : '');
  const rows = [ALL, ...report.channels.map((c) => c.id)].flatMap((scope) =>
    metricRows(report, scope).map((row) => [
      labels.scope(scope),
      labels.metric(row.id),
      number(row.current),
      number(row.previous),
      number(row.change),
      row.target ?? '',
      row.status ? labels.status(row.status) : '',
    ]),
  );
  return toCsv(labels.header, rows, lang);
}

/** The all-channel table and the story as Markdown, for an e-mail or a document. */
export function buildMarkdown(
  report: ReportState,
  labels: ExportLabels & { title: string; story: readonly [string, string][]; points: string },
  format: (n: number) => string,
): string {
  const cell = (text: string) => escapeMarkdownCell(text);
  const lines = [`# ${labels.title}`, '', `| ${labels.header.slice(1).map(cell).join(' | ')} |`];
  lines.push(`|${' --- |'.repeat(labels.header.length - 1)}`);
  for (const row of metricRows(report)) {
    const cells = [
      labels.metric(row.id),
      showFigure(row.current, row.id, format),
      showFigure(row.previous, row.id, format),
      showFigure(row.change, row.id, format, true, labels.points),
      row.target === undefined ? '' : format(row.target),
      row.status ? labels.status(row.status) : '',
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  for (const [heading, text] of labels.story) if (text.trim()) lines.push('', `## ${heading}`, '', text.trim());
  return lines.join('\n') + '\n';
}
