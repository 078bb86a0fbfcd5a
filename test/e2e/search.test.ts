import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, url, type Session } from './browser';
import { openSearchSession, searchFor, searchResults } from './search';

const strings = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;

describe.skipIf(!hasBrowser())('search is per locale', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSearchSession();
  });
  afterAll(async () => session?.close());

  it('an English query on / finds English pages only', async () => {
    await session.page.goto(url('/'));
    const hrefs = await searchFor(session, 'glossary');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => !href.startsWith('/bg/'))).toBe(true);
  });

  it('a Bulgarian query on /bg/ finds Bulgarian pages only', async () => {
    await session.page.goto(url('/bg/'));
    const hrefs = await searchFor(session, 'речник');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/bg/'))).toBe(true);
  });
});

/**
 * Front-matter keywords are Pagefind metadata: a word that only the keywords hold still finds its
 * page, but no excerpt quotes the list and no result shows it. Controls (buttons, the lesson
 * status, the progress widget) are left out of the index, so their labels never run together.
 */
describe.skipIf(!hasBrowser()).each([
  {
    prefix: '',
    s: strings('en'),
    keyword: 'recruitment',
    page: '/hiring/scorecard-builder/',
    list: 'interview scorecard, skills checklist',
  },
  {
    prefix: '/bg',
    s: strings('bg'),
    keyword: 'чеклист',
    page: '/bg/tools/personal-project-checklist/',
    list: 'чеклист, чеклиста, чеклисти',
  },
])('search results read cleanly ($prefix)', ({ prefix, s, keyword, page, list }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSearchSession();
  });
  afterAll(async () => session?.close());

  it('finds a page by a word only its keywords hold, without quoting or showing the keyword list', async () => {
    await session.page.goto(url(`${prefix}/`));
    const results = await searchResults(session, keyword);
    const result = results.find((r) => r.href === page);
    expect(result, JSON.stringify(results.map((r) => r.href))).toBeDefined();
    expect(results.map((r) => r.excerpt).join(' | ')).not.toContain(list);
    expect(results.flatMap((r) => r.visibleTags)).toEqual([]);
  });

  it('never quotes a widget control, and keeps labels apart', async () => {
    const controls = [
      s['progress.markComplete']!,
      s['progress.viewAll']!,
      s['progress.export']!,
      s['checklist.copyLink']!,
      s['checklist.downloadMarkdown']!,
    ];
    for (const query of [s['progress.markComplete']!, s['progress.export']!, s['checklist.copyLink']!]) {
      await session.page.goto(url(`${prefix}/`));
      const excerpts = (await searchResults(session, query)).map((r) => r.excerpt);
      for (const control of controls) expect(excerpts.join(' | '), query).not.toContain(control);
    }
    await session.page.goto(url(`${prefix}/`));
    const home = (await searchResults(session, prefix ? 'Академия' : 'Academy')).find((r) => r.href === `${prefix}/`);
    expect(home?.excerpt).not.toMatch(/courseGlossary|курсаРечник/);
    expect(session.errors).toEqual([]);
  });
});
