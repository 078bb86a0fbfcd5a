/**
 * Instructors with a real class: the builder's warnings, 25 learners × 8 items on a phone and on
 * paper, one pass mark per quiz on every page, and links that are damaged or hostile. Reports are made here with the site's own code, as learners' browsers
 * make them, so that the page is fed a whole class quickly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/lib/assignments/assignment';
import { createAssignment } from '../../src/lib/assignments/draft';
import { encodeReportCode, type Report } from '../../src/lib/assignments/report';
import { buildReport } from '../../src/lib/assignments/report-build';
import { findViolations } from './axe';
import { hasBrowser, openSession, type Session, url } from './browser';
import {
  pageScrollsSideways,
  readMatrix,
  readRows,
  seedProgress,
  tamperLink,
  translator,
  watchDialogs,
  wrapCode,
  XSS,
} from './assignments-driver';

function assignment(passMark: number) {
  const made = createAssignment({
    title: 'Week 1–4: the role and the work',
    instructions: '',
    lessons: ['role', 'responsibilities', 'neighbouring-roles', 'the-work'],
    quizzes: ['role', 'responsibilities', 'the-work', 'final'],
    due: '2030-03-15',
    passMark,
  });
  if (!made.ok) throw new Error('bad fixture');
  return made.assignment;
}

/** Learner n of a class: a spread of lessons done, scores, late and missing work. */
function learnerReport(a: ReturnType<typeof assignment>, n: number): Report {
  return buildReport({
    assignment: a,
    learner: n === 0 ? 'Aleksandrina Konstantinova-Hristova' : `Learner ${String(n + 1).padStart(2, '0')}`,
    lesson: () =>
      n % 3 === 0
        ? { status: 'not-started' }
        : {
            status: 'completed',
            openedAt: '2030-03-01T09:00:00.000Z',
            completedAt: n % 5 === 0 ? '2030-03-20T09:00:00.000Z' : '2030-03-10T09:00:00.000Z',
          },
    quiz: () =>
      n % 4 === 0
        ? undefined
        : {
            v: 1,
            hash: 'h',
            best: 40 + ((n * 7) % 61),
            last: 40,
            attempts: 1 + (n % 3),
            lastAt: '2030-03-12T10:00:00.000Z',
          },
    now: new Date('2030-03-22T10:00:00.000Z'),
  });
}

describe.skipIf(!hasBrowser()).each([
  { prefix: '', lang: 'en' as const },
  { prefix: '/bg', lang: 'bg' as const },
])('a class of 25 and pass marks ($lang)', ({ prefix, lang }) => {
  const t = translator(lang);
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('builder: prints the form before a link exists, warns of a past due date and of a cut title', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/instructors/assignment-builder/`));
    // Printing before there is a link prints the form as filled in, not a blank page.
    await page.fill('#assign-title', 'Draft');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#assign-title').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.fill('#assign-title', '');

    // A due date in the past is allowed, with a warning.
    await page.fill('#assign-due', '2020-01-15');
    expect(await page.textContent('[data-warning="due"]')).toBe(t('assign.builder.duePast'));
    await page.fill('#assign-due', '2030-01-15');
    expect(await page.locator('[data-warning="due"]').isVisible()).toBe(false);

    // A pasted title longer than the limit is cut by the browser, and the page says so.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${'Long title '.repeat(10)}end`);
    await page.focus('#assign-title');
    await page.keyboard.press('Control+V');
    expect(await page.inputValue('#assign-title')).toHaveLength(80);
    expect(await page.textContent('[data-cut="title"]')).toBe(t('assign.builder.cut', { max: 80 }));
    await page.fill('#assign-title', '');

    expect(session.errors).toEqual([]);
  });

  it('shows 25 learners × 8 items in a matrix that scrolls in its own box on a 390 px phone', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const week = assignment(70);
    const codes = Array.from({ length: 25 }, (_, n) => wrapCode(encodeReportCode(learnerReport(week, n))));
    await page.goto(url(`${prefix}/instructors/class-results/`));
    await page.fill('#assign-codes', codes.join('\r\n'));
    await page.locator('[data-paste-form] button[type="submit"]').click();
    await page.locator('.assign-matrix tbody tr').nth(24).waitFor();
    expect(await page.locator('[data-messages] li.is-ok').count()).toBe(25);
    const matrix = await readMatrix(page);
    expect(matrix).toHaveLength(25);
    // Learner, 8 items, done x of y, late.
    expect(matrix.every((row) => row.length === 11)).toBe(true);
    expect(await page.locator('.assign-matrix tfoot td').count()).toBe(10);

    // The page itself never scrolls sideways; the matrix does, inside its focusable box.
    expect(await pageScrollsSideways(page)).toBe(false);
    const box = page.locator('.assign-scroll').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await box.getAttribute('tabindex')).toBe('0');
    await page.locator('.assign-matrix tbody th button').nth(3).click();
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('prints the matrix on landscape A4', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.assign-matrix').isVisible()).toBe(true);
    for (const hidden of ['header', '[data-paste-form]', '[data-export]', 'h1'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    // The headings and names are buttons on screen, text on paper.
    expect(await page.locator('[data-sort="learner"]').isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    // A4 landscape is 297 × 210 mm: 842 × 595 points.
    expect(boxes.every(([w, h]) => w === 842 && h === 595)).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('passes a 75 % lesson quiz at the assignment’s 70 %, and never a 75 % final assessment', async () => {
    const { page } = session;
    const week = assignment(70);
    const learner = await openSession();
    try {
      const record = { best: 75, last: 75, attempts: 1, lastAt: '2030-03-10T10:00:00.000Z' };
      await seedProgress(learner.page, prefix, { quizzes: { role: record, final: record } });
      await learner.page.setViewportSize({ width: 390, height: 844 });
      await learner.page.goto(url(`${prefix}/instructors/assignment/#${encodeAssignment(week)}`));
      await learner.page.locator('[data-assignment]:visible').waitFor();
      expect(await learner.page.textContent('[data-pass]')).toBe(
        t('assign.passMarkRule', { passMark: 70, finalMark: 80 }),
      );
      const rows = await readRows(learner.page, '[data-items]');
      expect(rows[1]![1]).toBe(t('assign.status.passed'));
      expect(rows[7]![1]).toBe(t('assign.status.below-pass'));
      // The learner's page fits a phone: no column is cut off.
      expect(await pageScrollsSideways(learner.page)).toBe(false);
      expect(await findViolations(learner)).toEqual([]);
      await learner.page.fill('#assign-learner', 'Ana');
      await learner.page.locator('[data-report-form] button[type="submit"]').click();
      // The report's code loads on first use.
      await learner.page.locator('[data-report]:visible').waitFor();
      const code = await learner.page.inputValue('[data-code]');
      expect(await pageScrollsSideways(learner.page)).toBe(false);

      await page.goto(url(`${prefix}/instructors/class-results/`));
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('.assign-loaded > summary').click();
      await page.locator('[data-clear]').click();
      await page.fill('#assign-codes', code);
      await page.locator('[data-paste-form] button[type="submit"]').click();
      // Reading codes loads on first use: the message about the code says it is done.
      await page.locator('[data-messages] li').first().waitFor();
      const matrix = await readMatrix(page);
      expect(matrix).toHaveLength(1);
      const [row] = matrix;
      expect(row![2]).toBe(`${t('assign.status.passed')}, 75%`);
      expect(row![8]).toBe(`${t('assign.status.below-pass')}, 75%`);
      expect(await page.textContent('[data-ref-pass]')).toBe(t('assign.passMarkRule', { passMark: 70, finalMark: 80 }));
    } finally {
      await learner.close();
    }
  });

  it('rejects a tampered or truncated link with a clear message, and runs nothing from a link', async () => {
    const { page } = session;
    const dialogs: string[] = [];
    watchDialogs(page, dialogs);
    const link = url(`${prefix}/instructors/assignment/#${encodeAssignment(assignment(80))}`);
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
    expect(await findViolations(session)).toEqual([]);

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
    expect(session.errors).toEqual([]);
  });

  it('explains “Your assignment” opened without a link and points instructors to the builder', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/instructors/assignment/`));
    await page.locator('[data-empty]:visible').waitFor();
    const link = page.locator('[data-empty] a');
    expect(await link.textContent()).toBe(t('assign.view.toBuilder'));
    expect(await link.getAttribute('href')).toBe(`${prefix}/instructors/assignment-builder/`);
  });
});
