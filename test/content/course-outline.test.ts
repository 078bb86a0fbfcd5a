import { describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from 'virtual:smm/course-outline';
import { buildOutline, listModules } from '../../src/lib/course-outline';
import { LESSON_SLUGS } from '../support/lessons';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from '../support/content';

const strings = (lang: string) =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('the course outline', () => {
  it('lists every lesson file, in order, and nothing else', () => {
    expect(COURSE_OUTLINE.map((lesson) => lesson.slug)).toEqual(LESSON_SLUGS);
  });

  it('has two modules, each named in both languages', () => {
    expect(listModules(COURSE_OUTLINE)).toEqual([1, 2]);
    for (const lang of ['en', 'bg']) {
      for (const module of listModules(COURSE_OUTLINE)) expect(strings(lang)[`course.module.${module}`]).toBeTruthy();
    }
  });

  it('keeps a module together and ends with the capstone', () => {
    expect(buildOutline([...COURSE_OUTLINE].map((l) => ({ slug: l.slug, sidebar: { order: l.order }, lesson: l })))).toEqual(
      COURSE_OUTLINE,
    );
    expect(COURSE_OUTLINE.at(-1)?.slug).toBe('capstone');
  });

  it('fails the build naming the file and field when front matter is wrong', () => {
    const lesson = { module: 1, minutes: 20 };
    expect(() => buildOutline([{ slug: 'a', sidebar: { order: 'x' }, lesson }])).toThrow('course/a.mdx: sidebar.order');
    expect(() => buildOutline([{ slug: 'a', sidebar: { order: 1 }, lesson: { minutes: 5 } }])).toThrow(
      'course/a.mdx: lesson.module',
    );
    expect(() =>
      buildOutline([
        { slug: 'a', sidebar: { order: 1 }, lesson },
        { slug: 'b', sidebar: { order: 1 }, lesson },
      ]),
    ).toThrow('sidebar.order 1 is also used by a');
    expect(() =>
      buildOutline([
        { slug: 'a', sidebar: { order: 1 }, lesson: { module: 2, minutes: 5 } },
        { slug: 'b', sidebar: { order: 2 }, lesson },
      ]),
    ).toThrow('course/b.mdx: module 1 comes after a lesson of module 2');
  });

  it('ignores pages without lesson front matter', () => {
    expect(buildOutline([{ slug: 'index', sidebar: { order: 0 } }])).toEqual([]);
  });
});
