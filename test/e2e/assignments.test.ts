import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { decodeAssignment } from '../../src/lib/assignments/assignment';
import { formatCalendarDate } from '../../src/lib/dates';
import {
  createReport,
  CSV_COLUMNS,
  fillBuilder,
  LEARNERS,
  LOCALES,
  parseCsv,
  readMatrix,
  readRows,
  seedProgress,
  translator,
  watchDialogs,
  wrapCode,
  XSS,
} from './assignments-driver';

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
    // The pass mark is stated as a rule: the assignment's for lesson quizzes, 80 % for the final.
    expect(await page.textContent('[data-sheet-pass]')).toBe(t('assign.passMarkRule', { passMark: 80, finalMark: 80 }));
    const edit = url(`${prefix}/instructors/assignment-builder/#${link.split('#')[1]}`);
    expect(await page.getAttribute('[data-sheet-edit]', 'href')).toBe(edit);
    expect(await page.textContent('[data-sheet-edit]')).toBe(edit);
    expect(await findViolations(instructor)).toEqual([]);

    // The printed version is the sheet alone: no site chrome, form or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-sheet]').isVisible()).toBe(true);
    for (const hidden of ['header', '[data-form]', '[data-copy]', '.sidebar', 'h1'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('[data-sheet-edit]').isVisible()).toBe(true);
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

  it.each(LEARNERS)('%s sees their progress and makes a report in a fresh session', async (_name, who, progress) => {
    const learner = await openSession();
    const learnerDialogs: string[] = [];
    watchDialogs(learner.page, learnerDialogs);
    try {
      const { page } = learner;
      await seedProgress(page, prefix, progress);
      await page.goto(who === 'tsveta' ? otherLink : link);
      await page.locator('[data-assignment]:visible').waitFor();
      expect(await page.textContent('[data-title]')).toBe('Week 1: the role');
      expect(await page.textContent('[data-pass]')).toBe(t('assign.passMarkRule', { passMark: 80, finalMark: 80 }));
      // The instructor can open the same assignment in the builder from here.
      const hash = (who === 'tsveta' ? otherLink : link).split('#')[1];
      expect(await page.getAttribute('[data-edit]', 'href')).toBe(`${prefix}/instructors/assignment-builder/#${hash}`);
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

      // Printed before a report exists: the progress, and no empty "Completion report" heading.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-report-section]').isVisible()).toBe(false);
      const printed = await page
        .locator('.assign :is(h2, h3)')
        .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent?.trim() ?? ''));
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.every(Boolean)).toBe(true);
      expect(printed).not.toContain(t('assign.report.heading'));
      await page.emulateMedia({ media: 'screen' });

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

  it('loads reports from codes wrapped by email and from a file, shows the class matrix, sorts and drills down', async () => {
    const { page } = instructor;
    await page.goto(url(`${prefix}/instructors/class-results/`));
    // Email clients wrap long lines at 76 characters; each wrapped code still reads as one.
    const borisLines = wrapCode(codes.boris).split('\r\n').length;
    const tsvetaLines = wrapCode(codes.tsveta).split('\r\n').length;
    expect(borisLines).toBeGreaterThan(3);
    await page.fill('#assign-codes', [wrapCode(codes.boris), 'not a report', wrapCode(codes.tsveta)].join('\r\n'));
    await page.locator('[data-paste-form] button[type="submit"]').click();
    await page.locator('[data-messages] li').first().waitFor();
    const messages = await page.locator('[data-messages] li').allTextContents();
    const tsvetaName = `${locale.tsveta} ${XSS}`;
    expect(messages).toEqual([
      `${t('assign.class.lines', { first: 1, last: borisLines })}: ${t('assign.class.outcome.added', { name: locale.boris })}`,
      `${t('assign.class.line', { number: borisLines + 1 })}: ${t('assign.reportError.malformed')}`,
      `${t('assign.class.lines', { first: borisLines + 2, last: borisLines + 1 + tsvetaLines })}: ${t('assign.class.outcome.added', { name: tsvetaName })}`,
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
    expect(await page.locator('.assign img').count()).toBe(0);

    // Tsveta's report is for the version with the later due date: shown as such, not in the matrix yet.
    const other = decodeAssignment(otherLink.split('#')[1]!);
    const newer = t('assign.class.newerVersion', {
      due: formatCalendarDate(locale.lang, '2030-04-01'),
      id: other.ok ? other.data.id : '?',
    });
    expect(await list.nth(1).getAttribute('class')).toBe('is-other');
    expect(await list.nth(1).textContent()).toContain(newer);
    // The versions box fills when its code has loaded.
    await expect
      .poll(() => page.textContent('[data-versions-text]'))
      .toBe(t('assign.versions.found', { count: 2, title: 'Week 1: the role' }));
    expect(await page.textContent('[data-ref-pass]')).toBe(t('assign.passMarkRule', { passMark: 80, finalMark: 80 }));

    // One row per learner, one column per item, the learner's words in every cell.
    const words = (status: string, extra: string[] = []) => [t(`assign.status.${status}`), ...extra].join(', ');
    const matrix = await readMatrix(page);
    expect(matrix).toEqual([
      [
        locale.ana,
        words('completed'),
        words('passed', ['90%']),
        words('completed'),
        words('passed', ['85%']),
        t('assign.matrix.doneOf', { done: 4, total: 4 }),
        '0',
      ],
      [
        locale.boris,
        words('completed', [t('assign.timeliness.late')]),
        words('below-pass', ['60%']),
        words('in-progress'),
        words('not-taken'),
        t('assign.matrix.doneOf', { done: 1, total: 4 }),
        '1',
      ],
    ]);
    // Per item: how many completed or passed, and the median best score of those who took the quiz.
    const summary = await page.locator('.assign-matrix tfoot td').allTextContents();
    expect(summary.slice(0, 2)).toEqual([
      t('assign.matrix.doneOf', { done: 2, total: 2 }),
      `${t('assign.matrix.doneOf', { done: 1, total: 2 })}${t('assign.matrix.median', { score: 75 })}`,
    ]);
    expect(await page.locator('[data-matrix-key] li').count()).toBe(4);

    // Sorting: by name at first; any column heading sorts, again to reverse, and aria-sort follows.
    const learnerTh = page.locator('.assign-matrix thead th').first();
    expect(await learnerTh.getAttribute('aria-sort')).toBe('ascending');
    const quizTh = page.locator('.assign-matrix thead th', { has: page.locator('[data-sort="quiz:role"]') });
    await quizTh.locator('button').click();
    expect(await quizTh.getAttribute('aria-sort')).toBe('ascending');
    expect(await learnerTh.getAttribute('aria-sort')).toBeNull();
    expect((await readMatrix(page)).map((row) => row[0])).toEqual([locale.boris, locale.ana]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe('quiz:role');
    await page.keyboard.press('Enter');
    expect(await quizTh.getAttribute('aria-sort')).toBe('descending');
    expect((await readMatrix(page)).map((row) => row[0])).toEqual([locale.ana, locale.boris]);
    expect(await findViolations(instructor)).toEqual([]);

    // Drill-down: a learner's name opens their report item by item.
    await page.locator('.assign-matrix tbody th button', { hasText: locale.boris }).click();
    // The drill-down loads on first use.
    await page.locator('[data-detail-panel]:visible').waitFor();
    expect(await page.textContent('[data-detail-heading]')).toBe(
      t('assign.class.detailHeading', { name: locale.boris }),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assign-detail-heading');
    const detail = await readRows(page, '[data-detail-rows]');
    expect(detail.map((row) => row[1])).toEqual(
      ['completed', 'below-pass', 'in-progress', 'not-taken'].map((s) => t(`assign.status.${s}`)),
    );
    expect(detail[0]![3]).toContain(t('assign.timeliness.late'));
    expect(await findViolations(instructor)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(instructor.errors).toEqual([]);
  });

  it('merges the two versions into one class, judged by the newer due date, and exports every row as CSV', async () => {
    const { page } = instructor;
    await page.locator('[data-merge]').click();
    await expect
      .poll(() => page.textContent('[data-versions-text]'))
      .toBe(
        t('assign.versions.merged', {
          count: 2,
          title: 'Week 1: the role',
          due: formatCalendarDate(locale.lang, '2030-04-01'),
        }),
      );
    expect(await page.textContent('[data-ref-due]')).toBe(formatCalendarDate(locale.lang, '2030-04-01'));
    // Sorted by name again, every learner is in the matrix; Boris's lesson is on time for the newer date.
    await page.locator('[data-sort="learner"]').click();
    const matrix = await readMatrix(page);
    expect(matrix.map((row) => row[0])).toEqual([locale.ana, locale.boris, `${locale.tsveta} ${XSS}`]);
    expect(matrix[1]![1]).toBe(t('assign.status.completed'));
    expect(matrix[1]!.at(-1)).toBe('0');
    expect(await page.locator('.assign img').count()).toBe(0);
    expect(await findViolations(instructor)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    expect(download.suggestedFilename()).toMatch(/^class-results-[0-9a-z]+\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Bulgarian spreadsheets split columns on ";": the Bulgarian file uses it, and words of its own.
    const csv = parseCsv(text.slice(1), locale.lang === 'bg' ? ';' : ',');
    expect(csv[0]).toEqual(CSV_COLUMNS.map((column) => t(`assign.csv.${column}`)));
    expect(csv.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    const body = csv.slice(1);
    expect(body).toHaveLength(12);
    expect(body.map((r) => r[col('learner')])).toEqual([
      ...Array(4).fill(locale.ana),
      ...Array(4).fill(locale.boris),
      ...Array(4).fill(`${locale.tsveta} ${XSS}`),
    ]);
    expect(new Set(body.map((r) => r[col('sameAssignment')]))).toEqual(new Set([t('assign.csv.yes')]));
    expect(new Set(body.map((r) => r[col('itemKind')]))).toEqual(
      new Set([t('assign.csv.lesson'), t('assign.csv.quiz')]),
    );
    const borisQuiz = body.find(
      (r) =>
        r[col('learner')] === locale.boris &&
        r[col('itemKind')] === t('assign.csv.quiz') &&
        r[col('itemId')] === 'role',
    )!;
    expect(borisQuiz.slice(col('status'), col('attempts') + 1)).toEqual([
      t('assign.status.below-pass'),
      '60',
      '60',
      '1',
    ]);
    expect(body.find((r) => r[col('learner')] === locale.boris)![col('date')]).toBe('2030-03-20T10:00:00.000Z');

    // The loaded reports and the merge survive a reload.
    await page.reload();
    expect(await page.locator('.assign-matrix tbody tr').count()).toBe(3);
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
    // Reading codes loads on first use: the message about the code says it is done.
    await page.locator('[data-messages] li').first().waitFor();
    expect(await page.locator('[data-storage-notice]').isVisible()).toBe(true);
    expect(await page.locator('.assign-matrix tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Colours do not depend on the language: the dark theme is checked in English, the light theme in both.
  it.runIf(locale === LOCALES[0])(
    'has no axe violations in the dark theme',
    async () => {
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
        await page.locator('.assign-matrix tbody tr').first().waitFor();
        await page.locator('[data-merge]').click();
        await page.locator('.assign-matrix tbody th button').first().click();
        await page.locator('[data-detail-panel]:visible').waitFor();
        expect(await findViolations(dark)).toEqual([]);
        await page.goto(`${link.split('#')[0]}#broken`);
        await page.locator('[data-message]:visible').waitFor();
        expect(await findViolations(dark)).toEqual([]);
        expect(dark.errors).toEqual([]);
      } finally {
        await dark.close();
      }
      // Five axe runs: slow on a busy machine.
    },
    240_000,
  );
});
