/**
 * The job description composer: the employer's six fields become one structured advertisement,
 * written out as Markdown (escaped, so typed text stays text) or as plain text for e-mail and job
 * boards. Empty fields leave their section out. Pure.
 */
import { escapeMarkdownInline } from '../markdown';
import type { ItemView } from '../scorecard/items';
import { cleanBlock, cleanLine } from '../scorecard/text';

export const SECTIONS = ['about', 'duties', 'skills', 'offer', 'apply'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Sections written one item per line; the others are paragraphs. */
const LISTS: ReadonlySet<SectionId> = new Set(['duties', 'skills', 'offer']);

export type JobFields = { title: string } & Record<SectionId, string>;
export type SectionHeadings = Record<SectionId, string>;

export const MAX_TITLE_LENGTH = 120;
export const MAX_FIELD_LENGTH = 4000;

export interface JobSection {
  id: SectionId;
  heading: string;
  /** A list's items, or a text's paragraphs. */
  kind: 'list' | 'paragraphs';
  lines: string[];
}

export interface JobDescription {
  title: string;
  sections: JobSection[];
}

// A line typed as "- item", "• item", "* item" or "1. item" is an item either way.
const BULLET = /^(?:[-*•–—]|\d{1,2}[.)])(?:\s+|$)/;

const listItems = (text: string): string[] =>
  cleanBlock(text, MAX_FIELD_LENGTH)
    .split('\n')
    .map((line) => line.replace(BULLET, '').trim())
    .filter(Boolean);

// Lines of one paragraph join into one; a blank line starts the next.
const paragraphs = (text: string): string[] =>
  cleanBlock(text, MAX_FIELD_LENGTH)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

export function composeJobDescription(fields: JobFields, headings: SectionHeadings): JobDescription {
  const sections: JobSection[] = [];
  for (const id of SECTIONS) {
    const list = LISTS.has(id);
    const lines = list ? listItems(fields[id]) : paragraphs(fields[id]);
    if (lines.length > 0) sections.push({ id, heading: headings[id], kind: list ? 'list' : 'paragraphs', lines });
  }
  return { title: cleanLine(fields.title, MAX_TITLE_LENGTH), sections };
}

export function toMarkdown(job: JobDescription): string {
  const blocks: string[] = [];
  if (job.title) blocks.push(`# ${escapeMarkdownInline(job.title)}`);
  for (const section of job.sections) {
    blocks.push(`## ${escapeMarkdownInline(section.heading)}`);
    if (section.kind === 'list') blocks.push(section.lines.map((line) => `- ${escapeMarkdownInline(line)}`).join('\n'));
    else blocks.push(...section.lines.map(escapeMarkdownInline));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** Plain text as typed (nothing escaped): the title underlined, headings in their own line, "•" bullets. */
export function toPlainText(job: JobDescription): string {
  const blocks: string[] = [];
  if (job.title) blocks.push(`${job.title}\n${'='.repeat([...job.title].length)}`);
  for (const section of job.sections) {
    const body =
      section.kind === 'list' ? section.lines.map((line) => `• ${line}`).join('\n') : section.lines.join('\n\n');
    blocks.push(`${section.heading}\n${body}`);
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** What the builder knows of the content (content/hiring/<lang>/job-description.yaml), as pages pass it. */
export interface JobContent {
  /** Taxonomy id → its line in the advertisement and the list it belongs in. */
  lines: Record<string, { text: string; section: 'duties' | 'skills' }>;
  defaults: { about: string; offer: readonly string[]; apply: string };
}

/**
 * The fields a new job description starts from: the role as its title, the scorecard's items in
 * order (as describeItems gives them) as lines, the employer's own items with the skills, and the
 * content's starting text.
 */
export function defaultJobFields(role: string, items: readonly ItemView[], content: JobContent): JobFields {
  const duties: string[] = [];
  const skills: string[] = [];
  for (const item of items) {
    const line = item.custom ? undefined : content.lines[item.key];
    if (line) (line.section === 'duties' ? duties : skills).push(line.text);
    else if (item.custom) skills.push(item.name);
  }
  return {
    title: role,
    about: content.defaults.about,
    duties: duties.join('\n'),
    skills: skills.join('\n'),
    offer: content.defaults.offer.join('\n'),
    apply: content.defaults.apply,
  };
}
