import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFilled, startScorecard, type FilledScorecard } from '../../src/lib/scorecard/filled';
import { MAX_CUSTOM_LENGTH } from '../../src/lib/scorecard/limits';
import { encodeTemplate, type ScorecardTemplate } from '../../src/lib/scorecard/template';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';
import { loadStrings, scrollsSideways } from './scorecard-driver';
import { taxonomyEntries } from '../support/scorecard';

const must = (result: { ok: true; hash: string } | { ok: false }) => {
  if (!result.ok) throw new Error('link too long');
  return result.hash;
};

/** A custom item of one long word, the kind that pushed a fieldset's border aside on a phone. */
const LONG_ITEM = 'Instagram-Facebook-TikTok-LinkedIn-YouTube-Pinterest-Threads'.slice(0, MAX_CUSTOM_LENGTH);

describe.skipIf(!hasBrowser()).each([
  { lang: 'en' as const, prefix: '' },
  { lang: 'bg' as const, prefix: '/bg' },
])('a filled scorecard link ($lang)', ({ lang, prefix }) => {
  const t = loadStrings(lang);
  const names = new Map(taxonomyEntries(lang).map((entry) => [entry.id, entry.name]));
  const template: ScorecardTemplate = {
    role: 'Social media manager',
    items: [
      { kind: 'taxonomy', id: 'strategy' },
      { kind: 'custom', text: LONG_ITEM },
    ],
    scale: 'four',
  };
  const card: FilledScorecard = {
    ...startScorecard(template, 'interviewer'),
    candidate: 'Мария Иванова',
    interviewer: 'Ivan Petrov',
    ratings: [3, 0],
    notes: ['Clear plan, with numbers', ''],
  };
  const sheet = url(`${prefix}/hiring/scorecard/`);
  const link = `${sheet}#${must(encodeFilled(card))}`;
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('opens read-only, says who sent it, and never rewrites itself', async () => {
    const { page } = session;
    await page.goto(link);
    await page.locator('[data-view-table] table').waitFor();
    expect(await page.locator('[data-view-title]').textContent()).toBe(
      t('sheet.title', { use: t('use.interviewer'), role: 'Social media manager' }),
    );
    expect(await page.locator('[data-view-by]').textContent()).toBe(
      t('view.byInterviewer', { name: 'Ivan Petrov', candidate: 'Мария Иванова' }),
    );
    expect(await page.locator('[data-view-table] tbody tr').first().locator('td').allTextContents()).toEqual([
      `1. ${names.get('strategy')}`,
      `3 – ${t('scale.four.3')}`,
      'Clear plan, with numbers',
    ]);
    // Nothing to type into: no form, no field, and the address stays the link that was opened.
    expect(await page.isVisible('[data-sheet]')).toBe(false);
    expect(await page.locator('smm-scorecard :is(input, textarea, select):visible').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.type('typing here changes nothing');
    expect(page.url()).toBe(link);
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('“Score this candidate yourself” opens a new scorecard; Back returns to the one sent', async () => {
    const { page } = session;
    await page.goto(link);
    await page.getByRole('button', { name: t('view.score') }).click();
    expect(await page.inputValue('[data-candidate]')).toBe('Мария Иванова');
    expect(await page.inputValue('[data-interviewer]')).toBe('');
    await page.fill('[data-interviewer]', 'Елена Георгиева');
    await page.check('#scorecard-rate-1-2');
    await page.waitForFunction((old) => location.href !== old, link);
    const own = await page.inputValue('[data-filled-link]');
    expect(own).not.toBe(link);
    expect(page.url()).toBe(own);
    // A reload keeps your own scorecard a form.
    await page.reload();
    expect(await page.inputValue('[data-interviewer]')).toBe('Елена Георгиева');
    expect(await page.isChecked('#scorecard-rate-1-2')).toBe(true);
    expect(await findViolations(session)).toEqual([]);
    await page.goBack();
    await page.locator('[data-view]:visible').waitFor();
    expect(page.url()).toBe(link);
    expect(await page.locator('[data-view-by]').textContent()).toContain('Ivan Petrov');
    expect(session.errors).toEqual([]);
  });

  it('on a phone, a long custom item stays inside its box, in the view and in the form', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(link);
      await page.locator('[data-view-table] table').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await page.getByRole('button', { name: t('view.score') }).click();
      const fieldset = page.locator('[data-items] fieldset').nth(1);
      const [box, legend] = await Promise.all([fieldset.boundingBox(), fieldset.locator('legend').boundingBox()]);
      expect(legend!.x + legend!.width).toBeLessThanOrEqual(box!.x + box!.width);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await findViolations(session)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('opened without a link, explains the page and links to the builder', async () => {
    const { page } = session;
    await page.goto(sheet);
    await page.locator('[data-none]').waitFor();
    expect(await page.locator('[data-none] p').textContent()).toBe(t('sheet.none'));
    await page.getByRole('link', { name: t('sheet.toBuilder') }).click();
    await page.waitForURL((u) => u.pathname === `${prefix}/hiring/scorecard-builder/`);
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser()).each(['light', 'dark'] as const)(
  'scorecards have no axe violations in the %s theme',
  (theme) => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme: theme });
    });
    afterAll(async () => session?.close());

    const template: ScorecardTemplate = {
      role: 'Social media manager',
      items: [
        { kind: 'taxonomy', id: 'strategy' },
        { kind: 'custom', text: 'Speaks Greek' },
        { kind: 'taxonomy', id: 'risk-taker' },
      ],
      scale: 'three',
    };
    const blank = () => must(encodeTemplate(template));
    const filled = (candidate: string) =>
      must(
        encodeFilled({
          ...startScorecard(template, 'interviewer'),
          candidate,
          interviewer: 'Ivan',
          ratings: [1, 2, 3],
          notes: ['a', '', 'c'],
        }),
      );

    const check = async (what: string) => {
      expect(await session.page.getAttribute('html', 'data-theme')).toBe(theme);
      expect(await findViolations(session), what).toEqual([]);
    };

    // One test per page state, each within its own time limit (axe takes a while on a busy machine).
    // Colours do not depend on the language: the dark theme is checked in English, the light theme in both.
    describe.each(theme === 'dark' ? [''] : ['', '/bg'])('%s', (prefix) => {
      it('builder with items and an error', async () => {
        const { page } = session;
        await page.goto(url(`${prefix}/hiring/scorecard-builder/#${blank()}`));
        await page.fill('[data-custom]', 'Speaks Greek');
        await page.click('[data-add]'); // a duplicate: the error state
        await check('builder with items and an error');
      });

      it('scorecard: choosing its use, opened without a link, with a broken link', async () => {
        const { page } = session;
        await page.goto(url(`${prefix}/hiring/scorecard/#${blank()}`));
        await check('scorecard, choosing its use');
        await page.goto(url(`${prefix}/hiring/scorecard/`));
        await page.locator('[data-none]').waitFor();
        await check('scorecard opened without a link');
        await page.goto(url(`${prefix}/hiring/scorecard/#broken`));
        await page.reload();
        await check('scorecard with a broken link');
        expect(session.errors).toEqual([]);
      });

      it('scorecard: someone’s, read-only, then scoring the candidate yourself', async () => {
        const { page } = session;
        await page.goto(url(`${prefix}/hiring/scorecard/#${filled('Maria')}`));
        await page.reload();
        await page.locator('[data-view-table] table').waitFor();
        await check('filled scorecard, read-only');
        await page.click('[data-score]');
        await check('scoring the candidate yourself');
        expect(session.errors).toEqual([]);
      });

      it('comparison with a problem', async () => {
        const { page } = session;
        await page.goto(url(`${prefix}/hiring/compare/`));
        await page.fill('[data-links]', [filled('Maria'), filled('Petar'), 'broken'].join('\n'));
        await page.click('[data-compare]');
        await page.locator('[data-result] table').waitFor();
        await check('comparison with a problem');
        expect(session.errors).toEqual([]);
      });
    });
  },
);
