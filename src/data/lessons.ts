import { getCollection } from 'astro:content';
import { localizePath, toLang } from '../lib/paths';

/** A lesson as the learner's pages list it: course order, its own title, a link in the page's language. */
export interface LessonLink {
  /** The lesson's id, the same in both languages (its file name). */
  slug: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  href: string;
}

const slugOf = (id: string) => id.split('/').pop()!;

/** The course's lessons (pages with `lesson` front matter) in sidebar order, for one locale. */
export async function getLessons(locale: string | undefined): Promise<LessonLink[]> {
  const lang = toLang(locale);
  const docs = await getCollection(
    'docs',
    (doc) => doc.data.lesson !== undefined && (lang === 'en' ? !doc.id.startsWith('bg/') : doc.id.startsWith('bg/')),
  );
  return docs
    .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0))
    .map((doc, index) => ({
      slug: slugOf(doc.id),
      number: index + 1,
      title: doc.data.title,
      href: localizePath(lang, `course/${slugOf(doc.id)}`),
    }));
}
