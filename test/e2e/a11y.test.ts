import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openSession, url, type Session } from './browser';
import { sitemapPaths } from './site';
import { findViolations } from './axe';
import { readCourseOutline } from '../../src/integrations/course-outline';

const paths = hasBrowser() ? [...sitemapPaths(), '/404.html'] : [];
/**
 * Lessons share one layout and one set of content styles, so the dark theme checks the first lesson
 * of each module in each language and every other page; the light theme checks every page.
 */
const firstLessons = new Set(
  readCourseOutline()
    .filter((lesson, i, all) => all.findIndex((l) => l.module === lesson.module) === i)
    .map((lesson) => lesson.slug),
);
const isOtherLesson = (path: string) => {
  const match = /^\/(?:bg\/)?course\/([^/]+)\/$/.exec(path);
  return Boolean(match && readCourseOutline().some((l) => l.slug === match[1]) && !firstLessons.has(match[1]!));
};
const pathsFor = (theme: 'light' | 'dark') =>
  theme === 'light' ? paths : paths.filter((path) => !isOtherLesson(path));

describe.skipIf(!hasBrowser()).each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: theme });
  });
  afterAll(async () => session?.close());

  it.each(pathsFor(theme))('%s has no axe violations', async (path) => {
    await session.page.goto(url(path));
    expect(await session.page.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await findViolations(session)).toEqual([]);
    // Also proves the Content-Security-Policy blocks nothing the page needs.
    expect(session.errors.splice(0)).toEqual([]);
  });
});
