import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';
import { sitemapPaths } from './site';
import { findViolations } from './axe';

const paths = hasBrowser() ? [...sitemapPaths(), '/404.html'] : [];

describe.skipIf(!hasBrowser()).each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: theme });
  });
  afterAll(async () => session?.close());

  it.each(paths)('%s has no axe violations', async (path) => {
    await session.page.goto(url(path));
    expect(await session.page.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await findViolations(session)).toEqual([]);
    // Also proves the Content-Security-Policy blocks nothing the page needs.
    expect(session.errors.splice(0)).toEqual([]);
  });
});
