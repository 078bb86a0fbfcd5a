import { getEntry } from 'astro:content';
import { COURSE_OUTLINE } from 'virtual:smm/course-outline';
import type { Question, QuizBank } from '../schemas/quiz';
import type { Lang } from '../lib/paths';

/** A question of the final assessment's pool: ids are "<lesson>--<question>", unique across banks. */
export type PoolQuestion = Question & { lesson: string };

/** Every lesson's bank in this language, in course order; a missing bank fails the build. */
export async function getBanks(lang: Lang): Promise<QuizBank[]> {
  return Promise.all(
    COURSE_OUTLINE.map(async ({ slug }) => {
      const entry = await getEntry('quizzes', `${lang}/${slug}`);
      if (!entry) throw new Error(`final assessment: content/quizzes/${lang}/${slug}.yaml does not exist`);
      return entry.data;
    }),
  );
}

/** The pool's id of a question. */
export const poolId = (lesson: string, id: string) => `${lesson}--${id}`;

/** All banks' questions with pool ids, in course order. */
export const toPool = (banks: readonly QuizBank[]): PoolQuestion[] =>
  banks.flatMap((bank) => bank.questions.map((q) => ({ ...q, id: poolId(bank.lesson, q.id), lesson: bank.lesson })));

/** Where a language's pool is published (see src/routes/final-pool.ts). */
export const poolPath = (lang: Lang) => `/quizzes/${lang}/final-pool.json`;
