import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../support/lessons';
import { hasBrowser, url, type Session } from './browser';
import { openSearchSession, searchFor } from './search';

/** A key term per lesson that a learner would search for, in each language. */
const KEY_TERMS: Record<string, { en: string; bg: string }> = {
  role: { en: 'brand persona', bg: 'онлайн личност' },
  responsibilities: { en: 'crisis management', bg: 'управление на кризи' },
  'neighbouring-roles': { en: 'digital marketing specialist', bg: 'специалист по дигитален маркетинг' },
  'the-work': { en: 'SWOT', bg: 'SWOT' },
  'core-skills': { en: 'adaptability', bg: 'адаптивност' },
  'what-the-best-share': { en: 'Navarra', bg: 'Навара' },
  'relevance-resonance-significance': { en: 'resonance', bg: 'резонанс' },
  'how-to-become-one': { en: 'internship', bg: 'стаж' },
  'tools-of-the-trade': { en: 'Hootsuite', bg: 'Hootsuite' },
  capstone: { en: 'capstone', bg: 'финален проект' },
  'analytics-and-reporting': { en: 'monthly report', bg: 'месечен отчет' },
  'community-management': { en: 'house rules', bg: 'модериране' },
  'crisis-communication': { en: 'holding statement', bg: 'кризисна комуникация' },
  'paid-social': { en: 'ROAS', bg: 'ROAS' },
  'law-and-safety': { en: 'GDPR', bg: 'ОРЗД' },
  'accessible-posts-and-ai': { en: 'alt text', bg: 'алтернативен текст' },
};

describe.skipIf(!hasBrowser()).each([
  { lang: 'en' as const, prefix: '' },
  { lang: 'bg' as const, prefix: '/bg' },
])('lessons ($lang)', ({ lang, prefix }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSearchSession();
  });
  afterAll(async () => session?.close());

  it('every lesson renders with its facts, sections and quiz, and Next walks the course in order', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/course/`));
    for (const slug of LESSON_SLUGS) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(url(`${prefix}/course/${slug}/`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('.lesson-facts li').count(), slug).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.lesson-facts a[href*="/glossary/#"]').count(), slug).toBeGreaterThanOrEqual(1);
      expect(await page.locator('.sl-markdown-content h2').count(), slug).toBeGreaterThanOrEqual(5);
      expect(await page.locator(`smm-quiz[data-quiz="${slug}"] .quiz-question`).count(), slug).toBeGreaterThanOrEqual(
        6,
      );
    }
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(url(`${prefix}/course/final-assessment/`));
  });

  it('Previous walks back through the course', async () => {
    const { page } = session;
    for (const slug of [...LESSON_SLUGS].reverse()) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(url(`${prefix}/course/${slug}/`));
    }
    expect(session.errors).toEqual([]);
  });

  // A freshly loaded page per search: Pagefind's result items fill in one by one, and on the same
  // page the previous query's items could still be read.
  it.each(LESSON_SLUGS)('search finds %s by its key term', async (slug) => {
    await session.page.goto(url(`${prefix}/`));
    const term = KEY_TERMS[slug];
    if (!term) throw new Error(`add an everyday search term for the new lesson "${slug}" to KEY_TERMS`);
    const hrefs = await searchFor(session, term[lang]);
    expect(hrefs.slice(0, 5)).toContain(`${prefix}/course/${slug}/`);
  });
});
