import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardTemplate } from '../../src/lib/scorecard/template';
import { encodeFilled, startScorecard } from '../../src/lib/scorecard/filled';
import { encodeState, MAX_STATE_LENGTH } from '../../src/lib/url-state';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';
import { countPdfPages, INTERVIEW_ITEMS, loadStrings, pickedNames, printedText, tabTo } from './scorecard-driver';
import { parseCsv, taxonomyEntries } from '../support/scorecard';

const LOCALES = [
  {
    lang: 'en' as const,
    prefix: '',
    other: '/bg',
    otherLabel: 'Български',
    role: 'Social media manager, bakery chain',
  },
  { lang: 'bg' as const, prefix: '/bg', other: '', otherLabel: 'English', role: 'Мениджър на социални медии, пекарни' },
];

const hashOf = (link: string) => link.slice(link.indexOf('#') + 1);
const must = (result: { ok: true; hash: string } | { ok: false }) => {
  if (!result.ok) throw new Error('link too long');
  return result.hash;
};

describe.skipIf(!hasBrowser()).each(LOCALES)('scorecards ($lang)', (locale) => {
  const t = loadStrings(locale.lang);
  const names = new Map(taxonomyEntries(locale.lang).map((entry) => [entry.id, entry]));
  const name = (id: string) => names.get(id)!.name;
  const builderPath = `${locale.prefix}/hiring/scorecard-builder/`;
  const sheetPath = `${locale.prefix}/hiring/scorecard/`;
  const comparePath = `${locale.prefix}/hiring/compare/`;
  let builder: Session;
  let link = '';
  let filledInterviewer = '';
  let filledSelf = '';

  beforeAll(async () => {
    builder = await openSession();
  });
  afterAll(async () => builder?.close());

  it('builds a template with the keyboard only', async () => {
    const { page } = builder;
    await page.goto(url(builderPath));
    await page.locator('h1').click(); // a starting point; everything after is keys
    await tabTo(page, '[data-role]');
    await page.keyboard.type(locale.role);
    for (const id of ['strategy', 'crisis', 'canva']) {
      await tabTo(page, `#scorecard-pick-${id}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '[data-custom]');
    await page.keyboard.type('Speaks Greek <b>fluently</b>');
    await page.keyboard.press('Enter');
    expect(await pickedNames(page)).toEqual([
      name('strategy'),
      name('crisis'),
      name('canva'),
      'Speaks Greek <b>fluently</b>',
    ]);
    // The custom item is only ever text.
    expect(await page.locator('[data-picked] b').count()).toBe(0);

    // Move the custom item up twice: focus stays on its "Move up" button.
    await tabTo(page, '[data-picked] > li:last-child [data-action="up"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await pickedNames(page)).toEqual([
      name('strategy'),
      'Speaks Greek <b>fluently</b>',
      name('crisis'),
      name('canva'),
    ]);
    await page.waitForFunction(
      (text) => document.querySelector('smm-scorecard-builder [data-live]')?.textContent === text,
      t('moved', { item: 'Speaks Greek <b>fluently</b>', position: 2, count: 4 }),
    );
    // Remove "Canva" by keyboard, then pick the five-point scale with the arrow keys.
    await tabTo(page, '[data-picked] > li:last-child [data-action="remove"]');
    await page.keyboard.press('Enter');
    expect(await page.isChecked('#scorecard-pick-canva')).toBe(false);
    await tabTo(page, '#scorecard-scale-four');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#scorecard-scale-five')).toBe(true);

    link = await page.inputValue('[data-link]');
    expect(link.startsWith(url(sheetPath) + '#')).toBe(true);
    expect(hashOf(link).length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
    // The builder keeps the same state in its own address, so a reload keeps the work.
    expect(hashOf(page.url())).toBe(hashOf(link));
    await page.reload();
    expect(await page.inputValue('[data-role]')).toBe(locale.role);
    expect(await pickedNames(page)).toEqual([name('strategy'), 'Speaks Greek <b>fluently</b>', name('crisis')]);
    expect(await findViolations(builder)).toEqual([]);
    expect(builder.errors).toEqual([]);
  });

  it('opens the link in a fresh session, fills it in as an interviewer and exports CSV', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(link);
      await page.getByRole('button', { name: t('use.interviewerButton') }).click();
      expect(await page.locator('[data-title]').textContent()).toBe(
        t('sheet.title', { use: t('use.interviewer'), role: locale.role }),
      );
      // The custom item arrives from the link and is shown as text, never as markup.
      expect(await page.locator('[data-items] legend').nth(1).textContent()).toBe('2. Speaks Greek <b>fluently</b>');
      expect(await page.locator('[data-items] b').count()).toBe(0);
      await page.fill('[data-candidate]', 'Мария "Мими" Иванова');
      await page.fill('[data-interviewer]', 'Ivan Petrov');
      await page.check('#scorecard-rate-0-4');
      await page.check('#scorecard-rate-1-2');
      await page.fill('#scorecard-note-0', 'Clear plan, with numbers');
      await page.fill('#scorecard-note-2', '=SUM(A1) handled the 2023 storm well');
      await page.check('#scorecard-rate-2-5');
      expect(await page.locator('[data-progress]').textContent()).toBe(t('progress', { rated: 3, count: 3 }));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-send] [data-export="csv"]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const use = t('use.interviewer');
      const common = [locale.role, use, 'Мария "Мими" Иванова', 'Ivan Petrov'];
      // Bulgarian spreadsheets split columns on ";".
      expect(parseCsv(csv, locale.lang === 'bg' ? ';' : ',')).toEqual([
        ['role', 'use', 'candidate', 'interviewer', 'group', 'item', 'rating', 'outOf', 'label', 'note'].map((k) =>
          t(`csv.${k}`),
        ),
        [
          ...common,
          names.get('strategy')!.group,
          name('strategy'),
          '4',
          '5',
          t('scale.five.4'),
          'Clear plan, with numbers',
        ],
        [...common, t('group.custom'), 'Speaks Greek <b>fluently</b>', '2', '5', t('scale.five.2'), ''],
        [
          ...common,
          names.get('crisis')!.group,
          name('crisis'),
          '5',
          '5',
          t('scale.five.5'),
          "'=SUM(A1) handled the 2023 storm well",
        ],
      ]);
      const [markdown] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-send] [data-export="md"]'),
      ]);
      expect(readFileSync((await markdown.path())!, 'utf8').split('\n')[0]).toBe(`# ${use}: ${locale.role}`);

      filledInterviewer = await page.inputValue('[data-filled-link]');
      expect(filledInterviewer.startsWith(url(sheetPath) + '#')).toBe(true);
      expect(hashOf(page.url())).toBe(hashOf(filledInterviewer));
      expect(await findViolations(session)).toEqual([]);

      // The same blank link serves the candidate's self-assessment.
      await page.goto(link);
      await page.getByRole('button', { name: t('use.selfButton') }).click();
      expect(await page.isVisible('[data-interviewer]')).toBe(false);
      expect(await page.locator('[data-candidate-label]').textContent()).toBe(t('field.self'));
      await page.fill('[data-candidate]', 'Petar');
      await page.check('#scorecard-rate-0-3');
      await page.fill('#scorecard-note-1', 'Lived in Thessaloniki\nfor two years');
      await page.check('#scorecard-rate-1-5');
      filledSelf = await page.inputValue('[data-filled-link]');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('prints a filled scorecard on one A4 page, dated, with lines for the decision and the signature', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(filledInterviewer);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.scorecard-print table')).toBe(true);
      expect(await page.isVisible('header')).toBe(false);
      expect(await page.isVisible('[data-view]')).toBe(false);
      expect(await page.locator('.scorecard-print tbody tr').count()).toBe(3);
      const today = new Intl.DateTimeFormat(locale.lang === 'bg' ? 'bg' : 'en-GB', { dateStyle: 'long' }).format(
        new Date(),
      );
      const printed = await printedText(page);
      expect(printed).toContain(`${t('csv.date')}: ${today}`);
      expect(printed).toContain(`${t('sign.decision')}:`);
      expect(printed).toContain(`${t('sign.signature')}:`);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

      // A realistic full interview: twelve items, each rated with a two-line note.
      const ids = INTERVIEW_ITEMS;
      const template: ScorecardTemplate = {
        role: locale.role,
        items: ids.map((id) => ({ kind: 'taxonomy', id })),
        scale: 'four',
      };
      const card = {
        ...startScorecard(template, 'interviewer' as const),
        candidate: 'Елена Георгиева',
        interviewer: 'Ivan Petrov',
        ratings: ids.map((_, i) => (i % 4) + 1),
        notes: ids.map((_, i) => `Example ${i}: described a campaign for a local brand,\nwith numbers.`),
      };
      await page.goto(url(`${sheetPath}#${must(encodeFilled(card))}`));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.scorecard-print tbody tr').count()).toBe(12);
      expect(await page.isVisible('.scorecard-print .scorecard-sign')).toBe(true);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('compares two filled scorecards and explains the links it leaves out', async () => {
    const { page } = builder;
    const otherRole = encodeFilled({
      ...startScorecard({ role: 'Content creator', items: [{ kind: 'taxonomy', id: 'canva' }], scale: 'four' }, 'self'),
      candidate: 'Elena',
    });
    const lines = [
      filledInterviewer,
      filledSelf,
      `${url(sheetPath)}#not-a-link`,
      link,
      `${url(sheetPath)}#${must(otherRole)}`,
    ];
    await page.goto(url(comparePath));
    await page.fill('[data-links]', lines.join('\n'));
    await page.click('[data-compare]');
    const headers = await page.locator('[data-result] thead th').allTextContents();
    expect(headers).toEqual([
      t('compare.item'),
      t('compare.byInterviewer', { name: 'Мария "Мими" Иванова', interviewer: 'Ivan Petrov' }),
      t('compare.self', { name: 'Petar' }),
    ]);
    expect(await page.locator('[data-result] b').count()).toBe(0);
    const rows = page.locator('[data-result] tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).locator('th').textContent()).toContain(name('strategy'));
    expect(await rows.nth(0).locator('td').nth(0).textContent()).toBe(
      `4 – ${t('scale.five.4')}Clear plan, with numbers`,
    );
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe(`3 – ${t('scale.five.3')}`);
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe(
      `5 – ${t('scale.five.5')}Lived in Thessaloniki\nfor two years`,
    );
    expect(await page.locator('[data-result] tfoot td').allTextContents()).toEqual([
      t('compare.averageValue', {
        value: (11 / 3).toLocaleString(locale.lang === 'bg' ? 'bg' : 'en-GB', { maximumFractionDigits: 1 }),
        points: 5,
      }),
      t('compare.averageValue', { value: 4, points: 5 }),
    ]);
    expect(await page.locator('[data-problem-list] li').allTextContents()).toEqual([
      t('compare.problem.damaged', { line: 3 }),
      t('compare.problem.blank', { line: 4 }),
      t('compare.problem.otherRole', { line: 5, role: 'Content creator' }),
    ]);
    expect(await page.locator('[data-status]').textContent()).toBe(t('compare.done', { count: 2, problems: 3 }));
    expect(await findViolations(builder)).toEqual([]);

    await page.fill('[data-links]', 'nothing useful');
    await page.click('[data-compare]');
    expect(await page.locator('[data-status]').textContent()).toBe(t('compare.none'));
    expect(await page.isVisible('[data-result]')).toBe(false);
  });

  it('shows a clear message and an empty, usable builder for tampered, truncated and future links', async () => {
    const { page } = builder;
    const cases = [
      [hashOf(link).slice(0, -9), t('error.damaged')],
      [hashOf(link).replace(/^eyJ/, 'eyX'), t('error.damaged')],
      [encodeState('scorecard', 99, { r: 'x', i: [], c: [], s: 'four' }), t('error.future')],
      [encodeState('scorecard', 1, { r: 'x', i: ['no-such-item'], c: [], s: 'four' }), t('error.damaged')],
    ];
    for (const [hash, message] of cases) {
      await page.goto(url(`${builderPath}#${hash}`));
      await page.reload(); // same-page hash navigation does not reload; make sure the page starts from the link
      expect(await page.locator('[data-alert-text]:not(:empty)').textContent()).toBe(message);
      expect(await page.inputValue('[data-role]')).toBe('');
      expect(await page.locator('[data-pick]:checked').count()).toBe(0);
    }
    // …and the builder works from there.
    await page.fill('[data-role]', locale.role);
    await page.check('#scorecard-pick-creativity');
    expect(await page.inputValue('[data-link]')).toContain('#');
    expect(await findViolations(builder)).toEqual([]);

    await page.goto(url(`${sheetPath}#${hashOf(filledInterviewer).slice(0, 50)}`));
    await page.reload();
    expect(await page.locator('[data-alert-text]:not(:empty)').textContent()).toBe(t('error.damaged'));
    expect(await page.isVisible('[data-sheet]')).toBe(false);
    expect(await findViolations(builder)).toEqual([]);
    expect(builder.errors).toEqual([]);
  });

  it('keeps the state of the link when the language changes', async () => {
    const { page } = builder;
    const other = LOCALES.find((l) => l.lang !== locale.lang)!;
    const otherT = loadStrings(other.lang);
    const otherNames = new Map(taxonomyEntries(other.lang).map((entry) => [entry.id, entry.name]));
    await page.goto(filledInterviewer);
    await page.locator('starlight-lang-select select').first().selectOption({ label: locale.otherLabel });
    await page.waitForURL((u) => u.pathname === `${other.prefix}/hiring/scorecard/`);
    expect(hashOf(page.url())).toBe(hashOf(filledInterviewer));
    // Someone else's scorecard stays read-only in the other language too.
    expect(await page.locator('[data-view-title]').textContent()).toBe(
      otherT('sheet.title', { use: otherT('use.interviewer'), role: locale.role }),
    );
    expect(await page.locator('[data-view-table] tbody td').first().textContent()).toBe(
      `1. ${otherNames.get('strategy')}`,
    );

    // Your own scorecard stays a form across switches, with the answers given after the switch.
    await page.getByRole('button', { name: otherT('view.editCopy') }).click();
    await page.check('#scorecard-rate-1-1');
    await page
      .locator('starlight-lang-select select')
      .first()
      .selectOption({ label: other.lang === 'en' ? 'Български' : 'English' });
    await page.waitForURL((u) => u.pathname === sheetPath);
    expect(await page.inputValue('[data-candidate]')).toBe('Мария "Мими" Иванова');
    expect(await page.isChecked('#scorecard-rate-1-1')).toBe(true);

    // The builder's state travels the same way.
    await page.goto(`${url(builderPath)}#${hashOf(link)}`);
    await page.locator('starlight-lang-select select').first().selectOption({ label: locale.otherLabel });
    await page.waitForURL((u) => u.pathname === `${other.prefix}/hiring/scorecard-builder/`);
    expect(await page.inputValue('[data-role]')).toBe(locale.role);
    expect(await pickedNames(page)).toEqual([
      otherNames.get('strategy'),
      'Speaks Greek <b>fluently</b>',
      otherNames.get('crisis'),
    ]);
    expect(builder.errors).toEqual([]);
  });
});
