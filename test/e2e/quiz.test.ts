import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { answer, questionRoot, readFeedback, readQuizConfig } from './quiz-driver';
import { strings } from './strings';

const LOCALES = [
  { prefix: '', lang: 'en' as const, t: strings('en') },
  { prefix: '/bg', lang: 'bg' as const, t: strings('bg') },
];

describe.skipIf(!hasBrowser()).each(LOCALES)('lesson quiz ($prefix)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('reads without errors and has no axe violations before answering', async () => {
    await session.page.goto(url(`${locale.prefix}/course/role/`));
    await session.page.locator('.quiz-question [data-check]:visible').first().waitFor();
    expect(await findViolations(session)).toEqual([]);
  });

  it('refuses to check an unanswered question, with a message that is announced', async () => {
    const { page } = session;
    const config = await readQuizConfig(page);
    const first = questionRoot(page, config.questions[0]!.id);
    await first.locator('[data-check]').click();
    expect((await first.locator('[data-error]').textContent())?.length).toBeGreaterThan(5);
    await page.waitForFunction(() => document.querySelector('smm-quiz [data-live]')?.textContent?.includes(':'));
    expect(await findViolations(session)).toEqual([]);
  });

  it('answers right and wrong by mouse, explains each, and counts the first try when wrong answers are retried', async () => {
    const { page } = session;
    const config = await readQuizConfig(page);
    const wrongIds = new Set([config.questions[0]!.id, config.questions[2]!.id]);
    const opts = { lang: locale.lang };
    for (const question of config.questions) await answer(page, question, !wrongIds.has(question.id), 'mouse', opts);
    for (const question of config.questions) {
      const feedback = await readFeedback(page, question.id);
      const verdict = locale.t(wrongIds.has(question.id) ? 'quiz.incorrect' : 'quiz.correct');
      if (question.type === 'multiple' && wrongIds.has(question.id))
        expect(feedback, question.id).not.toContain(locale.t('quiz.correct'));
      else expect(feedback.startsWith(verdict), question.id).toBe(true);
      expect(feedback.length, question.id).toBeGreaterThan(30);
    }
    const total = config.questions.length;
    const first = { correct: total - 2, total, percent: Math.floor(((total - 2) / total) * 100) };
    expect(await page.locator('[data-score]').textContent()).toBe(locale.t('quiz.score', first));
    expect(await findViolations(session)).toEqual([]);

    await page.locator('[data-retry="wrong"]').click();
    for (const question of config.questions) {
      const checked = await questionRoot(page, question.id).locator('[data-check]').getAttribute('aria-disabled');
      expect(checked === 'true', question.id).toBe(!wrongIds.has(question.id));
    }
    for (const id of wrongIds)
      await answer(
        page,
        config.questions.find((q) => q.id === id)!,
        true,
        'mouse',
        opts,
      );
    // Retrying teaches, but the record keeps the first try: copying revealed answers cannot raise it.
    expect(await page.locator('[data-score]').textContent()).toBe(
      `${locale.t('quiz.score', first)} ${locale.t('quiz.afterRetry', { correct: total, total })}`,
    );
    const record = await page.evaluate((id) => JSON.parse(localStorage.getItem(`smm-academy:quiz:${id}`)!), config.id);
    expect(record).toMatchObject({ best: first.percent, last: first.percent, attempts: 1 });
  });

  it('keeps the attempt and the best first-try score after a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('[data-record]:visible').waitFor();
    expect(await page.locator('[data-record]').textContent()).toContain(
      locale.t('quiz.record', { best: 'X' }).split('X')[0]!,
    );
    expect(await page.locator('[data-summary]').isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('lists the quiz under "On this page"', async () => {
    const toc = session.page.locator('starlight-toc a[href$="-quiz-heading"]');
    expect(await toc.first().textContent()).toBe(locale.t('quiz.heading'));
  });

  it('works by keyboard alone', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/course/the-work/`));
    const config = await readQuizConfig(page);
    await page.locator('.quiz h2').first().click(); // a starting point; everything after is keys
    for (const question of config.questions)
      await answer(page, question, question.type !== 'truefalse', 'keyboard', { lang: locale.lang });
    for (const question of config.questions) {
      const feedback = await readFeedback(page, question.id);
      const verdict = locale.t(question.type === 'truefalse' ? 'quiz.incorrect' : 'quiz.correct');
      expect(feedback.startsWith(verdict), question.id).toBe(true);
    }
    expect(await page.locator('[data-summary]').isVisible()).toBe(true);
  });
});

describe.skipIf(!hasBrowser())('quiz storage trouble', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  async function finishQuiz(path: string) {
    const { page } = session;
    await page.goto(url(path));
    const config = await readQuizConfig(page);
    for (const question of config.questions) await answer(page, question, true);
    expect(await page.locator('[data-score]').textContent()).toContain('(100%)');
  }

  it.each(['blocked', 'full'] as const)(
    'with storage %s the quiz still works and says results will not be kept',
    async (how) => {
      const page = await session.context.newPage();
      await failStorage(page, how);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url('/course/role/'));
      await page.locator('smm-quiz [data-storage-notice]:visible').waitFor();
      const config = await readQuizConfig(page);
      for (const question of config.questions) await answer(page, question, true);
      expect(await page.locator('[data-score]').textContent()).toContain('100%');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('ignores and replaces corrupted saved data', async () => {
    const { page } = session;
    await page.goto(url('/course/responsibilities/'));
    await page.evaluate(() => {
      localStorage.setItem('smm-academy:quiz:responsibilities', '{"v":1,"best":"lots"');
      localStorage.setItem(
        'smm-academy:quiz-progress:responsibilities',
        '{"v":1,"hash":"x","answers":{"__proto__":1}}',
      );
    });
    await finishQuiz('/course/responsibilities/');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('smm-academy:quiz:responsibilities')!));
    expect(saved).toMatchObject({ v: 1, best: 100, attempts: 1 });
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser())('quiz across tabs and languages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('keeps checked answers when the learner switches to the other language', async () => {
    const { page } = session;
    await page.goto(url('/course/core-skills/'));
    const en = await readQuizConfig(page);
    for (const question of en.questions.slice(0, 2)) await answer(page, question, true);
    await page.goto(url('/bg/course/core-skills/'));
    await page.locator('smm-quiz [data-check]:visible').first().waitFor();
    for (const question of en.questions.slice(0, 2)) {
      const check = questionRoot(page, question.id).locator('[data-check]');
      expect(await check.getAttribute('aria-disabled'), question.id).toBe('true');
      expect(await readFeedback(page, question.id)).toContain(strings('bg')('quiz.correct'));
    }
    expect(
      await questionRoot(page, en.questions[2]!.id).locator('[data-check]').getAttribute('aria-disabled'),
    ).toBeNull();
  });

  it('shows in one tab what the learner checked in another', async () => {
    const { page, context } = session;
    await page.goto(url('/course/neighbouring-roles/'));
    const config = await readQuizConfig(page);
    const other = await context.newPage();
    await other.goto(url('/course/neighbouring-roles/'));
    await other.locator('smm-quiz [data-check]:visible').first().waitFor();
    await answer(other, config.questions[0]!, true);
    const check = questionRoot(page, config.questions[0]!.id).locator('[data-check]');
    await expect.poll(() => check.getAttribute('aria-disabled')).toBe('true');
    await other.close();
  });
});

describe.skipIf(!hasBrowser()).each(LOCALES)('numeric questions ($prefix)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('read both number forms, say how they read them, refuse what is not a number, and work by keyboard', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/course/analytics-and-reporting/`));
    const config = await readQuizConfig(page);
    const numeric = config.questions.filter((q) => q.type === 'numeric');
    expect(numeric.length).toBeGreaterThanOrEqual(2);
    const [first, second] = numeric as [(typeof numeric)[number], (typeof numeric)[number]];
    const input = questionRoot(page, first.id).locator('input[data-numeric]');
    await input.fill('about eight');
    await questionRoot(page, first.id).locator('[data-check]').click();
    expect(await questionRoot(page, first.id).locator('[data-error]').textContent()).toBe(
      locale.t('quiz.numericInvalid'),
    );
    // The other language's decimal mark is understood too.
    if (first.type !== 'numeric') throw new Error('not numeric');
    const other = locale.lang === 'bg' ? String(first.answer) : String(first.answer).replace('.', ',');
    await input.fill(other);
    await questionRoot(page, first.id).locator('[data-check]').click();
    const feedback = await readFeedback(page, first.id);
    expect(feedback.startsWith(locale.t('quiz.correct'))).toBe(true);
    expect(feedback).toContain(locale.t('quiz.numericRead', { value: '' }).replace(/\.$/, '').trim());
    await page.locator('.quiz h2').first().click();
    await answer(page, second, false, 'keyboard', { lang: locale.lang });
    const wrong = await readFeedback(page, second.id);
    expect(wrong.startsWith(locale.t('quiz.incorrect'))).toBe(true);
    expect(wrong).toContain(second.type === 'numeric' ? second.explanation.slice(0, 20) : '');
    expect(await findViolations(session)).toEqual([]);
  });

  it('show the answer and the worked explanation without JavaScript', async () => {
    const html = await (await fetch(url(`${locale.prefix}/course/analytics-and-reporting/`))).text();
    expect(html).toMatch(/<input[^>]*data-numeric/);
    expect(html).toContain(locale.t('quiz.showAnswer'));
  });
});
