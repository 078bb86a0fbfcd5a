/**
 * The feedback under a checked question: whether it was right, each chosen option's explanation,
 * the right answer, and ✓/✗ marks next to the choices. Text only, through textContent.
 */
import type { Question } from '../../schemas/quiz';
import { describeNumericAnswer, formatNumber } from '../../lib/quiz/numeric';
import type { Answer, Verdict } from '../../lib/quiz/types';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';

type QuizTranslate = Translate<UiKeyWith<'quiz.' | 'final.'>>;

/** How many parts a question has for partial credit ("2 of 3"); 0 when it is all or nothing. */
function partsOf(question: Question): number {
  if (question.type === 'matching') return question.pairs.length;
  if (question.type === 'ordering') return question.items.length;
  return 0;
}

function setMark(node: Element | null, ok: boolean) {
  if (!node) return;
  node.textContent = ok ? '✓' : '✗';
  node.className = `mark ${ok ? 'is-correct' : 'is-wrong'}`;
}

/**
 * A wrong answer's verdict, worded as it is scored: for several choices, how many of the right ones
 * were chosen and how many wrong ones (each wrong choice cancels a right one); for matching and
 * ordering, how many are in place.
 */
function describePartial(question: Question, answer: Answer, verdict: Verdict, t: QuizTranslate): string {
  if (question.type === 'multiple') {
    const chosen = answer as string[];
    const right = chosen.filter((id) => question.answer.includes(id)).length;
    const wrong = chosen.length - right;
    if (right === 0) return t('quiz.incorrect');
    return t('quiz.partlyChoices', { right, total: question.answer.length, wrong });
  }
  const parts = partsOf(question);
  if (verdict.partial <= 0 || parts === 0) return t('quiz.incorrect');
  const counts = { right: Math.round(verdict.partial * parts), total: parts };
  return t(question.type === 'matching' ? 'quiz.partlyMatching' : 'quiz.partly', counts);
}

/** Renders the feedback of a checked question into its `[data-feedback]` box. */
export function showFeedback(
  root: HTMLElement,
  question: Question,
  checked: { answer: Answer; verdict: Verdict },
  t: QuizTranslate,
  lang: string,
): void {
  const { answer, verdict } = checked;
  const box = root.querySelector('[data-feedback]')!;
  const status = verdict.correct ? t('quiz.correct') : describePartial(question, answer, verdict, t);
  box.className = `feedback ${verdict.correct ? 'is-correct' : 'is-wrong'}`;
  box.replaceChildren(el('p', status, 'verdict'));
  const line = (label: string, text: string) => box.append(el('p', `${label} ${text}`));
  const mark = (id: string, ok: boolean) =>
    setMark(root.querySelector(`[data-choice="${CSS.escape(id)}"] [data-mark]`), ok);

  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = Array.isArray(answer) ? (answer as string[]) : [answer as string];
      const right = Array.isArray(question.answer) ? question.answer : [question.answer];
      for (const option of question.options) {
        const picked = chosen.includes(option.id);
        const isRight = right.includes(option.id);
        if (picked) {
          mark(option.id, isRight);
          line(`${isRight ? '✓' : '✗'} ${t('quiz.yourChoice')}`, `${option.text} — ${option.explanation}`);
        } else if (isRight) {
          mark(option.id, true);
          line(
            t(question.type === 'single' ? 'quiz.rightAnswer' : 'quiz.missed'),
            `${option.text} — ${option.explanation}`,
          );
        }
      }
      return;
    }
    case 'truefalse':
      mark(String(answer), verdict.correct);
      line(t('quiz.rightAnswer'), `${t(question.answer ? 'quiz.true' : 'quiz.false')}. ${question.explanation}`);
      return;
    case 'numeric': {
      setMark(root.querySelector('.numeric [data-mark]'), verdict.correct);
      // Say how the typed text was read, so "1,234" read as one thousand is never a silent surprise.
      box.append(el('p', t('quiz.numericRead', { value: formatNumber(answer as number, lang) })));
      const { value, range } = describeNumericAnswer(question, lang);
      line(
        t('quiz.rightAnswer'),
        `${range ? t('quiz.numericTolerance', { value, ...range }) : value}. ${question.explanation}`,
      );
      return;
    }
    case 'matching': {
      const chosen = answer as Record<string, string | null>;
      for (const pair of question.pairs) mark(pair.id, chosen[pair.id] === pair.id);
      const list = el('ul');
      for (const pair of question.pairs) list.append(el('li', `${pair.left} → ${pair.right}`));
      box.append(el('p', t('quiz.rightMatches')), list, el('p', question.explanation));
      return;
    }
    case 'ordering': {
      const order = answer as string[];
      question.items.forEach((item, index) => mark(order[index]!, order[index] === item.id));
      const list = el('ol');
      for (const item of question.items) list.append(el('li', item.text));
      box.append(el('p', t('quiz.rightOrder')), list, el('p', question.explanation));
      return;
    }
  }
}
