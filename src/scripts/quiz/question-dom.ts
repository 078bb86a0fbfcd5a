/**
 * Reading and writing one question's answer in its server-rendered markup (QuizQuestion.astro):
 * radio buttons and checkboxes, selects for matching, a list for ordering, a text field for numbers.
 */
import type { Question } from '../../schemas/quiz';
import { parseNumberInput, type NumberFailure, type NumberReading } from '../../lib/number-input';
import { presentChoices } from '../../lib/quiz/present';
import { formatNumber } from '../../lib/quiz/numeric';
import type { Answer } from '../../lib/quiz/types';

const byChoice = (root: ParentNode, id: string) => root.querySelector(`[data-choice="${CSS.escape(id)}"]`)!;

/** The controls a learner answers with; disabled once a question is checked. */
export const answerControls = (root: HTMLElement) =>
  root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, [data-move]');

/** Reads the number typed into a numeric question, in the page language's preferred form. */
export function readNumber(root: HTMLElement, lang: string): NumberReading | NumberFailure {
  const text = root.querySelector<HTMLInputElement>('input[data-numeric]')?.value ?? '';
  return parseNumberInput(text, lang === 'bg' ? ',' : '.');
}

/** What the learner has answered so far. */
export function readAnswer(root: HTMLElement, question: Question, lang: string): Answer {
  const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  switch (question.type) {
    case 'single':
      return checked[0] ?? null;
    case 'multiple':
      return checked;
    case 'truefalse':
      return checked[0] === undefined ? null : checked[0] === 'true';
    case 'matching':
      return Object.fromEntries(
        [...root.querySelectorAll<HTMLSelectElement>('select[data-pair]')].map((s) => [
          s.dataset.pair!,
          s.value || null,
        ]),
      );
    case 'ordering':
      return [...root.querySelectorAll<HTMLElement>('.order > [data-choice]')].map((li) => li.dataset.choice!);
    case 'numeric': {
      const reading = readNumber(root, lang);
      return reading.ok ? reading.value : null;
    }
  }
}

/** Puts a saved answer back into the controls. */
export function writeAnswer(root: HTMLElement, question: Question, answer: Answer, lang: string): void {
  if (question.type === 'matching') {
    for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-pair]')) {
      select.value = (answer as Record<string, string | null>)[select.dataset.pair!] ?? '';
    }
  } else if (question.type === 'ordering') {
    const list = root.querySelector('.order')!;
    for (const id of answer as string[]) list.append(byChoice(root, id));
  } else if (question.type === 'numeric') {
    root.querySelector<HTMLInputElement>('input[data-numeric]')!.value = formatNumber(answer as number, lang);
  } else {
    const values = Array.isArray(answer) ? answer : [String(answer)];
    for (const input of root.querySelectorAll<HTMLInputElement>('input')) input.checked = values.includes(input.value);
  }
}

/** Empties a question and puts its choices in the order of the attempt with this seed. */
export function resetQuestion(root: HTMLElement, question: Question, seed: number): void {
  const order = presentChoices(question, seed);
  const container = root.querySelector('.choices, .order');
  if (container) for (const id of order) container.append(byChoice(root, id));
  for (const select of root.querySelectorAll('select')) {
    for (const id of order) select.append(select.querySelector(`option[value="${CSS.escape(id)}"]`)!);
    select.value = '';
  }
  for (const input of root.querySelectorAll('input')) {
    input.checked = false;
    if (input.type === 'text') input.value = '';
  }
  for (const control of answerControls(root)) control.disabled = false;
  for (const mark of root.querySelectorAll('[data-mark]')) {
    mark.textContent = '';
    mark.className = 'mark';
  }
  root.querySelector('[data-check]')?.removeAttribute('aria-disabled');
  root.querySelector('[data-feedback]')!.replaceChildren();
}

/** Locks a checked question: its answer can no longer change. */
export function lockQuestion(root: HTMLElement): void {
  for (const control of answerControls(root)) control.disabled = true;
  root.querySelector('[data-check]')?.setAttribute('aria-disabled', 'true');
}

/** Shows or clears the question's error message and marks its fieldset. */
export function setQuestionError(root: HTMLElement, message: string): void {
  root.querySelector<HTMLElement>('[data-error]')!.textContent = message;
  root.querySelector('fieldset')!.classList.toggle('has-error', message !== '');
}
