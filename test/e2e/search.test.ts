import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';
import { searchFor } from './search';

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
