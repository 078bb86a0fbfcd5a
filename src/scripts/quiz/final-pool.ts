/**
 * What only a new attempt of the final assessment needs: the pool file, the draw and the markup of
 * questions the page did not carry. Loaded on demand, so a learner's first attempt never downloads it.
 */
import { drawAssessment } from '../../lib/quiz/assessment';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import type { ConfigQuestion } from './quiz-base';
import { renderQuestion } from './render-question';

export { renderQuestion };

/** The pool's questions, or undefined when the file is missing, damaged or from another version. */
export async function fetchPool(url: string, hash: string): Promise<ConfigQuestion[] | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const body = (await response.json()) as { hash?: unknown; questions?: unknown };
    return body.hash === hash && Array.isArray(body.questions) ? (body.questions as ConfigQuestion[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The question ids of a new attempt, drawn from every lesson's questions with the given seed. */
export function drawFromPool(questions: readonly ConfigQuestion[], seed: number, count: number): string[] {
  const lessons = [...new Set(questions.map((q) => q.lesson!))];
  const banks = lessons.map((lesson) => ({ lesson, questions: questions.filter((q) => q.lesson === lesson) }));
  return drawAssessment(banks, seed, count).map((d) => d.questionId);
}

/** Builds the markup of the questions the page does not have yet. */
export function renderMissing(
  questions: readonly ConfigQuestion[],
  has: (id: string) => boolean,
  idPrefix: string,
  t: Translate<UiKeyWith<'quiz.' | 'final.'>>,
): { question: ConfigQuestion; holder: HTMLElement }[] {
  return questions
    .filter((question) => !has(question.id))
    .map((question) => {
      const holder = document.createElement('div');
      holder.append(renderQuestion(question, idPrefix, t));
      return { question, holder };
    });
}
