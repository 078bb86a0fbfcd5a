import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS, readDoc } from './content';

interface LessonFile {
  slug: string;
  order: number;
}

/** English course pages that are lessons (they have `lesson:` front matter), in sidebar order. */
function readLessons(): LessonFile[] {
  return readdirSync(join(DOCS, 'course'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, doc: readDoc('en', `course/${name}`) }))
    .filter(({ doc }) => doc.data.lesson !== undefined)
    .map(({ name, doc }) => ({
      slug: name.replace(/\.mdx$/, ''),
      order: (doc.data.sidebar as { order: number }).order,
    }))
    .sort((a, b) => a.order - b.order);
}

const LESSONS = readLessons();

/** The course's lessons, in order: their file names under content/docs/course/. */
export const LESSON_SLUGS: readonly string[] = LESSONS.map((l) => l.slug);

/** Each lesson's sidebar.order, by slug. */
export const LESSON_ORDER: ReadonlyMap<string, number> = new Map(LESSONS.map((l) => [l.slug, l.order]));
