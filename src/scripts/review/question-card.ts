/**
 * A quiz question as a review card: its markup (as the quiz renders it), checking and feedback.
 * Loaded when the first question card comes up, with the course's question pool, so a session of
 * flashcards never downloads either.
 */
import { checkAnswer, isAnswered } from '../../lib/quiz/kinds';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { showFeedback } from '../quiz/feedback';
import { randomSeed, type ConfigQuestion } from '../quiz/quiz-base';
import { lockQuestion, readAnswer, resetQuestion, setQuestionError } from '../quiz/question-dom';
import { renderQuestion } from '../quiz/render-question';

type QuizTranslate = Translate<UiKeyWith<'quiz.' | 'final.'>>;

let pool: Promise<Map<string, ConfigQuestion> | undefined> | undefined;

/** Every question of the course by pool id ("<lesson>--<question>"); undefined when it cannot be loaded. */
export function loadPool(url: string): Promise<Map<string, ConfigQuestion> | undefined> {
  pool ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<{ questions?: unknown }>) : undefined))
    .then((body) =>
      Array.isArray(body?.questions)
        ? new Map((body.questions as ConfigQuestion[]).map((question) => [question.id, question]))
        : undefined,
    )
    .catch(() => undefined);
  // A failed load may succeed later (the learner comes back online), so it is not kept.
  void pool.then((questions) => (pool = questions ? pool : undefined));
  return pool;
}

/**
 * Puts the question into `holder`, its choices in a new order each time (as a new quiz attempt has
 * them, so the answer is recalled, not its place); returns its root.
 */
export function showQuestion(holder: HTMLElement, question: ConfigQuestion, t: QuizTranslate) {
  const root = renderQuestion(question, 'review', t);
  const list = document.createElement('ol');
  list.className = 'quiz-questions review-question';
  list.append(root);
  holder.replaceChildren(list);
  resetQuestion(root, question, randomSeed());
  return root;
}

/** Checks the answer and shows its feedback; undefined (with the error shown) when there is none. */
export function checkQuestion(root: HTMLElement, question: ConfigQuestion, t: QuizTranslate, lang: string) {
  const answer = readAnswer(root, question, lang);
  if (!isAnswered(question, answer)) {
    setQuestionError(root, t(question.type === 'matching' ? 'quiz.unansweredMatching' : 'quiz.unanswered'));
    return undefined;
  }
  setQuestionError(root, '');
  const verdict = checkAnswer(question, answer);
  showFeedback(root, question, { answer, verdict }, t, lang);
  lockQuestion(root);
  return { correct: verdict.correct, text: root.querySelector('[data-feedback]')?.textContent ?? '' };
}

/** Moves an ordering question's row up or down, keeping focus on the button. */
export function moveRow(button: HTMLElement): void {
  const row = button.closest('li')!;
  const sibling = button.dataset.move === 'up' ? row.previousElementSibling : row.nextElementSibling;
  if (!sibling) return;
  if (button.dataset.move === 'up') sibling.before(row);
  else sibling.after(row);
  button.focus();
}
