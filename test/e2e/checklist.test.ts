import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format';
import { encodeState } from '../../src/lib/url-state';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const KEY = 'smm-academy:checklist:personal-project';

interface Outline {
  sections: { id: string; title: string; items: { id: string; title: string }[] }[];
}

function loadLocale(lang: 'en' | 'bg') {
  const strings = JSON.parse(readFileSync(resolve(ROOT, `content/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
  const outline = parse(
    readFileSync(resolve(ROOT, `content/checklists/${lang}/personal-project.yaml`), 'utf8'),
  ) as Outline;
  const items = outline.sections.flatMap((s) => s.items);
  return {
    lang,
    prefix: lang === 'en' ? '' : '/bg',
    path: `${lang === 'en' ? '' : '/bg'}/tools/personal-project-checklist/`,
    sections: outline.sections,
    items,
    total: items.length,
    t: (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key]!, values),
  };
}

const LOCALES = [loadLocale('en'), loadLocale('bg')];
type Locale = (typeof LOCALES)[number];

const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);
const overallText = (page: Page) => page.locator('[data-progress=""] [data-progress-text]').textContent();
const readSaved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function openChecklist(page: Page, locale: Locale, hash = '') {
  await page.goto(url(locale.path) + hash);
  await page.locator('[data-actions]:visible').waitFor();
}

/** Every step done, with a full-length note and an evidence link: the worst case for print and share. */
function fullState(locale: Locale) {
  const note = (id: string) =>
    `${id}: ${locale.lang === 'bg' ? 'Направих го и записах какво научих от това. ' : 'Done, and I wrote down what I learned from it. '}`
      .repeat(10)
      .slice(0, 280);
  return {
    v: 1,
    items: Object.fromEntries(
      locale.items.map((i) => [
        i.id,
        { done: true, note: note(i.id), evidence: `https://portfolio.example.org/case-studies/${i.id}/report` },
      ]),
    ),
  };
}

/** Counts the pages of a PDF by its page objects. */
const countPdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** Tabs forward until focus lands on the element matched by `selector` (at most 300 presses). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 300; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} by keyboard`);
}

describe.skipIf(!hasBrowser()).each(LOCALES)('personal-project checklist ($lang)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('renders every step with its why and how, and has no axe violations', async () => {
    const { page } = session;
    await openChecklist(page, locale);
    expect(await page.locator('[data-item]').count()).toBe(locale.total);
    expect(await page.locator('[data-item] .why').count()).toBe(locale.total);
    expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 0, total: locale.total }));
    expect(await page.locator('[data-storage-notice]').isVisible()).toBe(false);
    expect(await page.locator('[data-no-script]').isVisible()).toBe(false);
    expect(await findViolations(session)).toEqual([]);
  });

  it('ticks steps and writes a note and a link, and keeps them after a reload', async () => {
    const { page } = session;
    const [first, second, third] = locale.items;
    await item(page, first!.id).locator('[data-field="done"]').check();
    await item(page, third!.id)
      .locator('label', { hasText: locale.t('checklist.done') })
      .click();
    await item(page, first!.id).locator('[data-field="note"]').fill('Chapter 3: „Стратегия“ <b>bold</b>');
    await item(page, second!.id).locator('[data-field="evidence"]').fill('https://example.org/my-feeds');
    await page.keyboard.press('Tab');
    expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 2, total: locale.total }));
    const section = page.locator(`[data-progress="${locale.sections[0]!.id}"]`);
    expect(await section.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(2);
    expect(await section.locator('[data-progress-text]').textContent()).toBe(
      locale.t('checklist.progress', { done: 2, total: locale.sections[0]!.items.length }),
    );
    expect(JSON.parse((await readSaved(page))!)).toEqual({
      v: 1,
      items: {
        [first!.id]: { done: true, note: 'Chapter 3: „Стратегия“ <b>bold</b>' },
        [second!.id]: { done: false, evidence: 'https://example.org/my-feeds' },
        [third!.id]: { done: true },
      },
    });

    await page.reload();
    await page.locator('[data-actions]:visible').waitFor();
    expect(await item(page, first!.id).locator('[data-field="done"]').isChecked()).toBe(true);
    expect(await item(page, second!.id).locator('[data-field="done"]').isChecked()).toBe(false);
    expect(await item(page, third!.id).locator('[data-field="done"]').isChecked()).toBe(true);
    expect(await item(page, first!.id).locator('[data-field="note"]').inputValue()).toBe(
      'Chapter 3: „Стратегия“ <b>bold</b>',
    );
    expect(await item(page, second!.id).locator('[data-field="evidence"]').inputValue()).toBe(
      'https://example.org/my-feeds',
    );
    expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 2, total: locale.total }));
    // Markup in a note stays text.
    expect(await page.locator('.checklist b').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('refuses a link that is not http(s) with a message, and does not save it', async () => {
    const { page } = session;
    const target = locale.items[4]!;
    const input = item(page, target.id).locator('[data-field="evidence"]');
    await input.fill('javascript:alert(document.cookie)');
    await page.keyboard.press('Tab');
    const error = item(page, target.id).locator('[data-evidence-error]');
    expect(await error.textContent()).toBe(locale.t('checklist.evidenceInvalid'));
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(JSON.parse((await readSaved(page))!).items[target.id]).toBeUndefined();
    expect(await findViolations(session)).toEqual([]);

    await input.fill('https://example.org/brands');
    await page.keyboard.press('Tab');
    expect(await error.textContent()).toBe('');
    expect(JSON.parse((await readSaved(page))!).items[target.id]).toEqual({
      done: false,
      evidence: 'https://example.org/brands',
    });
  });

  it('limits notes to 280 characters with a visible counter', async () => {
    const { page } = session;
    const target = locale.items[5]!;
    const note = item(page, target.id).locator('[data-field="note"]');
    await note.fill('x'.repeat(300));
    expect((await note.inputValue()).length).toBe(280);
    expect(await item(page, target.id).locator('[data-count]').textContent()).toBe(
      locale.t('checklist.noteCount', { count: 280, max: 280 }),
    );
    expect(JSON.parse((await readSaved(page))!).items[target.id].note).toHaveLength(280);
  });

  it('ticks a step by keyboard alone, and announces it', async () => {
    const { page } = session;
    const target = locale.items[6]!;
    await page.locator('h1').click(); // a starting point; everything after is keys
    await tabTo(page, `[data-item="${target.id}"] [data-field="done"]`);
    await page.keyboard.press('Space');
    expect(await item(page, target.id).locator('[data-field="done"]').isChecked()).toBe(true);
    expect(JSON.parse((await readSaved(page))!).items[target.id].done).toBe(true);
    await page.waitForFunction(
      (title) => document.querySelector('[data-live]')?.textContent?.includes(title),
      target.title,
    );
    // The focused checkbox shows a visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('keeps heading anchors working without a share-link message', async () => {
    const { page } = session;
    await openChecklist(page, locale, `#checklist-${locale.sections[2]!.id}`);
    expect(await page.locator('[data-link-error]').isVisible()).toBe(false);
    expect(await page.locator('[data-shared-banner]').isVisible()).toBe(false);
  });

  it('downloads Markdown and CSV exports of the progress', async () => {
    const { page } = session;
    await openChecklist(page, locale);
    const [first] = locale.items;
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="markdown"]').click(),
    ]);
    expect(markdown.suggestedFilename()).toBe(`${locale.t('checklist.fileName')}.md`);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain(`- [x] ${first!.title} — Chapter 3: „Стратегия“ \\<b\\>bold\\</b\\>`);
    expect(md.match(/^- \[[ x]\] /gm)).toHaveLength(locale.total);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe(`${locale.t('checklist.fileName')}.csv`);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    // Spreadsheets in Bulgarian split columns on ";" (src/lib/csv.ts).
    const delimiter = locale.lang === 'bg' ? ';' : ',';
    expect(lines[0]).toBe(
      ['csvSection', 'csvItem', 'csvDone', 'csvNote', 'csvEvidence']
        .map((k) => locale.t(`checklist.${k}`))
        .join(delimiter),
    );
    expect(lines).toHaveLength(locale.total + 2);
    expect(lines[1]).toContain(`${delimiter}${locale.t('checklist.yes')}${delimiter}`);
  });

  it('shares a read-only link that a new visitor sees without touching their own checklist', async () => {
    const { page } = session;
    await page.locator('[data-action="share"]').click();
    const link = await page.locator('[data-share-url]').inputValue();
    expect(link.startsWith(url(locale.path) + '#')).toBe(true);
    expect(link.split('#')[1]!.length).toBeLessThanOrEqual(2000);
    await page.waitForFunction(() => document.querySelector('[data-share-info]')?.textContent);

    const visitor = await openSession();
    try {
      const { page: other } = visitor;
      await other.goto(link);
      const banner = other.locator('[data-shared-banner]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(locale.t('checklist.sharedHeading'));
      expect(await overallText(other)).toBe(locale.t('checklist.progress', { done: 3, total: locale.total }));
      const first = item(other, locale.items[0]!.id);
      expect(await first.locator('[data-edit]').isVisible()).toBe(false);
      expect(await first.locator('[data-view-status]').textContent()).toBe(locale.t('checklist.statusDone'));
      expect(await first.locator('[data-view-note]').textContent()).toContain('Chapter 3: „Стратегия“ <b>bold</b>');
      const evidence = item(other, locale.items[1]!.id).locator('[data-view-evidence] a');
      expect(await evidence.getAttribute('href')).toBe('https://example.org/my-feeds');
      expect(await evidence.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await other.locator('[data-action="share"]').isVisible()).toBe(false);
      expect(await findViolations(visitor)).toEqual([]);
      const ours = () =>
        other.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('smm-academy:')));
      expect(await ours()).toEqual([]);

      await other.locator('[data-action="own"]').click();
      expect(await banner.isVisible()).toBe(false);
      expect(new URL(other.url()).hash).toBe('');
      expect(await overallText(other)).toBe(locale.t('checklist.progress', { done: 0, total: locale.total }));
      expect(await first.locator('[data-field="done"]').isChecked()).toBe(false);
      expect(await ours()).toEqual([]);
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it.each([
    [
      'a tampered link',
      (hash: string) => hash.slice(0, 12) + (hash[12] === 'A' ? 'B' : 'A') + hash.slice(13),
      'linkBroken',
    ],
    ['a truncated link', (hash: string) => hash.slice(0, Math.floor(hash.length * 0.6)), 'linkBroken'],
    ['a future-version link', () => encodeState('checklist', 2, { i: [] }), 'linkFuture'],
    [
      'a link with a javascript: evidence',
      () => encodeState('checklist', 1, { i: [['read-books', 1, '', 'javascript:alert(1)']] }),
      'linkBroken',
    ],
  ])('shows %s as a clear message and the usable own checklist', async (_name, tamper, message) => {
    const { page } = session;
    await openChecklist(page, locale);
    const before = await readSaved(page);
    await page.locator('[data-action="share"]').click();
    const hash = (await page.locator('[data-share-url]').inputValue()).split('#')[1]!;
    await openChecklist(page, locale, `#${tamper(hash)}`);
    const error = page.locator('[data-link-error]');
    await error.waitFor();
    expect(await error.textContent()).toBe(locale.t(`checklist.${message}`));
    expect(await page.locator('[data-shared-banner]').isVisible()).toBe(false);
    expect(await readSaved(page)).toBe(before);
    expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 3, total: locale.total }));
    const target = item(page, locale.items[10]!.id).locator('[data-field="done"]');
    await target.check();
    expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 4, total: locale.total }));
    await target.uncheck();
    expect(session.errors).toEqual([]);
  });

  it('prints a fully filled checklist on one page, with only the checklist', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(url(locale.path));
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key!, value!),
        [KEY, JSON.stringify(fullState(locale))],
      );
      await openChecklist(page, locale);
      expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: locale.total, total: locale.total }));
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.header', '[data-actions]', '.sidebar', 'footer', '.why', 'textarea'])
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      expect(await item(page, locale.items[0]!.id).locator('[data-view-note]').isVisible()).toBe(true);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: false });
        expect(countPdfPages(pdf), format).toBe(1);
      }
      // The shared view prints on one page too, labelled as someone else's.
      await page.emulateMedia({ media: 'screen' });
      await page.locator('[data-action="share"]').click();
      const link = await page.locator('[data-share-url]').inputValue();
      await page.evaluate(() => localStorage.clear());
      await page.goto(link);
      await page.locator('[data-shared-banner]').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#checklist-shared-heading').isVisible()).toBe(true);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!hasBrowser())('personal-project checklist across tabs and themes', () => {
  const locale = LOCALES[0]!;

  it('follows changes made in another tab', async () => {
    const session = await openSession();
    try {
      const { page, context } = session;
      await openChecklist(page, locale);
      const other = await context.newPage();
      await openChecklist(other, locale);
      await item(other, locale.items[2]!.id).locator('[data-field="done"]').check();
      await item(other, locale.items[2]!.id).locator('[data-field="note"]').fill('From the other tab');
      await page.waitForFunction(
        (id) => (document.querySelector(`[data-item="${id}"] [data-field="done"]`) as HTMLInputElement).checked,
        locale.items[2]!.id,
      );
      await page.waitForFunction(
        (id) =>
          (document.querySelector(`[data-item="${id}"] [data-field="note"]`) as HTMLTextAreaElement).value ===
          'From the other tab',
        locale.items[2]!.id,
      );
      expect(await overallText(page)).toBe(locale.t('checklist.progress', { done: 1, total: locale.total }));
    } finally {
      await session.close();
    }
  });

  // Six full axe runs over the longest tool page, each 15–20 s on a busy two-core machine.
  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s theme, own and shared',
    { timeout: 300_000 },
    async (theme) => {
      const session = await openSession({ colorScheme: theme });
      try {
        const { page } = session;
        // Colours do not depend on the language: the dark theme is checked in English.
        for (const current of theme === 'dark' ? LOCALES.slice(0, 1) : LOCALES) {
          await page.goto(url(current.path));
          await page.evaluate(
            ([key, value]) => localStorage.setItem(key!, value!),
            [KEY, JSON.stringify(fullState(current))],
          );
          await openChecklist(page, current);
          expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
          await item(page, current.items[0]!.id).locator('[data-field="evidence"]').fill('ftp://example.org');
          await page.keyboard.press('Tab');
          await page.locator('[data-action="share"]').click();
          await page.locator('[data-share-output]').waitFor();
          expect(await findViolations(session), `${current.lang} own`).toEqual([]);
          const link = await page.locator('[data-share-url]').inputValue();
          await page.evaluate(() => localStorage.clear());
          await page.goto(link);
          await page.locator('[data-shared-banner]').waitFor();
          expect(await page.locator('[data-shared-notes]').isVisible()).toBe(true);
          expect(await findViolations(session), `${current.lang} shared`).toEqual([]);
          await openChecklist(page, current, '#eyJrIjoiY2hlY2tsaXN0Ii');
          await page.locator('[data-link-error]').waitFor();
          expect(await findViolations(session), `${current.lang} link error`).toEqual([]);
        }
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );

  it.each(['blocked', 'full'] as const)(
    'with storage %s the checklist still works and says progress will not be kept',
    async (how) => {
      const session = await openSession();
      try {
        const page = await session.context.newPage();
        await failStorage(page, how);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        for (const current of LOCALES) {
          await openChecklist(page, current);
          const notice = page.locator('[data-storage-notice]');
          await notice.waitFor();
          expect(await notice.textContent()).toBe(current.t('checklist.notSaved'));
          await item(page, current.items[0]!.id).locator('[data-field="done"]').check();
          await item(page, current.items[0]!.id).locator('[data-field="note"]').fill('Kept in memory');
          expect(await overallText(page)).toBe(current.t('checklist.progress', { done: 1, total: current.total }));
          await page.locator('[data-action="share"]').click();
          expect(await page.locator('[data-share-url]').inputValue()).toContain('#');
          expect(await findViolations({ ...session, page })).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});
