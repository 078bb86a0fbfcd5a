import { z } from 'astro/zod';
import { IdSchema } from './id';

/**
 * Extra frontmatter of a course lesson (`content/docs/course/*.mdx`), nested under `lesson:` so
 * that Starlight's own fields keep their meaning. A lesson's order is Starlight's `sidebar.order`.
 */
export const LessonSchema = z.object({
  /** The course module the lesson belongs to (1: "The role", 2: "On the job"); it sets the sidebar group. */
  module: z.number().int().min(1).max(2),
  /** Estimated reading-and-practice time in minutes, shown in the lesson header. */
  minutes: z.number().int().min(5).max(120),
  /** 3–5 learning objectives, each completing the sentence "you will be able to …". */
  objectives: z.array(z.string().min(10)).min(3).max(5),
  /** Glossary ids (`content/glossary/<locale>.yaml`) of the lesson's key terms. */
  terms: z.array(IdSchema).min(1),
});

export type Lesson = z.infer<typeof LessonSchema>;

/** Fields we add to every docs page's frontmatter. */
export const DocsExtensionSchema = z.object({
  /** Present on lessons only; see LessonSchema. */
  lesson: LessonSchema.optional(),
  /** Extra words for search (Pagefind has no Bulgarian stemmer, so list inflected forms too). */
  keywords: z.array(z.string().min(2)).optional(),
});
