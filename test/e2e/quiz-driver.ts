import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src/schemas/quiz';

export interface QuizConfig {
  id: string;
  lang: 'en' | 'bg';
  questions: (Question & { lesson?: string })[];
  final?: { count: number; passMark: number; pool: string };
}

/** The question bank the page's quiz element works from (a lesson quiz or the final assessment). */
export async function readQuizConfig(page: Page): Promise<QuizConfig> {
  const block = page.locator(':is(smm-quiz, smm-final-assessment) > script[data-config]');
  return JSON.parse((await block.textContent()) ?? '{}') as QuizConfig;
}

/** The ids of the questions the current attempt shows, in order. */
export async function visibleQuestionIds(page: Page): Promise<string[]> {
  return page
    .locator('.quiz-question:not([hidden])')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.question!));
}

export const questionRoot = (page: Page, id: string): Locator => page.locator(`[data-question="${id}"]`);

/** A checked question's feedback, once written: the first check loads the code that writes it. */
export async function readFeedback(page: Page, id: string): Promise<string> {
  const feedback = questionRoot(page, id).locator('[data-feedback]:not(:empty)');
  await feedback.waitFor({ state: 'attached' });
  return (await feedback.textContent()) ?? '';
}

/** Tabs forward until focus lands on `target` (at most 200 presses). */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element by keyboard');
}

/** What to answer: the right answer, or a plausible wrong one. */
function choose(question: Question, right: boolean, lang: string): unknown {
  switch (question.type) {
    case 'numeric': {
      const value = right ? question.answer : question.answer + question.tolerance + 10;
      // Typed as a person of that language would type it.
      return lang === 'bg' ? String(value).replace('.', ',') : String(value);
    }
    case 'single':
      return right ? question.answer : question.options.find((o) => o.id !== question.answer)!.id;
    case 'multiple':
      return right
        ? question.answer
        : [question.answer[0], question.options.find((o) => !question.answer.includes(o.id))!.id];
    case 'truefalse':
      return right ? question.answer : !question.answer;
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      return right ? ids : [ids[1], ids[0], ...ids.slice(2)];
    }
    case 'ordering':
      return right ? question.items.map((i) => i.id) : undefined;
  }
}

/**
 * Answers one question with the mouse (or keyboard alone) and, in a lesson quiz, presses its Check
 * button (`check: false` for the final assessment, which is submitted as a whole).
 */
export async function answer(
  page: Page,
  question: Question,
  right: boolean,
  via: 'mouse' | 'keyboard' = 'mouse',
  { check = true, lang = 'en' }: { check?: boolean; lang?: string } = {},
) {
  const root = questionRoot(page, question.id);
  const value = choose(question, right, lang);
  const kb = via === 'keyboard';
  if (question.type === 'numeric') {
    const input = root.locator('input[data-numeric]');
    if (kb) {
      await tabTo(page, input);
      await page.keyboard.type(value as string);
    } else await input.fill(value as string);
  } else if (question.type === 'single' || question.type === 'truefalse') {
    const input = root.locator(`input[value="${String(value)}"]`);
    if (kb) {
      await tabTo(page, root.locator('input').first());
      for (let i = 0; i < 10 && !(await input.isChecked()); i++) await page.keyboard.press('ArrowDown');
    } else await input.check();
  } else if (question.type === 'multiple') {
    for (const id of value as string[]) {
      const input = root.locator(`input[value="${id}"]`);
      if (kb) {
        await tabTo(page, input);
        await page.keyboard.press('Space');
      } else await input.check();
    }
  } else if (question.type === 'matching') {
    const targets = value as string[];
    for (const [index, pair] of question.pairs.entries()) {
      const select = root.locator(`select[data-pair="${pair.id}"]`);
      if (kb) {
        await tabTo(page, select);
        for (let i = 0; i < 12 && (await select.inputValue()) !== targets[index]; i++)
          await page.keyboard.press('ArrowDown');
      } else await select.selectOption(targets[index]!);
    }
  } else if (question.type === 'ordering' && right) {
    const target = value as string[];
    for (let i = 0; i < target.length; i++) {
      const current = await root
        .locator('.order > li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.choice!));
      const steps = current.indexOf(target[i]!) - i;
      const up = root.locator(`.order > li[data-choice="${target[i]}"] [data-move="up"]`);
      if (kb && steps > 0) await tabTo(page, up);
      for (let s = 0; s < steps; s++) {
        if (kb) await page.keyboard.press('Enter');
        else await up.click();
      }
    }
  }
  if (!check) return;
  const button = root.locator('[data-check]');
  if (kb) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else await button.click();
}
