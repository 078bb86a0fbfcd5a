import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
const LOCALES = [
  { prefix: '', lang: 'en', s: strings('en') },
  { prefix: '/bg', lang: 'bg', s: strings('bg') },
];

describe.skipIf(!hasBrowser())('home pages and language picker', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it.each([
    ['/', 'en', 'SMM Academy', 'Learners'],
    ['/bg/', 'bg', 'SMM Академия', 'Обучаващи се'],
  ])('%s loads in its language and speaks to all three audiences', async (path, lang, title, learners) => {
    const response = await session.page.goto(url(path));
    expect(response?.status()).toBe(200);
    expect(await session.page.getAttribute('html', 'lang')).toBe(lang);
    expect(await session.page.title()).toContain(title);
    const cards = await session.page.locator('.card .title').allTextContents();
    expect(cards).toHaveLength(3);
    expect(cards[0]).toBe(learners);
    expect(await session.page.locator('p.license').textContent()).toMatch(/MIT.*CC BY-SA 4\.0\. \S/);
  });

  it.each(LOCALES)('the instructor and hiring cards link to their tools ($lang)', async ({ prefix }) => {
    await session.page.goto(url(`${prefix}/`));
    const links = (card: number) =>
      session.page
        .locator('.card')
        .nth(card)
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(await links(1)).toEqual(
      expect.arrayContaining([`${prefix}/instructors/assignment-builder/`, `${prefix}/instructors/class-results/`]),
    );
    expect(await links(2)).toEqual(
      expect.arrayContaining([`${prefix}/hiring/scorecard-builder/`, `${prefix}/hiring/compare/`]),
    );
  });

  it('the language picker keeps the page', async () => {
    const { page } = session;
    await page.goto(url('/course/'));
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'Български' });
    await page.waitForURL(url('/bg/course/'));
    expect(await page.getAttribute('html', 'lang')).toBe('bg');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL(url('/course/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it.each(LOCALES)('the header pickers show their whole words at 1280 px ($lang)', async ({ prefix }) => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/`));
    // Each visible header select must have room for its longest option in its own font.
    const cut = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLSelectElement>(
          'header :is(starlight-theme-select, starlight-lang-select) select',
        ),
      ]
        .filter((select) => select.checkVisibility())
        .flatMap((select) => {
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return [...select.options]
            .filter((option) => context.measureText(option.text).width > room)
            .map((option) => `${option.text} needs ${context.measureText(option.text).width}px, has ${room}px`);
        }),
    );
    expect(await page.locator('header starlight-theme-select select:visible').count()).toBeGreaterThan(0);
    expect(cut).toEqual([]);
  });

  it('serves a 404 page in both languages for unknown addresses', async () => {
    const response = await session.page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    const text = await session.page.locator('main').textContent();
    expect(text).toContain('Page not found');
    expect(text).toContain('Страницата не е намерена');
    // The browser reports the deliberate 404 as a failed resource; nothing else may go wrong.
    expect(session.errors.splice(0).filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
  });

  it('the Bulgarian 404 page is in Bulgarian only', async () => {
    await session.page.goto(url('/bg/404/'));
    const main = session.page.locator('main');
    expect(await main.textContent()).toContain('Страницата не е намерена');
    expect(await main.textContent()).not.toMatch(/Page not found|English/);
    expect(await main.locator('[lang]:not([lang="bg"])').count()).toBe(0);
    expect(await findViolations(session)).toEqual([]);
  });

  it('logs no page errors', () => {
    expect(session.errors).toEqual([]);
  });
});

/** The home page's start button, once its element has run. */
async function readContinue(page: Page) {
  await page.locator('smm-continue [data-continue]').waitFor();
  await page.waitForFunction(() => customElements.get('smm-continue'));
  const link = page.locator('smm-continue [data-continue]');
  return { href: await link.getAttribute('href'), text: (await link.textContent())!.trim() };
}

describe.skipIf(!hasBrowser()).each(LOCALES)('continue where you left off ($lang)', ({ prefix, s }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('is the ordinary start link without JavaScript and for a new learner', async () => {
    const html = await (await fetch(url(`${prefix}/`))).text();
    expect(html).toMatch(new RegExp(`<a [^>]*href="${prefix}/course/"[^>]*data-continue`));
    expect(html).toContain(s['progress.continue.start']);
    await session.page.goto(url(`${prefix}/`));
    expect(await readContinue(session.page)).toEqual({ href: `${prefix}/course/`, text: s['progress.continue.start'] });
  });

  it('offers the next lesson not completed to a returning learner', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/role/`));
    await page.locator('smm-lesson-status [data-progress-toggle]:visible').click();
    await page.goto(url(`${prefix}/course/responsibilities/`));
    const title = (await page.locator('h1').textContent())!.trim();
    await page.goto(url(`${prefix}/`));
    expect(await readContinue(page)).toEqual({
      href: `${prefix}/course/responsibilities/`,
      text: fillTemplate(s['progress.continue.lesson']!, { number: 2, title }),
    });
    expect(await findViolations(session)).toEqual([]);
    await page.locator('smm-continue [data-continue]').click();
    await page.waitForURL(url(`${prefix}/course/responsibilities/`));
    expect(session.errors).toEqual([]);
  });
});
