import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { answer, readQuizConfig } from './quiz-driver';

const strings = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
const LOCALES = [
  { prefix: '', s: strings('en') },
  { prefix: '/bg', s: strings('bg') },
];

/** Every key and value the site keeps, in order: the bytes a bad import must not touch. */
const dumpStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('smm-academy:'))
      .sort()
      .map((key) => [key, localStorage.getItem(key)]),
  );

const statusText = (page: Page) => page.locator('smm-lesson-status [data-progress-status]').textContent();
const rowCell = (page: Page, slug: string, cell: 'status' | 'quiz') =>
  page.locator(`tr[data-lesson="${slug}"] [data-${cell}]`).textContent();

async function importFile(page: Page, name: string, body: string | Buffer) {
  await page.locator('[data-import]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof body === 'string' ? Buffer.from(body) : body,
  });
}

describe.skipIf(!hasBrowser()).each(LOCALES)('learner progress ($prefix)', ({ prefix, s }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('records an opened lesson and lets the learner mark it complete and undo that', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/role/`));
    await page.locator('smm-lesson-status [data-progress-toggle]:visible').waitFor();
    expect(await statusText(page)).toBe(s['progress.status.inProgress']);
    expect(await page.locator('smm-lesson-status [data-progress-best]').textContent()).toContain(
      s['progress.noQuizYet'],
    );
    const toggle = page.locator('smm-lesson-status [data-progress-toggle]');
    expect(await toggle.textContent()).toBe(s['progress.markComplete']);
    await toggle.click();
    expect(await statusText(page)).toBe(s['progress.status.completed']);
    expect(await toggle.textContent()).toBe(s['progress.markIncomplete']);
    await expect
      .poll(() => page.locator('smm-lesson-status [data-live]').textContent())
      .toBe(s['progress.markedComplete']);
    await toggle.click();
    expect(await statusText(page)).toBe(s['progress.status.inProgress']);
    await expect
      .poll(() => page.locator('smm-lesson-status [data-live]').textContent())
      .toBe(s['progress.markedIncomplete']);
    await toggle.click();
    await page.reload();
    await page.locator('smm-lesson-status [data-progress-toggle]:visible').waitFor();
    expect(await statusText(page)).toBe(s['progress.status.completed']);
    expect(await page.locator('smm-lesson-status [data-storage-notice]').isHidden()).toBe(true);
    expect(await findViolations(session)).toEqual([]);
  });

  it('shows the best quiz score in the header as soon as the quiz is finished', async () => {
    const { page } = session;
    const config = await readQuizConfig(page);
    for (const question of config.questions) await answer(page, question, true);
    await page.waitForFunction(
      (text) => document.querySelector('smm-lesson-status [data-progress-best]')?.textContent?.includes(text),
      s['progress.bestScore']!.replace('{{score}}', '100'),
    );
  });

  it('shows status, scores and the next step on the progress page', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/responsibilities/`));
    await page.locator('smm-lesson-status [data-progress-toggle]:visible').waitFor();
    await page.goto(url(`${prefix}/progress/`));
    await page.locator('[data-export]:visible').waitFor();
    expect(await page.locator('smm-progress [data-no-js]').isHidden()).toBe(true);
    expect(await rowCell(page, 'role', 'status')).toBe(s['progress.status.completed']);
    expect(await rowCell(page, 'role', 'quiz')).toBe('100%');
    expect(await rowCell(page, 'responsibilities', 'status')).toBe(s['progress.status.inProgress']);
    expect(await rowCell(page, 'responsibilities', 'quiz')).toBe(s['progress.notTaken']);
    expect(await rowCell(page, 'capstone', 'status')).toBe(s['progress.status.notStarted']);
    expect(await page.locator('[data-bar]').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);
    const lessons = await page.locator('tr[data-lesson]').count();
    expect(await page.locator('[data-summary]').textContent()).toBe(
      s['progress.lessonsCompleted']!.replace('{{done}}', '1').replace('{{total}}', String(lessons)),
    );
    const next = page.locator('[data-next] a');
    expect(await next.getAttribute('href')).toBe(`${prefix}/course/responsibilities/#responsibilities-quiz-heading`);
    expect(await page.locator('[data-final]').textContent()).toBe(
      s['progress.finalNone']!.replace('{{passMark}}', '80'),
    );
    expect(await findViolations(session)).toEqual([]);
  });

  it('shows the final assessment score and checklist progress once there are some', async () => {
    const { page } = session;
    await page.evaluate(() => {
      localStorage.setItem(
        'smm-academy:quiz:final',
        JSON.stringify({ v: 1, hash: 'x', best: 85, last: 85, attempts: 1, lastAt: new Date().toISOString() }),
      );
      localStorage.setItem(
        'smm-academy:checklist:personal-project',
        JSON.stringify({
          v: 1,
          items: { 'read-books': { done: true }, 'start-blog': { done: true }, gone: { done: true } },
        }),
      );
    });
    await page.reload();
    await page.locator('[data-export]:visible').waitFor();
    expect(await page.locator('[data-final]').textContent()).toBe(
      s['progress.finalPassed']!.replace('{{score}}', '85'),
    );
    const total = await page.locator('[data-checklist-bar]').getAttribute('max');
    expect(Number(total)).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-checklist]').textContent()).toBe(
      s['progress.checklistDone']!.replace('{{done}}', '2').replace('{{total}}', total!),
    );
    expect(await page.locator('[data-checklist-bar]').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(2);
  });

  it('exports (worksheets too), resets progress after asking, and imports the file back to the same bytes', async () => {
    const { page } = session;
    await page.evaluate(() => {
      localStorage.setItem('smm-academy:swot:worksheet', JSON.stringify({ v: 1, subject: 'Café', quadrants: {} }));
      // A review deck travels with the progress: exported, forgotten by reset, restored by import.
      const at = '2026-05-03T10:00:00.000Z';
      const card = {
        added: at,
        due: at,
        stability: 0,
        difficulty: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
      };
      localStorage.setItem('smm-academy:review:deck', JSON.stringify({ v: 1, cards: { 't:reach:term': card } }));
    });
    const before = await dumpStorage(page);
    const worksheet = before.filter(([key]) => key === 'smm-academy:swot:worksheet');
    expect(worksheet).toHaveLength(1);
    // The page says what travels with the export and what a reset keeps.
    expect(await page.locator('smm-progress').textContent()).toContain(s['progress.backupIntro']);
    expect(await page.locator('smm-progress').textContent()).toContain(s['progress.resetIntro']);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^smm-academy-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ schema: 'smm-academy-progress', version: 1 });
    expect(Object.keys(file.data)).toEqual(
      expect.arrayContaining(['lessons', 'quiz:role', 'quiz:final', 'swot:worksheet', 'review:deck']),
    );

    // Reset asks first; cancelling keeps everything.
    await page.locator('[data-reset]').click();
    const dialog = page.locator('[data-reset-dialog]');
    expect(await dialog.isVisible()).toBe(true);
    expect(await findViolations(session)).toEqual([]);
    await dialog.locator('button[value="cancel"]').click();
    expect(await dialog.isVisible()).toBe(false);
    // The dialog's close event, which writes the message, comes a task after the click.
    await expect.poll(() => page.locator('[data-reset-message]').textContent()).toBe(s['progress.resetKept']);
    expect(await dumpStorage(page)).toEqual(before);

    await page.locator('[data-reset]').click();
    await dialog.locator('button[value="confirm"]').click();
    await expect.poll(() => page.locator('[data-reset-message]').textContent()).toBe(s['progress.resetDone']);
    expect(await dumpStorage(page)).toEqual(worksheet); // progress forgotten, the worksheet kept
    expect(await rowCell(page, 'role', 'status')).toBe(s['progress.status.notStarted']);

    await importFile(page, 'progress.json', exported);
    const preview = page.locator('[data-preview]');
    await preview.waitFor();
    const rows = await preview
      .locator('[data-preview-rows] tr')
      .evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')?.textContent, (row as HTMLElement).dataset.change]),
      );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter(([, change]) => change !== 'added')).toEqual([[s['progress.item.swot'], 'unchanged']]);
    expect(await preview.textContent()).toContain(s['progress.item.lesson']!.replace('{{title}}', ''));
    // The export date in the reader's language: British English, and no "ч.." in Bulgarian.
    const intro = (await preview.locator('[data-preview-intro]').textContent())!;
    expect(intro).not.toMatch(/\.\.$|\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(intro).toMatch(
      prefix
        ? /^Дата на експортиране: \d{1,2} [а-я]+ \d{4} г\.,? (в )?\d{1,2}:\d{2}( ч\.)?$/
        : /^File exported: \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/,
    );
    expect(await dumpStorage(page)).toEqual(worksheet); // nothing is written before the learner confirms
    expect(await findViolations(session)).toEqual([]);
    await preview.locator('[data-apply]').click();
    expect(await preview.isHidden()).toBe(true);
    expect(await dumpStorage(page)).toEqual(before);
    expect(await rowCell(page, 'role', 'status')).toBe(s['progress.status.completed']);
    expect(await rowCell(page, 'role', 'quiz')).toBe('100%');

    // The same file again, merged: everything unchanged, nothing written.
    await importFile(page, 'progress.json', exported);
    await preview.waitFor();
    const again = await preview
      .locator('[data-preview-rows] tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.change));
    expect(new Set(again)).toEqual(new Set(['unchanged']));
    await preview.locator('[data-cancel]').click();
    expect(await page.locator('[data-message]').textContent()).toBe(s['progress.importCancelled']);
    expect(await dumpStorage(page)).toEqual(before);
  });

  it.each([
    ['not JSON', 'this is not json {', 'progress.error.notJson'],
    ['another schema', '{"schema":"something-else","version":1,"data":{}}', 'progress.error.wrongSchema'],
    [
      'a newer version',
      '{"schema":"smm-academy-progress","version":2,"exportedAt":"2030-01-01T00:00:00.000Z","data":{}}',
      'progress.error.newerVersion',
    ],
    [
      'a tampered file',
      '{"schema":"smm-academy-progress","version":1,"exportedAt":"2030-01-01T00:00:00.000Z","data":{"lessons":{"v":2,"lessons":{"role":{"openedAt":"<script>"}}}}}',
      'progress.error.damaged',
    ],
    ['a file over 1 MiB', Buffer.alloc(1024 * 1024 + 10, 0x20), 'progress.error.tooLarge'],
  ])('refuses %s with a clear message and leaves storage byte-for-byte unchanged', async (_name, body, key) => {
    const { page } = session;
    const before = await dumpStorage(page);
    await importFile(page, 'bad.json', body);
    const message = page.locator('[data-message]');
    await page.waitForFunction((text) => document.querySelector('[data-message]')?.textContent === text, s[key]);
    expect(await message.getAttribute('data-kind')).toBe('error');
    expect(await page.locator('[data-preview]').isHidden()).toBe(true);
    expect(await dumpStorage(page)).toEqual(before);
    expect(session.errors).toEqual([]);
  });

  it('keeps two tabs in sync', async () => {
    const lessonTab = session.page;
    const progressTab = await session.context.newPage();
    await progressTab.goto(url(`${prefix}/progress/`));
    await progressTab.locator('[data-export]:visible').waitFor();
    await lessonTab.goto(url(`${prefix}/course/the-work/`));
    await lessonTab.locator('smm-lesson-status [data-progress-toggle]:visible').waitFor();
    await progressTab.waitForFunction(
      (text) => document.querySelector('tr[data-lesson="the-work"] [data-status]')?.textContent === text,
      s['progress.status.inProgress'],
    );
    await lessonTab.locator('smm-lesson-status [data-progress-toggle]').click();
    await progressTab.waitForFunction(
      (text) => document.querySelector('tr[data-lesson="the-work"] [data-status]')?.textContent === text,
      s['progress.status.completed'],
    );
    // And back: a reset in the progress tab shows in the lesson tab.
    await progressTab.locator('[data-reset]').click();
    await progressTab.locator('[data-reset-dialog] button[value="confirm"]').click();
    await lessonTab.waitForFunction(
      (text) => document.querySelector('smm-lesson-status [data-progress-status]')?.textContent === text,
      s['progress.status.notStarted'],
    );
    await progressTab.close();
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser()).each(LOCALES)('progress without JavaScript ($prefix)', ({ prefix, s }) => {
  it('serves the lessons with links, a note, and the controls hidden', async () => {
    const html = await (await fetch(url(`${prefix}/progress/`))).text();
    expect(html).toContain(s['progress.noScript']);
    expect(html).toContain(`href="${prefix}/course/capstone/"`);
    expect(html).toContain(`href="${prefix}/tools/personal-project-checklist/"`);
    expect(html.match(/<section class="progress-tools"[^>]*hidden>/g)).toHaveLength(2);
    const lesson = await (await fetch(url(`${prefix}/course/role/`))).text();
    expect(lesson).toMatch(/<div class="lesson-status[^"]*"[^>]* data-js[^>]* hidden>/);
  });
});

describe.skipIf(!hasBrowser()).each(LOCALES)('progress with storage blocked ($prefix)', ({ prefix, s }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await failStorage(session.context);
  });
  afterAll(async () => session?.close());

  it('still works in the page and says progress will not be kept', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/role/`));
    const notice = page.locator('smm-lesson-status [data-storage-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(s['progress.notSaved']);
    await page.locator('smm-lesson-status [data-progress-toggle]').click();
    expect(await statusText(page)).toBe(s['progress.status.completed']);
    await page.goto(url(`${prefix}/progress/`));
    await page.locator('smm-progress [data-storage-notice]:visible').waitFor();
    expect(await page.locator('smm-progress [data-storage-notice]').textContent()).toBe(s['progress.notSaved']);
    expect(await rowCell(page, 'role', 'status')).toBe(s['progress.status.notStarted']);
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser())('progress page in the dark theme', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: 'dark' });
  });
  afterAll(async () => session?.close());

  // Colours do not depend on the language: the dark theme is checked in English, the light theme in both (above).
  it('has no axe violations with data, a preview and the reset dialog', async () => {
    const { page } = session;
    const prefix = '';
    await page.goto(url(`${prefix}/course/capstone/`));
    await page.locator('smm-lesson-status [data-progress-toggle]:visible').click();
    expect(await findViolations(session)).toEqual([]);
    await page.goto(url(`${prefix}/progress/`));
    await page.locator('[data-export]:visible').waitFor();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await findViolations(session)).toEqual([]);
    await importFile(page, 'p.json', readFileSync(resolve(import.meta.dirname, '../fixtures/progress/export-v1.json')));
    await page.locator('[data-preview]').waitFor();
    await page.locator('input[value="replace"]').check();
    expect(await page.locator('[data-preview] tr[data-change="removed"]').count()).toBeGreaterThan(0);
    expect(await findViolations(session)).toEqual([]);
    await importFile(page, 'bad.json', 'nope');
    await page.locator('[data-message][data-kind="error"]').waitFor();
    expect(await findViolations(session)).toEqual([]);
    await page.locator('[data-reset]').click();
    expect(await findViolations(session)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-reset-dialog]').isVisible()).toBe(false);
    expect(session.errors).toEqual([]);
  });
});
