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
export function parseCsv(text: string, delimiter = ','): string[][] {
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
    } else if (c === delimiter) {
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

/** The text of each row of the class matrix: the learner's name, then every cell's words. */
export function readMatrix(page: Page): Promise<string[][]> {
  return page
    .locator('.assign-matrix tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...(row as HTMLTableRowElement).cells].map(
          (c) => (c.querySelector('.sr-only') ?? c).textContent?.trim() ?? '',
        ),
      ),
    );
}

/** Breaks a code the way email clients wrap long lines: every 76 characters, with CRLF. */
export const wrapCode = (code: string, width = 76): string =>
  code.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\r\n');

/** True when the page itself scrolls sideways (a wide table should scroll inside its own box). */
export const pageScrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The two locales, with learner names in each. */
export const LOCALES = [
  { prefix: '', lang: 'en' as const, ana: 'Ana Ivanova', boris: 'Boris Petrov', tsveta: 'Tsveta Koleva' },
  { prefix: '/bg', lang: 'bg' as const, ana: 'Ана Иванова', boris: 'Борис Петров', tsveta: 'Цвета Колева' },
];
/** A name or title that would run script if it were ever parsed as HTML. */
export const XSS = '<img src=x onerror=alert(1)>';
/** The class results CSV columns, in order: the file's contract with spreadsheets. */
export const CSV_COLUMNS = [
  'learner',
  'assignment',
  'assignmentId',
  'sameAssignment',
  'itemKind',
  'itemId',
  'item',
  'status',
  'best',
  'last',
  'attempts',
  'date',
  'timeliness',
  'generatedAt',
];

/** Records dialogs (an alert() from injected markup would show up here) and dismisses them. */
export function watchDialogs(page: Page, dialogs: string[]) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/** Fills the builder with an 80 % pass mark, creates the link and returns it. */
export async function fillBuilder(page: Page, title: string, due: string, items: string[]) {
  await page.fill('#assign-title', title);
  await page.fill('#assign-instructions', 'Read the lessons.\nThen pass the quizzes.');
  await page.fill('#assign-due', due);
  await page.fill('#assign-pass', '80');
  for (const id of items) await page.check(`#assign-${id}`);
  await page.locator('[data-form] button[type="submit"]').click();
  await page.locator('[data-output]:visible').waitFor();
  return page.inputValue('[data-link]');
}

/** Makes the learner's report on the assignment page and returns its code. */
export async function createReport(page: Page, name: string) {
  await page.fill('#assign-learner', name);
  await page.locator('[data-report-form] button[type="submit"]').click();
  await page.locator('[data-report]:visible').waitFor();
  return page.inputValue('[data-code]');
}

/** Three learners: on time, late and unfinished, and one who got the link of the newer version. */
export const LEARNERS: [string, 'ana' | 'boris' | 'tsveta', SavedProgress][] = [
  [
    'a learner who did everything on time',
    'ana',
    {
      lessons: {
        role: { openedAt: '2030-03-01T09:00:00.000Z', completedAt: '2030-03-10T10:00:00.000Z' },
        responsibilities: { openedAt: '2030-03-02T09:00:00.000Z', completedAt: '2030-03-11T10:00:00.000Z' },
      },
      quizzes: {
        role: { best: 90, last: 90, attempts: 1, lastAt: '2030-03-12T10:00:00.000Z' },
        final: { best: 85, last: 85, attempts: 2, lastAt: '2030-03-14T10:00:00.000Z' },
      },
    },
  ],
  [
    'a learner who is late and not finished',
    'boris',
    {
      lessons: {
        role: { openedAt: '2030-03-01T09:00:00.000Z', completedAt: '2030-03-20T10:00:00.000Z' },
        responsibilities: { openedAt: '2030-03-02T09:00:00.000Z' },
      },
      quizzes: { role: { best: 60, last: 60, attempts: 1, lastAt: '2030-03-05T10:00:00.000Z' } },
    },
  ],
  [
    'a learner of the newer version',
    'tsveta',
    {
      lessons: { role: { openedAt: '2030-03-01T09:00:00.000Z', completedAt: '2030-03-25T10:00:00.000Z' } },
      quizzes: { role: { best: 100, last: 100, attempts: 1, lastAt: '2030-03-26T10:00:00.000Z' } },
    },
  ],
];
