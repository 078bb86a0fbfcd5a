import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';

/** Opens the search dialog, types a query and returns the result links' paths. */
export async function searchFor(session: Session, query: string): Promise<string[]> {
  const { page } = session;
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.keyboard.press('Escape');
  return hrefs;
}

describe.skipIf(!hasBrowser())('search is per locale', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
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
