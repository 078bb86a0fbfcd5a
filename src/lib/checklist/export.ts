import { toCsv } from '../csv';
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

/** A note on one line: exports keep one step per line. */
const flatten = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Markdown text is taken literally: characters that would turn a note into a link, emphasis, code or
 * an HTML tag are escaped, so an export never renders as something the learner did not write.
 */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>]/g, '\\$&');

/** The checklist as a Markdown task list: `- [x] Title — note (evidence)`, one heading per section. */
export function exportMarkdown(outline: ChecklistOutline, state: ChecklistState): string {
  const lines = [`# ${escapeMarkdown(outline.title)}`];
  for (const section of outline.sections) {
    lines.push('', `## ${escapeMarkdown(section.title)}`, '');
    for (const item of section.items) {
      const { done, note, evidence } = getItem(state, item.id);
      let line = `- [${done ? 'x' : ' '}] ${escapeMarkdown(item.title)}`;
      if (note && flatten(note)) line += ` — ${escapeMarkdown(flatten(note))}`;
      // Angle brackets make any URL (even with spaces or parentheses) one autolink.
      if (evidence) line += ` (<${evidence.replace(/[<>]/g, encodeURIComponent)}>)`;
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The checklist as CSV: section, item, done, note, evidence — one row per step. */
export function exportCsv(outline: ChecklistOutline, state: ChecklistState, labels: CsvLabels): string {
  const rows = outline.sections.flatMap((section) =>
    section.items.map((item) => {
      const { done, note, evidence } = getItem(state, item.id);
      return [section.title, item.title, done ? labels.yes : labels.no, note ?? '', evidence ?? ''];
    }),
  );
  return toCsv([labels.section, labels.item, labels.done, labels.note, labels.evidence], rows);
}
