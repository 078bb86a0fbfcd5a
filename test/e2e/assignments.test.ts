import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { parseCsv, readRows, seedProgress, tamperLink, translator, type SavedProgress } from './assignments-driver';

const LOCALES = [
  { prefix: '', lang: 'en' as const, ana: 'Ana Ivanova', boris: 'Boris Petrov', tsveta: 'Tsveta Koleva', find: 'bOr' },
  {
    prefix: '/bg',
    lang: 'bg' as const,
    ana: 'Ана Иванова',
    boris: 'Борис Петров',
    tsveta: 'Цвета Колева',
    find: 'бОр',
  },
];
const XSS = '<img src=x onerror=alert(1)>';
const CSV_COLUMNS = [
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
function watchDialogs(page: Page, dialogs: string[]) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

async function fillBuilder(page: Page, title: string, due: string, items: string[]) {
  await page.fill('#assign-title', title);
  await page.fill('#assign-instructions', 'Read the lessons.\nThen pass the quizzes.');
  await page.fill('#assign-due', due);
  await page.fill('#assign-pass', '80');
  for (const id of items) await page.check(`#assign-${id}`);
  await page.locator('[data-form] button[type="submit"]').click();
  await page.locator('[data-output]:visible').waitFor();
  return page.inputValue('[data-link]');
}

async function createReport(page: Page, name: string) {
  await page.fill('#assign-learner', name);
  await page.locator('[data-report-form] button[type="submit"]').click();
  await page.locator('[data-report]:visible').waitFor();
  return page.inputValue('[data-code]');
}

describe.skipIf(!hasBrowser()).each(LOCALES)('assignments and class results ($lang)', (locale) => {
  const t = translator(locale.lang);
  const { prefix } = locale;
  let instructor: Session;
  const dialogs: string[] = [];
  let link = '';
  let otherLink = '';
  let fileText = '';
  const codes: Record<'boris' | 'tsveta', string> = { boris: '', tsveta: '' };

  beforeAll(async () => {
    instructor = await openSession();
    watchDialogs(instructor.page, dialogs);
  });
  afterAll(async () => instructor?.close());

  it('builds an assignment: refuses an incomplete form, then makes a short link and a printable sheet', async () => {
    const { page } = instructor;
    await page.goto(url(`${prefix}/instructors/assignment-builder/`));
    await page.locator('[data-form] button[type="submit"]').click();
    expect(await page.textContent('#assign-title-error')).toBe(t('assign.problem.title-missing'));
    expect(await page.textContent('#assign-items-error')).toBe(t('assign.problem.no-items'));
    expect(await page.getAttribute('#assign-title', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assign-title');
    expect(await page.locator('[data-output]').isVisible()).toBe(false);

    link = await fillBuilder(page, 'Week 1: the role', '2030-03-15', [
      'lesson-role',
      'quiz-role',
      'lesson-responsibilities',
      'quiz-final',
    ]);
    expect(link.startsWith(url(`${prefix}/instructors/assignment/#`))).toBe(true);
    expect(link.split('#')[1]!.length).toBeLessThanOrEqual(2000);
    expect(await page.locator('#assign-title-error').isVisible()).toBe(false);
    expect(await page.textContent('[data-sheet-title]')).toBe('Week 1: the role');
    expect(await page.locator('[data-sheet-items] li').count()).toBe(4);
    expect(await page.textContent('[data-sheet-link]')).toBe(link);
    expect(await page.getAttribute('[data-open]', 'href')).toBe(link);
    expect(await findViolations(instructor)).toEqual([]);

    // The printed version is the sheet alone: no site chrome, form or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-sheet]').isVisible()).toBe(true);
    for (const hidden of ['header', '[data-form]', '[data-copy]', '.sidebar', 'h1'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('reopens an assignment for editing, and a changed due date gives a new assignment id', async () => {
    const { page } = instructor;
    await page.goto(url(`${prefix}/instructors/assignment-builder/#${link.split('#')[1]}`));
    expect(await page.inputValue('#assign-title')).toBe('Week 1: the role');
    expect(await page.isChecked('#assign-quiz-final')).toBe(true);
    expect(await page.isChecked('#assign-quiz-the-work')).toBe(false);
    await page.fill('#assign-due', '2030-04-01');
    await page.locator('[data-form] button[type="submit"]').click();
    otherLink = await page.inputValue('[data-link]');
    expect(otherLink).not.toBe(link);
    expect(await page.textContent('[data-sheet-id]')).not.toBe('');
  });

  const learners: [string, 'ana' | 'boris' | 'tsveta', SavedProgress][] = [
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
      'a learner of another assignment',
      'tsveta',
      {
        lessons: { role: { openedAt: '2030-03-01T09:00:00.000Z', completedAt: '2030-03-25T10:00:00.000Z' } },
        quizzes: { role: { best: 100, last: 100, attempts: 1, lastAt: '2030-03-26T10:00:00.000Z' } },
      },
    ],
  ];

  it.each(learners)('%s sees their progress and makes a report in a fresh session', async (_name, who, progress) => {
    const learner = await openSession();
    const learnerDialogs: string[] = [];
    watchDialogs(learner.page, learnerDialogs);
    try {
      const { page } = learner;
      await seedProgress(page, prefix, progress);
      await page.goto(who === 'tsveta' ? otherLink : link);
      await page.locator('[data-assignment]:visible').waitFor();
      expect(await page.textContent('[data-title]')).toBe('Week 1: the role');
      const rows = await readRows(page, '[data-items]');
      expect(rows).toHaveLength(4);
      const statuses = rows.map((row) => row[1]);
      // Items in course order: lesson 1, quiz 1, lesson 2, final assessment.
      if (who === 'ana') {
        expect(statuses).toEqual(['completed', 'passed', 'completed', 'passed'].map((s) => t(`assign.status.${s}`)));
        expect(await page.textContent('[data-summary]')).toBe(t('assign.view.allDone', { total: 4 }));
        expect(rows.every((row) => row[3]!.includes(t('assign.timeliness.on-time')))).toBe(true);
      } else if (who === 'boris') {
        expect(statuses).toEqual(
          ['completed', 'below-pass', 'in-progress', 'not-taken'].map((s) => t(`assign.status.${s}`)),
        );
        expect(rows[0]![3]).toContain(t('assign.timeliness.late'));
        expect(rows[1]![2]).toContain('60%');
        expect(await page.textContent('[data-summary]')).toBe(t('assign.view.someDone', { done: 1, total: 4 }));
      }
      // Item links only ever point at this site's lessons and quizzes.
      const hrefs = await page
        .locator('[data-items] a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toHaveLength(4);
      expect(hrefs.every((href) => href.startsWith(url(`${prefix}/course/`)))).toBe(true);

      const name = who === 'tsveta' ? `${locale.tsveta} ${XSS}` : locale[who];
      await page.locator('[data-report-form] button[type="submit"]').click();
      expect(await page.textContent('#assign-learner-error')).toBe(t('assign.report.nameMissing'));
      const code = await createReport(page, name);
      expect(code).toMatch(/^[A-Za-z0-9_-]{100,}$/);
      expect(await page.textContent('[data-r-learner]')).toBe(name);
      expect(await page.textContent('[data-r-state]')).toBe(
        who === 'ana'
          ? t('assign.report.complete', { total: 4 })
          : t('assign.report.incomplete', { done: who === 'boris' ? 1 : 2, total: 4 }),
      );
      expect(await page.locator('.assign img').count()).toBe(0);
      expect(await findViolations(learner)).toEqual([]);

      if (who === 'ana') {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download]')]);
        expect(download.suggestedFilename()).toMatch(/^assignment-report-[0-9a-z]+-.+\.json$/);
        fileText = readFileSync((await download.path())!, 'utf8');
        expect(JSON.parse(fileText)).toMatchObject({ k: 'assignment-report', v: 1, d: { learner: name } });
        // The printed report shows the report, not the form or the buttons.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('[data-report-sheet]').isVisible()).toBe(true);
        expect(await page.locator('[data-report-form]').isVisible()).toBe(false);
        expect(await page.locator('[data-download]').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
      } else {
        codes[who] = code;
      }
      expect(learnerDialogs).toEqual([]);
      expect(learner.errors).toEqual([]);
    } finally {
      await learner.close();
    }
  });

  it('loads three reports from codes and a file, flags the other assignment, sorts, filters and exports CSV', async () => {
    const { page } = instructor;
    await page.goto(url(`${prefix}/instructors/class-results/`));
    await page.fill('#assign-codes', [codes.boris, 'not a report', codes.tsveta].join('\n'));
    await page.locator('[data-paste-form] button[type="submit"]').click();
    const messages = await page.locator('[data-messages] li').allTextContents();
    expect(messages).toEqual([
      `${t('assign.class.line', { number: 1 })}: ${t('assign.class.outcome.added', { name: locale.boris })}`,
      `${t('assign.class.line', { number: 2 })}: ${t('assign.reportError.malformed')}`,
      `${t('assign.class.line', { number: 3 })}: ${t('assign.class.outcome.added', { name: `${locale.tsveta} ${XSS}` })}`,
    ]);
    // The line that could not be read stays, so nothing is lost.
    expect(await page.inputValue('#assign-codes')).toBe('not a report');

    await page.setInputFiles('#assign-files', {
      name: 'ana.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await page.locator('[data-messages] li', { hasText: 'ana.json' }).waitFor();
    const list = page.locator('[data-report-list] > li');
    expect(await list.count()).toBe(3);
    expect(await list.nth(1).getAttribute('class')).toBe('is-other');
    expect(await list.nth(1).textContent()).toContain(t('assign.class.otherShort'));
    expect(await page.locator('.assign img').count()).toBe(0);

    // Sorting: learner ascending at first; buttons in the headers toggle and move aria-sort.
    const learnerTh = page.locator('th[data-sort-column="learner"]');
    expect(await learnerTh.getAttribute('aria-sort')).toBe('ascending');
    let rows = await readRows(page, '[data-rows]');
    expect(rows).toHaveLength(12);
    expect(rows[0]![0]).toBe(locale.ana);
    await learnerTh.locator('button').click();
    expect(await learnerTh.getAttribute('aria-sort')).toBe('descending');
    rows = await readRows(page, '[data-rows]');
    expect(rows[0]![0]).toBe(`${locale.tsveta} ${XSS}${t('assign.class.otherShort')}`);
    await page.locator('th[data-sort-column="score"] button').click();
    expect(await page.getAttribute('th[data-sort-column="score"]', 'aria-sort')).toBe('ascending');
    expect(await learnerTh.getAttribute('aria-sort')).toBeNull();
    rows = await readRows(page, '[data-rows]');
    expect(rows[0]![3]).toContain('60%');
    expect(await findViolations(instructor)).toEqual([]);

    // Filtering by name and by status.
    await page.fill('[data-filter-name]', locale.find);
    rows = await readRows(page, '[data-rows]');
    expect(rows.map((row) => row[0])).toEqual(Array(4).fill(locale.boris));
    expect(await page.textContent('[data-count]')).toBe(t('assign.class.count', { shown: 4, total: 12 }));
    await page.fill('[data-filter-name]', '');
    await page.selectOption('[data-filter-status]', 'other-assignment');
    expect(await page.locator('[data-rows] tr').count()).toBe(4);
    await page.selectOption('[data-filter-status]', 'late');
    rows = await readRows(page, '[data-rows]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([locale.boris, expect.any(String), t('assign.status.completed')]);

    // CSV of the rows shown, then of all rows.
    const exportCsv = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
      expect(download.suggestedFilename()).toMatch(/^class-results-[0-9a-z]+\.csv$/);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      return parseCsv(text.slice(1));
    };
    let csv = await exportCsv();
    expect(csv[0]).toEqual(CSV_COLUMNS.map((column) => t(`assign.csv.${column}`)));
    expect(csv).toHaveLength(2);
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    expect(csv[1]![col('learner')]).toBe(locale.boris);
    expect(csv[1]![col('itemId')]).toBe('role');
    expect(csv[1]![col('timeliness')]).toBe(t('assign.timeliness.late'));
    expect(csv[1]![col('date')]).toBe('2030-03-20T10:00:00.000Z');

    await page.selectOption('[data-filter-status]', 'all');
    await page.locator('th[data-sort-column="learner"] button').click();
    csv = await exportCsv();
    expect(csv).toHaveLength(13);
    const body = csv.slice(1);
    expect(body.map((r) => r[col('learner')])).toEqual([
      ...Array(4).fill(locale.ana),
      ...Array(4).fill(locale.boris),
      ...Array(4).fill(`${locale.tsveta} ${XSS}`),
    ]);
    expect(body.filter((r) => r[col('sameAssignment')] === t('assign.csv.no'))).toHaveLength(4);
    expect(body.slice(0, 4).map((r) => r[col('timeliness')])).toEqual(Array(4).fill(t('assign.timeliness.on-time')));
    const borisQuiz = body.find(
      (r) => r[col('learner')] === locale.boris && r[col('itemKind')] === 'quiz' && r[col('itemId')] === 'role',
    )!;
    expect(borisQuiz.slice(col('status'), col('attempts') + 1)).toEqual([
      t('assign.status.below-pass'),
      '60',
      '60',
      '1',
    ]);

    // The loaded reports survive a reload.
    await page.reload();
    expect(await page.locator('[data-rows] tr').count()).toBe(12);
    expect(dialogs).toEqual([]);
    expect(instructor.errors).toEqual([]);
  });

  it('rejects a tampered or truncated link with a clear message, and runs nothing from a link', async () => {
    const { page } = instructor;
    const cases: [string, string][] = [
      [tamperLink(link, (d) => (d.d = '2031-01-01')), t('assign.linkError.invalid')],
      [tamperLink(link, (d) => (d.t = XSS)), t('assign.linkError.invalid')],
      [tamperLink(link, (d) => (d.l = ['https://evil.example/'])), t('assign.linkError.invalid')],
      [link.slice(0, -25), t('assign.linkError.malformed')],
      [`${link.split('#')[0]}#${'A'.repeat(3000)}`, t('assign.linkError.too-long')],
    ];
    for (const [bad, message] of cases) {
      await page.goto(url('/'));
      await page.goto(bad);
      await page.locator('[data-message]:visible').waitFor();
      expect(await page.textContent('[data-message]')).toBe(message);
      expect(await page.locator('[data-assignment]').isVisible()).toBe(false);
      expect(await page.locator('[data-report-section]').isVisible()).toBe(false);
    }
    expect(await findViolations(instructor)).toEqual([]);

    // A genuine link whose title and instructions are markup shows them as text.
    await page.goto(url(`${prefix}/instructors/assignment-builder/`));
    await page.fill('#assign-title', XSS);
    await page.fill('#assign-instructions', '<script>alert(2)</script>');
    await page.check('#assign-lesson-role');
    await page.locator('[data-form] button[type="submit"]').click();
    const xssLink = await page.inputValue('[data-link]');
    await page.goto(url('/'));
    await page.goto(xssLink);
    await page.locator('[data-assignment]:visible').waitFor();
    expect(await page.textContent('[data-title]')).toBe(XSS);
    expect(await page.textContent('[data-instructions]')).toBe('<script>alert(2)</script>');
    expect(await page.locator('smm-assignment img, smm-assignment [data-instructions] script').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(instructor.errors).toEqual([]);
  });

  it('keeps working, and says so, when storage is blocked', async () => {
    const page = await instructor.context.newPage();
    await failStorage(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(link);
    await page.locator('[data-storage-notice]:visible').waitFor();
    expect(await createReport(page, locale.ana)).toMatch(/^[A-Za-z0-9_-]+$/);
    await page.goto(url(`${prefix}/instructors/class-results/`));
    await page.locator('[data-storage-notice]').first().waitFor({ state: 'attached' });
    await page.fill('#assign-codes', codes.boris);
    await page.locator('[data-paste-form] button[type="submit"]').click();
    expect(await page.locator('[data-storage-notice]').isVisible()).toBe(true);
    expect(await page.locator('[data-rows] tr').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe violations in the dark theme', async () => {
    const dark = await openSession({ colorScheme: 'dark' });
    try {
      const { page } = dark;
      await page.goto(url(`${prefix}/instructors/assignment-builder/`));
      await page.locator('[data-form] button[type="submit"]').click();
      expect(await findViolations(dark)).toEqual([]);
      await fillBuilder(page, 'Dark', '2030-01-01', ['lesson-role', 'quiz-final']);
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await findViolations(dark)).toEqual([]);
      await page.goto(link);
      await createReport(page, locale.ana);
      expect(await findViolations(dark)).toEqual([]);
      await page.goto(url(`${prefix}/instructors/class-results/`));
      await page.fill('#assign-codes', [codes.boris, codes.tsveta, 'broken'].join('\n'));
      await page.locator('[data-paste-form] button[type="submit"]').click();
      await page.locator('[data-rows] tr').first().waitFor();
      expect(await findViolations(dark)).toEqual([]);
      await page.goto(`${link.split('#')[0]}#broken`);
      await page.locator('[data-message]:visible').waitFor();
      expect(await findViolations(dark)).toEqual([]);
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
