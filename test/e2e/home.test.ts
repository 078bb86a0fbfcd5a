import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';

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
    expect(await session.page.locator('p.license').textContent()).toMatch(/MIT.*CC BY-SA 4\.0/);
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

  it('serves a 404 page in both languages for unknown addresses', async () => {
    const response = await session.page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    const text = await session.page.locator('main').textContent();
    expect(text).toContain('Page not found');
    expect(text).toContain('Страницата не е намерена');
    // The browser reports the deliberate 404 as a failed resource; nothing else may go wrong.
    expect(session.errors.splice(0).filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
  });

  it('logs no page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
