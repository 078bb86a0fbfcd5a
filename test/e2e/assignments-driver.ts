/** Helpers for the assignment tests (a plain module, so that no test runs twice). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { url } from './browser';

const I18N = resolve(import.meta.dirname, '../../content/i18n');
const strings = (lang: 'en' | 'bg'): Record<string, string> =>
  JSON.parse(readFileSync(resolve(I18N, `${lang}.json`), 'utf8')) as Record<string, string>;

/** A translated UI string with its {{placeholders}} filled. */
export function translator(lang: 'en' | 'bg') {
  const all = strings(lang);
  return (key: string, values: Record<string, string | number> = {}): string => {
    const text = all[key];
    if (text === undefined) throw new Error(`no string ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name]));
  };
}

/** What a learner's browser has saved: lesson progress (v2) and quiz records. */
export interface SavedProgress {
  lessons?: Record<string, { openedAt: string; completedAt?: string }>;
  quizzes?: Record<string, { best: number; last: number; attempts: number; lastAt: string }>;
}

/** Puts progress into the learner's storage, as the progress tool and the quizzes save it. */
export async function seedProgress(page: Page, prefix: string, progress: SavedProgress): Promise<void> {
  await page.goto(url(`${prefix}/`));
  await page.evaluate((p) => {
    localStorage.setItem('smm-academy:lessons', JSON.stringify({ v: 2, lessons: p.lessons ?? {} }));
    for (const [id, r] of Object.entries(p.quizzes ?? {}))
      localStorage.setItem(`smm-academy:quiz:${id}`, JSON.stringify({ v: 1, hash: 'seeded', ...r }));
  }, progress);
}

/** The text of each cell of a table body, row by row. */
export function readRows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tr`)
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')));
}

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Replaces the data of a share link's state and re-encodes it, keeping everything else. */
export function tamperLink(link: string, change: (data: Record<string, unknown>) => void): string {
  const [base, hash] = link.split('#') as [string, string];
  const json = Buffer.from(hash.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  const envelope = JSON.parse(json) as { d: Record<string, unknown> };
  change(envelope.d);
  const encoded = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
  return `${base}#${encoded}`;
}
