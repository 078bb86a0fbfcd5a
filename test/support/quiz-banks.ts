import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz.ts';
import { describeIssues } from './issues.ts';

/**
 * Reads the question banks and the lessons' objectives from disk for the quiz audit. Shared by
 * `npm run quiz:audit` (run by node with type stripping, hence the `.ts` extensions) and the
 * content test, so that both audit exactly the same data.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const QUIZZES = join(ROOT, 'content/quizzes');

/** The languages that have a quiz folder, English first. */
export function quizLanguages(): string[] {
  return readdirSync(QUIZZES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** The lessons in course order (the English lessons' `sidebar.order`), for a stable report. */
function courseOrder(lesson: string): number {
  const order = (frontMatter('en', lesson)?.sidebar as { order?: unknown } | undefined)?.order;
  return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
}

/** A language's banks, validated by the schema; a bank that fails is an error naming file and field. */
export function loadBanks(lang: string): QuizBank[] {
  const dir = join(QUIZZES, lang);
  const banks = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const result = QuizBankSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) throw new Error(`content/quizzes/${lang}/${file}: ${describeIssues(result.error.issues)}`);
      return result.data;
    });
  return banks.sort((a, b) => courseOrder(a.lesson) - courseOrder(b.lesson) || a.lesson.localeCompare(b.lesson));
}

/** The front matter of a lesson in a language, or undefined when the lesson file does not exist. */
function frontMatter(lang: string, lesson: string): Record<string, unknown> | undefined {
  const file = join(ROOT, 'content/docs', lang === 'en' ? '' : lang, 'course', `${lesson}.mdx`);
  if (!existsSync(file)) return undefined;
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  return match ? (parse(match[1]!) as Record<string, unknown>) : undefined;
}

/** The objectives in a lesson's front matter (`lesson.objectives`), or [] when there are none. */
export function lessonObjectives(lang: string, lesson: string): string[] {
  const objectives = (frontMatter(lang, lesson)?.lesson as { objectives?: unknown } | undefined)?.objectives;
  return Array.isArray(objectives) ? objectives.map(String) : [];
}
