import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz';
import { findViolations } from './axe';
import { hasBrowser, openSession, type Session, url } from './browser';
import { answer, readQuizConfig, tabTo } from './quiz-driver';
import { strings } from './strings';

const LOCALES = [
  { prefix: '', lang: 'en' as const, t: strings('en') },
  { prefix: '/bg', lang: 'bg' as const, t: strings('bg') },
];

const dueText = (page: Page) => page.locator('smm-review [data-due]').textContent();

/** Waits until the review widget has read the deck (pages load slowly on a busy machine). */
const ready = (page: Page) => page.locator('smm-review [data-overview]:visible').waitFor();

describe.skipIf(!hasBrowser()).each(LOCALES)('daily review ($prefix)', ({ prefix, lang, t }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('brings a missed quiz question back on the review page, and rating it drops the due count', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/review/`));
    await ready(page);
    expect(await dueText(page)).toBe(t('review.empty'));

    await page.goto(url(`${prefix}/course/role/`));
    const config = await readQuizConfig(page);
    const missed = config.questions.find((q) => q.type === 'single')!;
    await answer(page, missed, false, 'mouse', { lang });
    await page.locator(`[data-question="${missed.id}"] [data-feedback].is-wrong`).waitFor();
    // The lesson header says so at once, as a link to the review.
    const badge = page.locator('smm-review-due [data-review-due-link]');
    await badge.waitFor();
    expect(await badge.textContent()).toBe(t('review.dueToday', { count: 1 }));
    expect(await badge.getAttribute('href')).toBe(`${prefix}/review/`);

    await page.goto(url(`${prefix}/review/`));
    await ready(page);
    expect(await dueText(page)).toBe(t('review.dueToday', { count: 1 }));
    await page.locator('smm-review [data-start]').click();
    const poolQuestion = { ...missed, id: `role--${missed.id}` } as Question;
    await page.locator(`smm-review [data-question="${poolQuestion.id}"]`).waitFor();
    await answer(page, poolQuestion, true, 'mouse', { check: false, lang });
    await page.locator('smm-review [data-check]').click();
    await page.locator('smm-review [data-feedback].is-correct').waitFor();
    expect(await page.locator('smm-review [data-rating="3"]').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await findViolations(session)).toEqual([]);
    await page.locator('smm-review [data-rating="3"]').click();
    await expect.poll(() => dueText(page), { timeout: 10_000 }).toBe(t('review.dueToday', { count: 0 }));
    await expect
      .poll(() => page.locator('smm-review [data-live]').textContent(), { timeout: 10_000 })
      .toContain(t('review.done'));
    // The card waits in the list with its next date, and survives a reload.
    await page.reload();
    await ready(page);
    expect(await dueText(page)).toBe(t('review.dueToday', { count: 0 }));
    expect(await page.locator('smm-review [data-rows] tr').count()).toBe(1);
  });

  it.runIf(lang === 'en')('adds a lesson’s terms and reviews them by keyboard alone', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/review/`));
    await ready(page);
    const select = page.locator('smm-review [data-lesson]');
    // From the lesson picker on, everything is done with the keyboard.
    await select.focus();
    await tabTo(page, page.locator('smm-review [data-add-lesson]'));
    await page.keyboard.press('Enter');
    const added = await page.locator('smm-review [data-add-status]').textContent();
    const count = Number(/\d+/.exec(added ?? '')![0]);
    expect(count).toBeGreaterThanOrEqual(2);
    await expect.poll(() => dueText(page)).toBe(t('review.dueToday', { count }));

    await tabTo(page, page.locator('smm-review [data-start]'));
    await page.keyboard.press('Enter');
    for (let i = 0; i < count; i++) {
      const reveal = page.locator('smm-review [data-reveal]');
      await reveal.waitFor();
      await tabTo(page, reveal);
      await page.keyboard.press('Enter');
      expect(await page.locator('smm-review [data-answer]').isVisible()).toBe(true);
      // Focus is on "Good"; Tab back to "Easy" is not needed: Enter rates the card.
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => dueText(page), { timeout: 10_000 }).toBe(t('review.dueToday', { count: 0 }));
    expect(await page.locator('smm-review [data-due]').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await findViolations(session)).toEqual([]);
  });

  it('adds one glossary term by keyboard, and finds its two flashcards due on the review page', async () => {
    const { page } = session;
    await page.goto(url(`${prefix}/glossary/`));
    const buttons = page.locator('smm-glossary-review [data-add-term]');
    const button = buttons.last();
    await button.waitFor();
    const term = (await button.locator('[data-term]').textContent())!.trim();
    await buttons.nth(-2).focus();
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('smm-glossary-review [data-live]').textContent())
      .toBe(t('review.glossary.added', { term }));
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await button.locator('[data-label]').textContent()).toBe(t('review.glossary.inDeck'));
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.goto(url(`${prefix}/review/`));
    await ready(page);
    expect(await dueText(page)).toBe(t('review.dueToday', { count: 2 }));
    const rows = await page.locator('smm-review [data-rows] tr').allTextContents();
    for (const card of [t('review.card.definition', { term }), t('review.card.term', { term })]) {
      expect(rows.find((row) => row.includes(card))).toContain(t('review.today'));
    }
  });
});
