import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { csvDelimiter, downloadOf, pageScrollsSideways, parseCsv, storageKeyOf } from './workbench-driver';

const ROOT = resolve(import.meta.dirname, '../..');
const RRS_KEY = storageKeyOf('rrs');
const SWOT_KEY = storageKeyOf('swot');

function loadLocale(lang: 'en' | 'bg') {
  const strings = JSON.parse(readFileSync(resolve(ROOT, `content/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
  const prefix = lang === 'en' ? '' : '/bg';
  return {
    lang,
    rrsPath: `${prefix}/tools/rrs-self-assessment/`,
    swotPath: `${prefix}/tools/swot/`,
    /** The number format of the locale: 2.2 in English, 2,2 in Bulgarian. */
    decimal: (text: string) => (lang === 'bg' ? text.replace('.', ',') : text),
    t: (key: string, values: Record<string, string | number> = {}) => {
      expect(strings[key], key).toBeTruthy();
      return fillTemplate(strings[key]!, values);
    },
  };
}
const LOCALES = [loadLocale('en'), loadLocale('bg')];
type Locale = (typeof LOCALES)[number];

const liveText = (page: Page) => page.locator('smm-rrs [data-live], smm-swot [data-live]').textContent();
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

// ---------------------------------------------------------------- R + R = S

interface TestObject {
  name: string;
  type: string;
  date?: string;
  relevance: number;
  resonance: number;
  evidence?: string;
}

/** Five objects, one per cell the test looks at; their significance adds up to 11 (2.2 on average). */
const OBJECTS: TestObject[] = [
  {
    name: 'Warm-up video | "tips" <b>',
    type: 'video',
    date: '2025-03-14',
    relevance: 2,
    resonance: 2,
    evidence: '34 saves',
  },
  { name: 'Opening hours', type: 'post', relevance: 2, resonance: 0 },
  { name: 'Trending meme', type: 'photo', relevance: 0, resonance: 2 },
  { name: 'Award badge', type: 'post', relevance: 0, resonance: 0 },
  { name: '=Route setting', type: 'event', relevance: 1, resonance: 2 },
];

async function openRrs(page: Page, locale: Locale) {
  await page.goto(url(locale.rrsPath));
  await page.locator('smm-rrs [data-submit]:visible').waitFor();
}

async function addObject(page: Page, object: TestObject) {
  await page.locator('#rrs-name').fill(object.name);
  await page.locator('#rrs-type').selectOption(object.type);
  await page.locator('#rrs-date').fill(object.date ?? '');
  await page.locator(`#rrs-relevance-${object.relevance}`).check();
  await page.locator(`#rrs-resonance-${object.resonance}`).check();
  await page.locator('#rrs-evidence').fill(object.evidence ?? '');
  await page.locator('smm-rrs [data-submit]').click();
}

const rows = (page: Page) => page.locator('.rrs-table tbody tr');
const row = (page: Page, name: string) => rows(page).filter({ has: page.locator('.name', { hasText: name }) });
const rowValues = (page: Page, name: string) => row(page, name).locator('td.score').allTextContents();

/** The 3 × 3 table behind the chart: "relevance-resonance" → count. */
async function readGrid(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-cell]')
    .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset.cell!, c.textContent])));
}

describe.skipIf(!hasBrowser()).each(LOCALES)('R + R = S self-assessment ($lang)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('renders the scale with guidance for every level without JavaScript, and has no axe violations', async () => {
    const html = await (await fetch(url(locale.rrsPath))).text();
    for (const scale of ['relevance', 'resonance'])
      for (const score of [0, 1, 2]) {
        expect(html).toContain(`id="rrs-${scale}-${score}-guide"`);
        expect(html).toContain(`aria-describedby="rrs-${scale}-${score}-guide"`);
      }
    expect(html).toContain(locale.t('rrs.export.formula'));
    await openRrs(session.page, locale);
    expect(await session.page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await session.page.locator('[data-storage-notice]').isHidden()).toBe(true);
    expect(await findViolations(session)).toEqual([]);
  });

  it('refuses an empty object with translated messages next to the fields', async () => {
    const { page } = session;
    await page.locator('smm-rrs [data-submit]').click();
    expect(await page.locator('[data-error="name"]').textContent()).toBe(locale.t('rrs.error.name-empty'));
    expect(await page.locator('[data-error="relevance"]').textContent()).toBe(locale.t('rrs.error.relevance-missing'));
    expect(await page.locator('[data-error="resonance"]').textContent()).toBe(locale.t('rrs.error.resonance-missing'));
    expect(await page.locator('#rrs-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rrs-name');
    await expect.poll(() => liveText(page)).toContain(locale.t('rrs.error.name-empty'));
    expect(await rows(page).count()).toBe(0);
    expect(await findViolations(session)).toEqual([]);
  });

  it('adds objects and updates significance, the table, the chart and the advice', async () => {
    const { page } = session;
    for (const [index, object] of OBJECTS.entries()) {
      await addObject(page, object);
      await expect.poll(() => rows(page).count()).toBe(index + 1);
    }
    await expect.poll(() => liveText(page)).toBe(locale.t('rrs.added', { name: OBJECTS[4]!.name, score: 3 }));
    expect(await page.locator('[data-error="name"]').textContent()).toBe('');
    expect(await page.locator('#rrs-name').inputValue()).toBe('');
    // Relevance, resonance and their sum, per row.
    expect(await rowValues(page, 'Warm-up video')).toEqual(['2', '2', '4']);
    expect(await rowValues(page, 'Opening hours')).toEqual(['2', '0', '2']);
    expect(await rowValues(page, 'Award badge')).toEqual(['0', '0', '0']);
    expect(await rowValues(page, '=Route setting')).toEqual(['1', '2', '3']);
    expect(await row(page, 'Warm-up video').locator('.name').textContent()).toBe(OBJECTS[0]!.name);
    expect(await row(page, 'Warm-up video').locator('.evidence').textContent()).toBe('34 saves');
    expect(await row(page, 'Trending meme').locator('td').last().locator('button').count()).toBe(2);
    expect(await page.locator('[data-summary]').textContent()).toBe(
      locale.t('rrs.summary', {
        significance: locale.decimal('2.2'),
        relevance: '1',
        resonance: locale.decimal('1.2'),
      }),
    );
    expect(await page.locator('[data-count]').textContent()).toBe(locale.t('rrs.count', { count: 5, max: 50 }));

    // The chart is drawn from the data: one circle per occupied cell, named in its tooltip.
    const chart = page.locator('[data-chart] svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toBe(locale.t('rrs.chart.title'));
    expect(await chart.locator('circle').count()).toBe(5);
    expect(await chart.locator('.bubble title').allTextContents()).toContain(
      locale.t('rrs.chart.cell', { relevance: 0, resonance: 2, count: 1, names: 'Trending meme' }),
    );
    expect(await readGrid(page)).toEqual({
      '0-2': '1',
      '1-2': '1',
      '2-2': '1',
      '0-1': '0',
      '1-1': '0',
      '2-1': '0',
      '0-0': '1',
      '1-0': '0',
      '2-0': '1',
    });

    // Advice for every quadrant in use, the weakest first.
    const name = (q: string) => locale.t(`rrs.quadrant.${q}.name`);
    expect(await texts(page, '[data-advice] h4')).toEqual([
      locale.t('rrs.advice.title', { quadrant: name('weak'), count: 1 }),
      locale.t('rrs.advice.title', { quadrant: name('off-brief'), count: 1 }),
      locale.t('rrs.advice.title', { quadrant: name('quiet'), count: 1 }),
      locale.t('rrs.advice.title', { quadrant: name('strong'), count: 2 }),
    ]);
    expect(await page.locator('.advice.q-weak p').textContent()).toBe(locale.t('rrs.quadrant.weak.advice'));
    expect(await page.locator('.advice.q-weak li').allTextContents()).toEqual(['Award badge']);
    expect(await findViolations(session)).toEqual([]);
  });

  it('edits and removes objects by keyboard, and answers the significance check', async () => {
    const { page } = session;
    await row(page, 'Award badge').locator('[data-act="edit"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rrs-name');
    expect(await page.locator('[data-legend]').textContent()).toBe(locale.t('rrs.form.edit', { name: 'Award badge' }));
    expect(await page.locator('#rrs-relevance-0').isChecked()).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Award badge, reworded');
    await page.locator('#rrs-relevance-1').focus();
    await page.keyboard.press('Space');
    await page.locator('smm-rrs [data-submit]').focus();
    await page.keyboard.press('Enter');
    expect(await rowValues(page, 'Award badge, reworded')).toEqual(['1', '0', '1']);
    expect(await row(page, 'Award badge, reworded').locator('td').nth(4).textContent()).toBe(
      locale.t('rrs.quadrant.quiet.name'),
    );
    expect(await page.locator('[data-legend]').textContent()).toBe(locale.t('rrs.form.add'));
    await expect.poll(() => liveText(page)).toBe(locale.t('rrs.updated', { name: 'Award badge, reworded', score: 1 }));

    // Escape leaves the form without changing anything.
    await row(page, 'Trending meme').locator('[data-act="edit"]').click();
    await page.locator('#rrs-name').fill('Not saved');
    await page.keyboard.press('Escape');
    expect(await row(page, 'Trending meme').count()).toBe(1);
    expect(await page.locator('#rrs-name').inputValue()).toBe('');

    await row(page, 'Opening hours').locator('[data-act="remove"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(4);
    await expect.poll(() => liveText(page)).toBe(locale.t('rrs.removed', { name: 'Opening hours' }));
    // Focus moves to the row that took the removed one's place.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.act)).toBe('remove');

    await page.locator('#rrs-check-unprompted-yes').check();
    await page.locator('#rrs-check-answered-no').check();
    expect(await page.locator('[data-check-result]').textContent()).toBe(
      locale.t('rrs.check.result', { yes: 1, answered: 2 }),
    );
  });

  it('keeps objects and answers after a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('smm-rrs [data-submit]:visible').waitFor();
    expect(await rows(page).locator('.name').allTextContents()).toEqual([
      OBJECTS[0]!.name,
      'Trending meme',
      'Award badge, reworded',
      '=Route setting',
    ]);
    expect(await rowValues(page, '=Route setting')).toEqual(['1', '2', '3']);
    expect(await page.locator('[data-chart] circle').count()).toBe(4);
    expect((await readGrid(page))['2-0']).toBe('0');
    expect((await readGrid(page))['1-0']).toBe('1');
    expect(await page.locator('#rrs-check-unprompted-yes').isChecked()).toBe(true);
    expect(await page.locator('#rrs-check-answered-no').isChecked()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('exports CSV and Markdown in the learner’s language', async () => {
    const { page } = session;
    const csv = await downloadOf(page, '[data-export="csv"]');
    expect(csv.name).toMatch(/^rrs-self-assessment-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n');
    // Excel in a Bulgarian locale splits columns on ";": every row opens as nine columns.
    const sep = csvDelimiter(locale.lang);
    const columns = [
      'number',
      'name',
      'type',
      'date',
      'relevance',
      'resonance',
      'significance',
      'quadrant',
      'evidence',
    ];
    expect(lines[0]).toBe(columns.map((c) => locale.t(`rrs.col.${c}`)).join(sep));
    const cells = [2, 2, 4, locale.t('rrs.quadrant.strong.name'), '34 saves'].join(sep);
    expect(lines[1]).toBe(
      `1${sep}"Warm-up video | ""tips"" <b>"${sep}${locale.t('rrs.types.video')}${sep}2025-03-14${sep}${cells}`,
    );
    // A name that starts like a formula is defused.
    expect(lines[4]).toContain(`4${sep}'=Route setting${sep}`);
    const rows = parseCsv(csv.text, sep);
    expect(rows.slice(0, -1).every((row) => row.length === columns.length)).toBe(true);
    expect(rows[1]).toContain(locale.t('rrs.types.video'));

    const markdown = await downloadOf(page, '[data-export="markdown"]');
    expect(markdown.name).toMatch(/^rrs-self-assessment-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain(`# ${locale.t('rrs.export.title')}`);
    expect(markdown.text).toContain(locale.t('rrs.export.formula'));
    expect(markdown.text).toContain('| 1 | Warm-up video \\| "tips" \\<b\\> |');
    expect(markdown.text).toContain(`## ${locale.t('rrs.advice.heading')}`);
    expect(markdown.text).toContain(locale.t('rrs.quadrant.off-brief.advice'));
    expect(markdown.text).toContain(`- ${locale.t('rrs.check.q.unprompted')} **${locale.t('rrs.answer.yes')}**`);
  });

  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])('keeps every Edit and Remove button clickable with a 110-character URL pasted in ($width px)', async (size) => {
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    const link = `https://www.instagram.com/p/${'C7xQ2mLrT9a'.repeat(8)}/?igsh=${'a'.repeat(12)}`.slice(0, 110);
    expect(link).toHaveLength(110);
    await page.goto(url(locale.rrsPath));
    await page.evaluate((key) => localStorage.removeItem(key), RRS_KEY);
    await openRrs(page, locale);
    await addObject(page, { name: link, type: 'post', relevance: 2, resonance: 1, evidence: link });
    await addObject(page, OBJECTS[1]!);
    expect(await rows(page).count()).toBe(2);
    expect(await pageScrollsSideways(page)).toBe(false);
    // Each button is the element a pointer at its centre would hit: nothing (the sidebar) lies over it.
    const buttons = page.locator('.rrs-table tbody button');
    expect(await buttons.count()).toBe(4);
    for (const button of await buttons.all()) await button.click({ trial: true, timeout: 2000 });
    await row(page, link).locator('[data-act="edit"]').click();
    expect(await page.locator('[data-legend]').textContent()).toBe(locale.t('rrs.form.edit', { name: link }));
    await page.locator('[data-cancel]').click();
    await row(page, link).locator('[data-act="remove"]').click();
    expect(await rows(page).count()).toBe(1);
    expect(await findViolations({ ...session, page })).toEqual([]);
    await page.evaluate((key) => localStorage.removeItem(key), RRS_KEY);
    await page.close();
  });

  it('refuses the 51st object with a message and keeps the 50', async () => {
    const { page } = session;
    const fifty = Array.from({ length: 50 }, (_, i) => ({
      name: `Object ${i + 1}`,
      type: 'post',
      date: '',
      relevance: i % 3,
      resonance: 1,
      evidence: '',
    }));
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [RRS_KEY, JSON.stringify({ v: 1, objects: fifty, check: {} })],
    );
    await openRrs(page, locale);
    expect(await rows(page).count()).toBe(50);
    await addObject(page, { name: 'One too many', type: 'post', relevance: 2, resonance: 2 });
    expect(await page.locator('[data-error="form"]').textContent()).toBe(locale.t('rrs.error.limit', { max: 50 }));
    expect(await rows(page).count()).toBe(50);
    expect(await page.locator('#rrs-name').inputValue()).toBe('One too many');
  });
});

// ---------------------------------------------------------------- SWOT

async function openSwot(page: Page, locale: Locale) {
  await page.goto(url(locale.swotPath));
  await page.locator('smm-swot [data-add="strengths"]:visible').waitFor();
}

const entries = (page: Page, quadrant: string) => page.locator(`[data-quadrant="${quadrant}"] [data-list] .text`);
const activeButton = (page: Page) =>
  page.evaluate(() => {
    const node = document.activeElement as HTMLElement | null;
    return `${node?.closest<HTMLElement>('[data-quadrant]')?.dataset.quadrant}:${node?.dataset.act}:${node?.dataset.index}`;
  });

/** Types an entry into a box's form and presses Enter: no mouse. */
async function typeEntry(page: Page, quadrant: string, text: string, action = '') {
  await page.locator(`#swot-${quadrant}-text`).focus();
  await page.keyboard.type(text);
  if (action) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(action);
  }
  await page.keyboard.press('Enter');
}

describe.skipIf(!hasBrowser()).each(LOCALES)('SWOT worksheet ($lang)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('shows the four boxes with prompting questions without JavaScript, and has no axe violations', async () => {
    const html = await (await fetch(url(locale.swotPath))).text();
    for (const quadrant of ['strengths', 'weaknesses', 'opportunities', 'threats']) {
      expect(html).toContain(`data-quadrant="${quadrant}"`);
      for (const n of [1, 2, 3, 4]) expect(html).toContain(locale.t(`swot.prompt.${quadrant}.${n}`));
    }
    await openSwot(session.page, locale);
    expect(await findViolations(session)).toEqual([]);
  });

  it('adds, edits, reorders and removes entries by keyboard', async () => {
    const { page } = session;
    // An empty entry is refused with a message; nothing is added.
    await page.locator('#swot-strengths-text').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-quadrant="strengths"] [data-error]').textContent()).toBe(
      locale.t('swot.error.text-empty'),
    );
    expect(await page.locator('#swot-strengths-text').getAttribute('aria-invalid')).toBe('true');
    expect(await findViolations(session)).toEqual([]);

    // The intro suggests starting a decision with "so we…"; the page adds that itself, once.
    const leadIn = locale.t('swot.action.show', { action: '' }).trim();
    await typeEntry(page, 'strengths', 'Loyal regulars', `${leadIn}… post a technique video every week`);
    expect(await page.locator('#swot-strengths-text').getAttribute('aria-invalid')).toBeNull();
    await typeEntry(page, 'strengths', 'A founder people recognise');
    await typeEntry(page, 'weaknesses', 'Nobody edits video');
    await typeEntry(page, 'opportunities', 'Outdoor season');
    await typeEntry(page, 'threats', 'Chain gym ads', 'we stress our coaching');
    expect(await entries(page, 'strengths').allTextContents()).toEqual([
      'Loyal regulars',
      'A founder people recognise',
    ]);
    expect(await page.locator('[data-quadrant="strengths"] .action').textContent()).toBe(
      locale.t('swot.action.show', { action: 'post a technique video every week' }),
    );
    // Focus stays in the box's field, ready for the next entry.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('swot-threats-text');
    await expect
      .poll(() => liveText(page))
      .toBe(
        locale.t('swot.added', { quadrant: locale.t('swot.name.threats'), text: 'Chain gym ads', count: 1, max: 30 }),
      );

    // Move the second strength up; focus stays on its button.
    await page.locator('[data-quadrant="strengths"] [data-act="up"][data-index="1"]').focus();
    await page.keyboard.press('Enter');
    expect(await entries(page, 'strengths').allTextContents()).toEqual([
      'A founder people recognise',
      'Loyal regulars',
    ]);
    expect(await activeButton(page)).toBe('strengths:up:0');
    await expect
      .poll(() => liveText(page))
      .toBe(locale.t('swot.moved', { text: 'A founder people recognise', position: 1, count: 2 }));

    // Edit with Enter, save with Enter; Escape cancels.
    await page.locator('[data-quadrant="strengths"] [data-act="edit"][data-index="0"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('swot-edit-text');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('A founder everyone in town knows');
    await page.keyboard.press('Enter');
    expect(await entries(page, 'strengths').first().textContent()).toBe('A founder everyone in town knows');
    expect(await activeButton(page)).toBe('strengths:edit:0');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' – not saved');
    await page.keyboard.press('Escape');
    expect(await entries(page, 'strengths').first().textContent()).toBe('A founder everyone in town knows');
    expect(await activeButton(page)).toBe('strengths:edit:0');

    // Remove with the keyboard.
    await typeEntry(page, 'opportunities', 'Temporary entry');
    await page.locator('[data-quadrant="opportunities"] [data-act="remove"][data-index="1"]').focus();
    await page.keyboard.press('Enter');
    expect(await entries(page, 'opportunities').allTextContents()).toEqual(['Outdoor season']);
    await expect
      .poll(() => liveText(page))
      .toBe(locale.t('swot.removed', { text: 'Temporary entry', quadrant: locale.t('swot.name.opportunities') }));
    // Focus waits on Undo, which puts the entry back where it was.
    expect(await activeButton(page)).toBe('opportunities:undo:undefined');
    await page.keyboard.press('Enter');
    expect(await entries(page, 'opportunities').allTextContents()).toEqual(['Outdoor season', 'Temporary entry']);
    await expect
      .poll(() => liveText(page))
      .toBe(locale.t('swot.restored', { text: 'Temporary entry', quadrant: locale.t('swot.name.opportunities') }));
    expect(await activeButton(page)).toBe('opportunities:remove:1');
    await page.keyboard.press('Enter');
    expect(await entries(page, 'opportunities').allTextContents()).toEqual(['Outdoor season']);

    await page.locator('#swot-subject').fill('Ridge * climbing gym');
    expect(await findViolations(session)).toEqual([]);
  });

  it('keeps the entries after a reload and exports them as Markdown', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('smm-swot [data-add="strengths"]:visible').waitFor();
    expect(await entries(page, 'strengths').allTextContents()).toEqual([
      'A founder everyone in town knows',
      'Loyal regulars',
    ]);
    expect(await entries(page, 'threats').allTextContents()).toEqual(['Chain gym ads']);
    expect(await page.locator('#swot-subject').inputValue()).toBe('Ridge * climbing gym');
    expect(await page.locator('[data-quadrant="weaknesses"] [data-count]').textContent()).toBe(
      locale.t('swot.count', { count: 1, max: 30 }),
    );

    const { name, text } = await downloadOf(page, 'smm-swot [data-export]');
    expect(name).toMatch(/^swot-\d{4}-\d{2}-\d{2}\.md$/);
    const withAction = (entry: string, action: string) => locale.t('swot.export.withAction', { text: entry, action });
    expect(text).toContain(`# ${locale.t('swot.export.titleWith', { subject: 'Ridge \\* climbing gym' })}\n`);
    expect(text).toContain(
      [
        `## ${locale.t('swot.name.strengths')}`,
        '',
        `*${locale.t('swot.kind.strengths')}*`,
        '',
        '1. A founder everyone in town knows',
        `2. ${withAction('Loyal regulars', 'post a technique video every week')}`,
      ].join('\n'),
    );
    expect(text).toContain(`## ${locale.t('swot.name.threats')}`);
    expect(text).toContain(`1. ${withAction('Chain gym ads', 'we stress our coaching')}`);
    expect(text.indexOf(locale.t('swot.name.weaknesses'))).toBeLessThan(
      text.indexOf(locale.t('swot.name.opportunities')),
    );
    expect(session.errors).toEqual([]);
  });

  it('warns past five entries and refuses the 31st', async () => {
    const { page } = session;
    const thirty = Array.from({ length: 30 }, (_, i) => ({ text: `Threat ${i + 1}`, action: '' }));
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        SWOT_KEY,
        JSON.stringify({
          v: 1,
          subject: '',
          quadrants: { strengths: [], weaknesses: [], opportunities: [], threats: thirty },
        }),
      ],
    );
    await openSwot(page, locale);
    expect(await entries(page, 'threats').count()).toBe(30);
    expect(await page.locator('[data-quadrant="threats"] [data-focus]').textContent()).toBe(
      locale.t('swot.focus', { count: 30 }),
    );
    await typeEntry(page, 'threats', 'One too many');
    expect(await page.locator('[data-quadrant="threats"] [data-error]').textContent()).toBe(
      locale.t('swot.error.limit', { max: 30 }),
    );
    expect(await entries(page, 'threats').count()).toBe(30);
    expect(await page.locator('#swot-threats-text').inputValue()).toBe('One too many');
  });
});

// ---------------------------------------------------------------- storage trouble, corrupt data, themes

describe.skipIf(!hasBrowser()).each(LOCALES)('storage trouble ($lang)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('with storage blocked both worksheets still work and say nothing will be kept', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await failStorage(page);
    await openRrs(page, locale);
    await page.locator('smm-rrs [data-storage-notice]:visible').waitFor();
    expect(await page.locator('smm-rrs [data-storage-notice]').textContent()).toBe(locale.t('rrs.notSaved'));
    await addObject(page, OBJECTS[0]!);
    expect(await rowValues(page, 'Warm-up video')).toEqual(['2', '2', '4']);
    expect(await page.locator('[data-chart] circle').count()).toBe(1);

    await openSwot(page, locale);
    await page.locator('smm-swot [data-storage-notice]:visible').waitFor();
    expect(await page.locator('smm-swot [data-storage-notice]').textContent()).toBe(locale.t('swot.notSaved'));
    await typeEntry(page, 'strengths', 'Loyal regulars');
    expect(await entries(page, 'strengths').allTextContents()).toEqual(['Loyal regulars']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores corrupt saved data without breaking, and keeps what is still valid', async () => {
    const { page } = session;
    await page.goto(url(locale.rrsPath));
    await page.evaluate(
      ([rrs, swot]) => {
        localStorage.setItem(rrs!, '{"v":1,"objects":[{"name":');
        localStorage.setItem(swot!, '{"v":1,"quadrants":{"strengths":[{"text":"kept"},{"text":42}],"threats":"x"}}');
      },
      [RRS_KEY, SWOT_KEY],
    );
    await openRrs(page, locale);
    expect(await rows(page).count()).toBe(0);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await addObject(page, OBJECTS[1]!);
    expect(await rows(page).count()).toBe(1);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), RRS_KEY);
    expect(saved).toMatchObject({ v: 1, objects: [{ name: 'Opening hours', relevance: 2, resonance: 0 }] });

    await page.evaluate(
      ([key]) =>
        localStorage.setItem(
          key!,
          JSON.stringify({
            v: 1,
            objects: [{ name: 'Bad', type: 'post', date: '', relevance: 7, resonance: 0, evidence: '' }],
          }),
        ),
      [RRS_KEY],
    );
    await openRrs(page, locale);
    expect(await rows(page).count()).toBe(0);

    await openSwot(page, locale);
    expect(await entries(page, 'strengths').allTextContents()).toEqual(['kept']);
    expect(await entries(page, 'threats').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser())('cross-tab sync', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('shows what another tab saved, in both worksheets', async () => {
    const [en] = LOCALES;
    const first = session.page;
    const second = await session.context.newPage();
    await openRrs(first, en!);
    await openRrs(second, en!);
    await addObject(first, OBJECTS[2]!);
    await expect.poll(() => rows(second).locator('.name').allTextContents()).toEqual(['Trending meme']);
    expect(await second.locator('[data-chart] circle').count()).toBe(1);

    await openSwot(first, en!);
    await openSwot(second, en!);
    await typeEntry(first, 'weaknesses', 'Nobody edits video');
    await expect.poll(() => entries(second, 'weaknesses').allTextContents()).toEqual(['Nobody edits video']);
    await second.close();
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser()).each(['light', 'dark'] as const)('worksheets with data in the %s theme', (theme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: theme });
  });
  afterAll(async () => session?.close());

  // Colours do not depend on the language: the dark theme is checked in English, the light theme in both.
  it.each(theme === 'dark' ? LOCALES.slice(0, 1) : LOCALES)('have no axe violations ($lang)', async (locale) => {
    const { page } = session;
    await page.goto(url(locale.rrsPath));
    await page.evaluate(
      ([rrs, swot, objects]) => {
        localStorage.setItem(rrs!, JSON.stringify({ v: 1, objects: JSON.parse(objects!), check: { created: 'no' } }));
        const entry = (text: string, action = '') => ({ text, action });
        localStorage.setItem(
          swot!,
          JSON.stringify({
            v: 1,
            subject: 'Ridge',
            quadrants: {
              strengths: [entry('Loyal regulars', 'post weekly'), entry('A known founder')],
              weaknesses: [entry('No video skills')],
              opportunities: Array.from({ length: 6 }, (_, i) => entry(`Opportunity ${i + 1}`)),
              threats: [entry('Chain gym ads', 'stress coaching')],
            },
          }),
        );
      },
      [RRS_KEY, SWOT_KEY, JSON.stringify(OBJECTS.map((o) => ({ date: '', evidence: '', ...o })))],
    );
    await openRrs(page, locale);
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await rows(page).count()).toBe(OBJECTS.length);
    await page.locator('smm-rrs [data-submit]').click(); // the error state too
    await page.locator('[data-error="name"]:not(:empty)').waitFor();
    expect(await findViolations(session)).toEqual([]);

    await openSwot(page, locale);
    expect(await page.locator('[data-quadrant="opportunities"] [data-focus]').isVisible()).toBe(true);
    await page.locator('[data-quadrant="strengths"] [data-act="edit"][data-index="0"]').click(); // the editor open
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors.splice(0)).toEqual([]);
  });
});
