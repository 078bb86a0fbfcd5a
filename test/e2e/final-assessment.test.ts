import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from 'virtual:smm/course-outline';
import { FINAL_PASS_MARK } from '../../src/lib/quiz/score';
import { findViolations } from './axe';
import { hasBrowser, openSession, type Session, url } from './browser';
import { answer, questionRoot, readFeedback, readQuizConfig, visibleQuestionIds, type QuizConfig } from './quiz-driver';
import { strings } from './strings';

const LOCALES = [
  { prefix: '', lang: 'en' as const, t: strings('en') },
  { prefix: '/bg', lang: 'bg' as const, t: strings('bg') },
];

describe.skipIf(!hasBrowser()).each(LOCALES)('final assessment ($prefix)', (locale) => {
  let session: Session;
  let config: QuizConfig;
  const page = () => session.page;
  const question = (id: string) => config.questions.find((q) => q.id === id)!;
  const submit = () => page().locator('[data-submit]').click();

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(url(`${locale.prefix}/course/final-assessment/`));
    await session.page.locator('[data-submit]:visible').waitFor();
    config = await readQuizConfig(session.page);
  });
  afterAll(async () => session?.close());

  it('ships one draw of twenty questions covering every lesson, with no answers showing', async () => {
    const ids = await visibleQuestionIds(page());
    expect(ids).toHaveLength(20);
    expect(new Set(ids.map((id) => question(id).lesson)).size).toBe(COURSE_OUTLINE.length);
    const objectives = ids.map((id) => `${question(id).lesson}#${question(id).objective}`);
    expect(new Set(objectives).size).toBe(20);
    expect(await page().locator('[data-answer-key]').count()).toBe(0);
    expect(await page().locator('[data-check]').count()).toBe(0);
    expect(await findViolations(session)).toEqual([]);
  });

  it('refuses to submit with questions unanswered and lists them as links', async () => {
    const ids = await visibleQuestionIds(page());
    for (const id of ids.slice(0, 18))
      await answer(page(), question(id), true, 'mouse', { check: false, lang: locale.lang });
    await submit();
    const summary = page().locator('[data-error-summary]');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBe(2);
    expect(await page().locator('[data-feedback]:not(:empty)').count()).toBe(0);
    expect(await findViolations(session)).toEqual([]);
  });

  it('keeps the same draw and the answers given so far across a reload', async () => {
    const before = await visibleQuestionIds(page());
    await page().reload();
    await page().locator('[data-submit]:visible').waitFor();
    expect(await visibleQuestionIds(page())).toEqual(before);
    const saved = await page().evaluate(() => JSON.parse(localStorage.getItem('smm-academy:quiz-progress:final')!));
    expect(Object.keys(saved.answers)).toHaveLength(18);
    for (const id of before.slice(0, 18)) {
      const q = question(id);
      if (q.type === 'single') {
        expect(await questionRoot(page(), id).locator(`input[value="${q.answer}"]`).isChecked(), id).toBe(true);
      }
    }
  });

  it(`scores the attempt as a whole only after submitting, and fails below ${FINAL_PASS_MARK}%`, async () => {
    const ids = await visibleQuestionIds(page());
    // Five wrong of twenty is 75 %: not passed, on this page as everywhere else.
    const wrong = new Set(ids.filter((id) => question(id).type !== 'ordering').slice(-5));
    for (const id of ids) {
      if (wrong.has(id) || ids.indexOf(id) >= 18) {
        await answer(page(), question(id), !wrong.has(id), 'mouse', { check: false, lang: locale.lang });
      }
    }
    await submit();
    await page().locator('[data-summary]:visible').waitFor();
    const text = await page().locator('[data-score]').textContent();
    expect(text).toContain(locale.t('final.failed', { percent: 75, passMark: FINAL_PASS_MARK }));
    for (const id of ids) {
      const feedback = await readFeedback(page(), id);
      expect(feedback.length, id).toBeGreaterThan(20);
      expect(feedback.startsWith(locale.t('quiz.correct')), id).toBe(!wrong.has(id));
    }
    expect(await page().locator('[data-breakdown] tbody tr').count()).toBe(COURSE_OUTLINE.length);
    expect(await page().locator('[data-retry="wrong"]').count()).toBe(0);
    const record = await page().evaluate(() => JSON.parse(localStorage.getItem('smm-academy:quiz:final')!));
    expect(record).toMatchObject({ best: 75, last: 75, attempts: 1 });
    expect(await findViolations(session)).toEqual([]);
  });

  it('starts a new attempt with a new draw from the pool, with nothing revealed', async () => {
    const before = await visibleQuestionIds(page());
    const poolRequest = page().waitForRequest((request) => request.url().endsWith(config.final!.pool));
    await page().locator('[data-retry="all"]').click();
    await poolRequest;
    await expect.poll(async () => (await visibleQuestionIds(page())).join()).not.toBe(before.join());
    const ids = await visibleQuestionIds(page());
    expect(ids).toHaveLength(20);
    expect(await page().locator('.quiz-question:not([hidden]) [data-feedback]:not(:empty)').count()).toBe(0);
    expect(await page().locator('[data-summary]').isVisible()).toBe(false);
    expect(await page().locator('[data-submit]').isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });
});
