import { getCollection } from 'astro:content';
import { COURSE_LESSONS, FINAL_QUIZ, itemKey, type ItemLinks, type ItemRef } from '../lib/assignments/items';
import { localizePath, toLang } from '../lib/paths';

/** What a page shows for one item: its title in the page's language and a link inside the site. */
export interface CatalogueItem extends ItemRef {
  key: string;
  title: string;
  href: string;
}

export interface AssignmentCatalogue {
  lessons: CatalogueItem[];
  /** One quiz per lesson, then the final assessment. */
  quizzes: CatalogueItem[];
}

/**
 * Builds the item list from the docs collection of a locale, so titles are the lessons' own.
 * A lesson the assignment tools know but the course lacks fails the build.
 */
export async function getAssignmentCatalogue(
  locale: string | undefined,
  quizLabel: (title: string) => string,
): Promise<AssignmentCatalogue> {
  const lang = toLang(locale);
  const prefix = lang === 'en' ? 'course/' : `${lang}/course/`;
  const docs = await getCollection('docs', (d) => d.id.startsWith(prefix));
  const titleOf = (slug: string) => {
    const doc = docs.find((d) => d.id === `${prefix}${slug}`);
    if (!doc) throw new Error(`assignments: no page ${prefix}${slug} for the ${lang} catalogue`);
    return doc.data.title;
  };
  const lessons = COURSE_LESSONS.map((slug, index): CatalogueItem => {
    const ref: ItemRef = { kind: 'lesson', id: slug };
    return {
      ...ref,
      key: itemKey(ref),
      title: `${index + 1}. ${titleOf(slug)}`,
      href: localizePath(lang, `course/${slug}`),
    };
  });
  const quizzes = COURSE_LESSONS.map((slug, index): CatalogueItem => {
    const ref: ItemRef = { kind: 'quiz', id: slug };
    // The quiz's heading id is "<lesson>-quiz-heading" (src/components/quiz/QuizForm.astro).
    return {
      ...ref,
      key: itemKey(ref),
      title: quizLabel(`${index + 1}. ${titleOf(slug)}`),
      href: `${localizePath(lang, `course/${slug}`)}#${slug}-quiz-heading`,
    };
  });
  const finalRef: ItemRef = { kind: 'quiz', id: FINAL_QUIZ };
  quizzes.push({
    ...finalRef,
    key: itemKey(finalRef),
    title: titleOf('final-assessment'),
    href: localizePath(lang, 'course/final-assessment'),
  });
  return { lessons, quizzes };
}

/** Titles and links by item key, for the elements' config. */
export const catalogueMap = (catalogue: AssignmentCatalogue): ItemLinks =>
  Object.fromEntries(
    [...catalogue.lessons, ...catalogue.quizzes].map((i) => [i.key, { title: i.title, href: i.href }]),
  );

/** The catalogue of the page's locale and its titles and links by item key (the elements' `items`). */
export async function loadAssignmentCatalogue(
  locals: App.Locals,
): Promise<{ catalogue: AssignmentCatalogue; items: ItemLinks }> {
  const { t, starlightRoute } = locals;
  const catalogue = await getAssignmentCatalogue(starlightRoute.locale, (title) => t('assign.quizOf', { title }));
  return { catalogue, items: catalogueMap(catalogue) };
}
