import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';
import { sitemapPaths } from './site';
import { findViolations } from './axe';
import { findTextFaults } from './text-faults';
import { readCourseOutline } from '../../src/integrations/course-outline';

const paths = hasBrowser() ? [...sitemapPaths(), '/404.html'] : [];
/**
 * The dark theme changes colours, not content: it checks every English page but the lessons after
 * the first of each module (they share one layout and one set of content styles), and the
 * Bulgarian home page. The light theme checks every page in both languages.
 */
const firstLessons = new Set(
  readCourseOutline()
    .filter((lesson, i, all) => all.findIndex((l) => l.module === lesson.module) === i)
    .map((lesson) => lesson.slug),
);
const isOtherLesson = (path: string) => {
  const match = /^\/course\/([^/]+)\/$/.exec(path);
  return Boolean(match && readCourseOutline().some((l) => l.slug === match[1]) && !firstLessons.has(match[1]!));
};
const inDarkSample = (path: string) => path === '/bg/' || (!path.startsWith('/bg/') && !isOtherLesson(path));
const pathsFor = (theme: 'light' | 'dark') => (theme === 'light' ? paths : paths.filter(inDarkSample));

describe.skipIf(!hasBrowser()).each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: theme });
  });
  afterAll(async () => session?.close());

  // The light theme's walk also reads every page's words (they do not change with the theme).
  it.each(pathsFor(theme))(
    theme === 'light' ? '%s has no axe violations, HTML entities or run-on sentences' : '%s has no axe violations',
    async (path) => {
      await session.page.goto(url(path));
      expect(await session.page.getAttribute('html', 'data-theme')).toBe(theme);
      expect(await findViolations(session, 'page')).toEqual([]);
      if (theme === 'light') expect(await findTextFaults(session)).toEqual([]);
      // Also proves the Content-Security-Policy blocks nothing the page needs.
      expect(session.errors.splice(0)).toEqual([]);
    },
  );
});
