/**
 * Builds a question's markup in the browser, for final-assessment questions that were not in the
 * page (a new attempt draws from the whole pool). It mirrors QuizQuestion.astro without its answer
 * key; test/e2e/render-question.test.ts keeps the two in step. Text goes in as text only.
 */
import type { Question } from '../../schemas/quiz';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';

type QuizTranslate = Translate<UiKeyWith<'quiz.' | 'final.'>>;

function hintOf(question: Question, t: QuizTranslate): string {
  switch (question.type) {
    case 'single':
      return t('quiz.chooseOne');
    case 'multiple':
      return t('quiz.chooseMany', { count: question.answer.length });
    case 'truefalse':
      return t('quiz.chooseTrueFalse');
    case 'matching':
      return t('quiz.matchingHint');
    case 'ordering':
      return t('quiz.orderingHint');
    case 'numeric':
      return t('quiz.numericHint');
  }
}

const mark = () => {
  const node = el('span', undefined, 'mark');
  node.dataset.mark = '';
  node.setAttribute('aria-hidden', 'true');
  return node;
};

function choicesOf(question: Question, base: string, t: QuizTranslate): HTMLElement | undefined {
  if (question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse') {
    const options =
      question.type === 'truefalse'
        ? [
            { id: 'true', text: t('quiz.true') },
            { id: 'false', text: t('quiz.false') },
          ]
        : question.options;
    const list = el('ul', undefined, 'choices');
    list.setAttribute('role', 'list');
    for (const option of options) {
      const item = el('li');
      item.dataset.choice = option.id;
      const input = el('input');
      Object.assign(input, { type: question.type === 'multiple' ? 'checkbox' : 'radio', name: base, value: option.id });
      input.id = `${base}-${option.id}`;
      const label = el('label', option.text);
      label.htmlFor = input.id;
      item.append(input, label, mark());
      list.append(item);
    }
    return list;
  }
  if (question.type === 'matching') {
    const list = el('ul', undefined, 'matches');
    list.setAttribute('role', 'list');
    for (const pair of question.pairs) {
      const item = el('li');
      item.dataset.choice = pair.id;
      const select = el('select');
      select.id = `${base}-${pair.id}`;
      select.dataset.pair = pair.id;
      const label = el('label', pair.left);
      label.htmlFor = select.id;
      const empty = el('option', t('quiz.choose'));
      empty.value = '';
      select.append(empty, ...question.pairs.map((p) => Object.assign(el('option', p.right), { value: p.id })));
      item.append(label, select, mark());
      list.append(item);
    }
    return list;
  }
  if (question.type === 'ordering') {
    const list = el('ol', undefined, 'order');
    list.dataset.order = '';
    for (const entry of question.items) {
      const item = el('li');
      item.dataset.choice = entry.id;
      const moves = el('span', undefined, 'moves');
      for (const direction of ['up', 'down'] as const) {
        const button = el('button', direction === 'up' ? '↑' : '↓');
        button.type = 'button';
        button.dataset.move = direction;
        button.setAttribute(
          'aria-label',
          t(direction === 'up' ? 'quiz.moveUp' : 'quiz.moveDown', { item: entry.text }),
        );
        moves.append(button);
      }
      item.append(el('span', entry.text, 'text'), moves, mark());
      list.append(item);
    }
    return list;
  }
  const line = el('p', undefined, 'numeric');
  const input = el('input');
  Object.assign(input, { type: 'text', id: `${base}-value`, autocomplete: 'off', spellcheck: false });
  input.inputMode = 'decimal';
  input.dataset.numeric = '';
  const label = el('label', t('quiz.numericLabel'));
  label.htmlFor = input.id;
  line.append(label, input);
  if (question.unit) line.append(el('span', question.unit, 'unit'));
  line.append(mark());
  return line;
}

/** The markup of one question, as QuizQuestion.astro renders it for the final assessment. */
export function renderQuestion(
  question: Question & { lesson?: string },
  idPrefix: string,
  t: QuizTranslate,
): HTMLLIElement {
  const base = `${idPrefix}-${question.id}`;
  const root = el('li', undefined, 'quiz-question');
  root.dataset.question = question.id;
  root.dataset.type = question.type;
  if (question.lesson) root.dataset.lesson = question.lesson;
  const describedBy: string[] = [];
  if (question.scenario) {
    const scenario = el('p', undefined, 'scenario');
    scenario.id = `${base}-scenario`;
    scenario.append(el('strong', `${t('quiz.scenario')}:`), ` ${question.scenario}`);
    root.append(scenario);
    describedBy.push(scenario.id);
  }
  const fieldset = el('fieldset');
  const legend = el('legend');
  legend.append(el('span', '', 'number'), question.prompt);
  const hint = el('p', hintOf(question, t), 'hint');
  hint.id = `${base}-hint`;
  const error = el('p', undefined, 'error');
  error.id = `${base}-error`;
  error.dataset.error = '';
  describedBy.push(hint.id, error.id);
  fieldset.setAttribute('aria-describedby', describedBy.join(' '));
  const choices = choicesOf(question, base, t);
  choices?.querySelector('input[data-numeric]')?.setAttribute('aria-describedby', describedBy.join(' '));
  fieldset.append(legend, hint, ...(choices ? [choices] : []), error);
  const feedback = el('div', undefined, 'feedback');
  feedback.dataset.feedback = '';
  root.append(fieldset, feedback);
  return root;
}
