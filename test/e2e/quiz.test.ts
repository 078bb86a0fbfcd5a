import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { answer, questionRoot, readQuizConfig, visibleQuestionIds } from './quiz-driver';

const LOCALES = [
  {
    prefix: '',
    correct: 'Correct.',
    wrong: 'Not quite.',
    best: 'Best score 100%',
    notSaved: 'not letting the site save data',
    passed: 'You passed',
  },
  {
    prefix: '/bg',
    correct: 'Вярно.',
    wrong: 'Не съвсем.',
    best: 'Най-добър резултат 100%',
    notSaved: 'не позволява на сайта',
    passed: 'Успешно издържан',
  },
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

  it('answers right and wrong by mouse, explains each, scores, and retries wrong answers only', async () => {
    const { page } = session;
    const config = await readQuizConfig(page);
    const wrongIds = new Set([config.questions[0]!.id, config.questions[2]!.id]);
    for (const question of config.questions) await answer(page, question, !wrongIds.has(question.id));
    for (const question of config.questions) {
      const feedback = (await questionRoot(page, question.id).locator('[data-feedback]').textContent()) ?? '';
      expect(feedback.startsWith(wrongIds.has(question.id) ? locale.wrong : locale.correct), question.id).toBe(true);
      expect(feedback.length, question.id).toBeGreaterThan(30);
    }
    const total = config.questions.length;
    expect(await page.locator('[data-score]').textContent()).toContain(`${total - 2}`);
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
      );
    expect(await page.locator('[data-score]').textContent()).toContain('100%');
  });

  it('keeps the best score after a reload', async () => {
    await session.page.reload();
    await session.page.locator('[data-record]:visible').waitFor();
    expect(await session.page.locator('[data-record]').textContent()).toContain(locale.best);
    expect(session.errors).toEqual([]);
  });

  it('works by keyboard alone', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/course/the-work/`));
    const config = await readQuizConfig(page);
    await page.locator('.quiz h2').first().click(); // a starting point; everything after is keys
    for (const question of config.questions) await answer(page, question, question.type !== 'truefalse', 'keyboard');
    for (const question of config.questions) {
      const feedback = (await questionRoot(page, question.id).locator('[data-feedback]').textContent()) ?? '';
      expect(feedback.startsWith(question.type === 'truefalse' ? locale.wrong : locale.correct), question.id).toBe(
        true,
      );
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
    expect(await page.locator('[data-score]').textContent()).toContain('100%');
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

describe.skipIf(!hasBrowser()).each(LOCALES)('final assessment ($prefix)', (locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('draws twenty questions from all lessons, passes at 80 %, and breaks results down by lesson', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/course/final-assessment/`));
    await page.locator('[data-check]:visible').first().waitFor();
    const config = await readQuizConfig(page);
    const ids = await visibleQuestionIds(page);
    expect(ids).toHaveLength(20);
    const lessons = new Set(ids.map((id) => config.questions.find((q) => q.id === id)!.lesson));
    expect(lessons.size).toBe(10);
    const wrong = new Set(ids.slice(0, 3));
    for (const id of ids)
      await answer(
        page,
        config.questions.find((q) => q.id === id)!,
        !wrong.has(id),
      );
    expect(await page.locator('[data-score]').textContent()).toContain(locale.passed);
    const rows = page.locator('[data-breakdown] tbody tr');
    expect(await rows.count()).toBe(10);
    const links = await page
      .locator('[data-breakdown] tbody a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(links.every((href) => href.startsWith(`${locale.prefix}/course/`))).toBe(true);
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
