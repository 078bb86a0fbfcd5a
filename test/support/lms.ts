/**
 * Shared by the LMS export tests: the real courses of both languages, a course made of the
 * special-characters fixture bank, and helpers that turn exported HTML back into bank text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCourse, readStrings } from '../../src/integrations/lms-content';
import type { LmsCourse, LmsKey } from '../../src/lib/lms/course';
import type { Lang } from '../../src/lib/paths';
import { createTranslator } from '../../src/lib/ui-strings';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { ROOT } from './content';

export const SITE = 'https://smm-academy.example.org';
export const LMS_LANGS: readonly Lang[] = ['en', 'bg'];

export const realCourse = (lang: Lang): LmsCourse => readCourse(ROOT, lang, SITE);

/** A course of one lesson whose bank puts every format's control characters into every field. */
export function specialCourse(lang: Lang = 'en'): LmsCourse {
  const bank = QuizBankSchema.parse(
    parse(readFileSync(join(ROOT, 'test/fixtures/quizzes/lms-special-characters.yaml'), 'utf8')),
  );
  return {
    lang,
    siteUrl: SITE,
    lessons: [{ slug: bank.lesson, number: 3, title: 'Signs: = ~ # {} / \\ & <b>', bank }],
    t: createTranslator<LmsKey>(readStrings(ROOT, lang)),
  };
}

/** Decodes the named entities the exporters write. */
export const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The text of exported HTML: tags removed, entities decoded. */
export const htmlToText = (html: string): string =>
  decodeHtml(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Whitespace as one plain space, so a no-break space inside a number compares with the stem's text. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every subset of a list (for the 4–6 options of a multi-select, at most 64). */
export const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
