/**
 * Reads what the LMS exports are made from, straight from the content files (the build's content
 * layer is not available once the site is built): the lessons — every content/docs/course/*.mdx
 * with `lesson:` front matter, in `sidebar.order` — with their titles and validated quiz banks,
 * and the UI strings of a language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LmsCourse, LmsKey, LmsLesson } from '../lib/lms/course';
import type { Lang } from '../lib/paths';
import { createTranslator, type UiStrings } from '../lib/ui-strings';
import { QuizBankSchema } from '../schemas/quiz';

interface FrontMatter {
  title?: unknown;
  sidebar?: { order?: unknown };
  lesson?: unknown;
}

function frontMatter(file: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return match ? ((parse(match[1]!) as FrontMatter | null) ?? {}) : {};
}

const courseDir = (root: string, lang: Lang) => join(root, 'content/docs', lang === 'en' ? '' : lang, 'course');

/** The lesson slugs in course order, from the English course pages. */
export function readLessonSlugs(root: string): string[] {
  const dir = courseDir(root, 'en');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ slug: name.replace(/\.mdx$/, ''), data: frontMatter(join(dir, name)) }))
    .filter(({ data }) => data.lesson !== undefined && data.lesson !== null)
    .map(({ slug, data }) => {
      const order = data.sidebar?.order;
      if (typeof order !== 'number') throw new Error(`content/docs/course/${slug}.mdx: a lesson needs sidebar.order`);
      return { slug, order };
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
    .map((l) => l.slug);
}

/** A language's lessons with their titles and banks; a missing or invalid bank is an error naming the file. */
export function readLessons(root: string, lang: Lang): LmsLesson[] {
  return readLessonSlugs(root).map((slug, index) => {
    const page = join(courseDir(root, lang), `${slug}.mdx`);
    const title = existsSync(page) ? frontMatter(page).title : undefined;
    if (typeof title !== 'string') throw new Error(`${page}: no title`);
    const bankFile = join(root, 'content/quizzes', lang, `${slug}.yaml`);
    if (!existsSync(bankFile)) throw new Error(`content/quizzes/${lang}/${slug}.yaml does not exist`);
    const result = QuizBankSchema.safeParse(parse(readFileSync(bankFile, 'utf8')));
    if (!result.success) throw new Error(`content/quizzes/${lang}/${slug}.yaml: ${result.error.message}`);
    return { slug, number: index + 1, title, bank: result.data };
  });
}

/** A language's UI strings (content/i18n/<lang>.json). */
export function readStrings(root: string, lang: Lang): UiStrings {
  return JSON.parse(readFileSync(join(root, 'content/i18n', `${lang}.json`), 'utf8')) as UiStrings;
}

/** Everything the exporters need for one language. */
export function readCourse(root: string, lang: Lang, siteUrl: string): LmsCourse {
  return {
    lang,
    siteUrl,
    lessons: readLessons(root, lang),
    t: createTranslator<LmsKey>(readStrings(root, lang)),
  };
}
