/**
 * The job description being edited is kept on the device under STORAGE_KEYS.jobDescription, with the
 * language and template link it started from, so a reload keeps the edits and another scorecard (or
 * the other language) starts afresh.
 * Reading never throws: anything that does not fit reads as no draft.
 */
import { isRecord } from '../guards';
import { cleanBlock, cleanLine } from '../scorecard/text';
import { MAX_FIELD_LENGTH, MAX_TITLE_LENGTH, SECTIONS, type JobFields } from './job-description';

export interface JobDraft {
  /** "<lang>:<template link's hash>": the page the draft was made on. */
  template: string;
  fields: JobFields;
}

export const writeJobDraft = (draft: JobDraft): string => JSON.stringify(draft);

export function readJobDraft(raw: string | null): JobDraft | undefined {
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || typeof data.template !== 'string' || !isRecord(data.fields)) return undefined;
  const { fields } = data;
  if (typeof fields.title !== 'string' || !SECTIONS.every((id) => typeof fields[id] === 'string')) return undefined;
  const clean = { title: cleanLine(fields.title, MAX_TITLE_LENGTH) } as JobFields;
  for (const id of SECTIONS) clean[id] = cleanBlock(fields[id] as string, MAX_FIELD_LENGTH);
  return { template: data.template, fields: clean };
}
