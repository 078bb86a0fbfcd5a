import { toCsv } from '../csv';
import { escapeMarkdownInline } from '../markdown';
import type { ChecklistOutline } from './progress';
import { getItem, type ChecklistState } from './state';

/** Column headings and yes/no words of the CSV export, in the page's language. */
export interface CsvLabels {
  section: string;
  item: string;
  done: string;
  note: string;
  evidence: string;
  yes: string;
  no: string;
}

/**
 * The checklist as a Markdown task list: `- [x] Title — note (evidence)`, one heading per section.
 * Titles and notes are escaped (src/lib/markdown.ts), so an export never renders as something the
 * learner did not write; a note keeps to its step's line.
 */
export function exportMarkdown(outline: ChecklistOutline, state: ChecklistState): string {
  const lines = [`# ${escapeMarkdownInline(outline.title)}`];
  for (const section of outline.sections) {
    lines.push('', `## ${escapeMarkdownInline(section.title)}`, '');
    for (const item of section.items) {
      const { done, note, evidence } = getItem(state, item.id);
      let line = `- [${done ? 'x' : ' '}] ${escapeMarkdownInline(item.title)}`;
      const text = note ? escapeMarkdownInline(note) : '';
      if (text) line += ` — ${text}`;
      // Angle brackets make any URL (even with spaces or parentheses) one autolink.
      if (evidence) line += ` (<${evidence.replace(/[<>]/g, encodeURIComponent)}>)`;
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The checklist as CSV in the page's language (see src/lib/csv.ts): section, item, done, note, evidence. */
export function exportCsv(outline: ChecklistOutline, state: ChecklistState, labels: CsvLabels, lang: string): string {
  const rows = outline.sections.flatMap((section) =>
    section.items.map((item) => {
      const { done, note, evidence } = getItem(state, item.id);
      return [section.title, item.title, done ? labels.yes : labels.no, note ?? '', evidence ?? ''];
    }),
  );
  return toCsv([labels.section, labels.item, labels.done, labels.note, labels.evidence], rows, lang);
}
