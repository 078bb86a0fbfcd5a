// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDeck, newCard, questionCardId, readDeck, termCardId, type Deck } from '../../../src/lib/review/deck';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { quarantineKey, STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { useSiteStorage } from '../../../src/scripts/toolkit/site-store';
import '../../../src/scripts/review/review-element';
import { stringsWith, translatorOf } from './fixture';

const KEY = STORAGE_PREFIX + STORAGE_KEYS.reviewDeck;
const strings = { ...stringsWith('review.'), ...stringsWith('quiz.') };
const t = translatorOf(strings);
/** The fixed clock: every date the element takes is this one (or a few milliseconds later). */
const NOW = new Date('2026-03-10T09:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const Q = questionCardId('role', 'only-posts');
const KPI = termCardId('kpi', 'definition');

const config = {
  lang: 'en',
  strings,
  pool: '/quizzes/en/final-pool.json',
  questions: { role: ['only-posts'] },
  terms: [
    { id: 'kpi', term: 'KPI', definition: 'A number that shows progress towards a goal.' },
    { id: 'reach', term: 'Reach', definition: 'How many different people saw the content.' },
  ],
  lessons: [{ slug: 'role', title: 'The role', terms: ['kpi', 'reach'] }],
};
const POOL = {
  questions: [
    {
      id: 'role--only-posts',
      lesson: 'role',
      type: 'truefalse',
      objective: 1,
      prompt: 'A social media manager only schedules posts.',
      answer: false,
      explanation: 'The role also covers strategy, community and measurement.',
    },
  ],
};

/** The markup of ReviewDeck.astro. */
function mount() {
  const host = document.createElement('smm-review');
  host.innerHTML = `
    <script type="application/json" data-config>${JSON.stringify(config)}</script>
    <p data-no-js>Needs JavaScript</p>
    <p data-storage-notice hidden>Not kept</p>
    <p data-corrupt hidden>Corrupt</p><p data-newer hidden>Newer</p><p data-note hidden></p>
    <section data-overview data-js hidden>
      <p data-due tabindex="-1"></p><button type="button" data-start hidden>Start</button>
    </section>
    <section data-session hidden>
      <h2 tabindex="-1" data-session-heading>Session</h2><p data-position></p><div data-card></div>
      <button type="button" data-check hidden>Check</button><button type="button" data-reveal hidden>Show</button>
      <div data-ratings hidden>${[1, 2, 3, 4].map((n) => `<button type="button" data-rating="${n}">${n}</button>`).join('')}</div>
    </section>
    <p data-live aria-live="polite"></p>
    <section data-js hidden>
      <select data-lesson><option value="role">The role</option></select>
      <button type="button" data-add-lesson>Add</button><p role="status" data-add-status></p>
    </section>
    <section data-list hidden><table><tbody data-rows></tbody></table>
      <button type="button" data-reset-deck hidden>Delete</button>
      <p data-reset-confirm-row hidden><button type="button" data-reset-confirm>Yes</button>
      <button type="button" data-reset-cancel>Cancel</button></p>
    </section>`;
  document.body.append(host);
  const node = (name: string) => host.querySelector<HTMLElement>(`[data-${name}]`)!;
  return {
    host,
    node,
    press: (name: string) => node(name).click(),
    due: () => node('due').textContent,
    shown: (name: string) => !node(name).hidden,
    rows: () => [...host.querySelectorAll('[data-rows] tr')].map((row) => row.textContent),
    live: () => {
      vi.advanceTimersByTime(100);
      return node('live').textContent;
    },
  };
}

const seed = (deck: Deck | string) => localStorage.setItem(KEY, typeof deck === 'string' ? deck : JSON.stringify(deck));
const stored = () => readDeck(localStorage.getItem(KEY));
const dueAt = (date: Date) => ({ ...newCard(minutes(-60)), due: date.toISOString() });
const day = (date: Date | string) => new Date(date).toLocaleDateString('en-GB', { dateStyle: 'medium' });

describe('<smm-review>', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: NOW });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(POOL))),
    );
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows how many cards are due today and lists every card with its next review', () => {
    let page = mount();
    expect(page.due()).toBe(t('review.empty'));
    expect(page.shown('start')).toBe(false);
    expect(page.shown('list')).toBe(false);
    document.body.replaceChildren();

    const deck = emptyDeck();
    deck.cards[Q] = dueAt(minutes(-5));
    deck.cards[KPI] = dueAt(minutes(30));
    deck.cards[termCardId('reach', 'term')] = dueAt(minutes(10 * 24 * 60));
    seed(deck);
    page = mount();
    expect(page.due()).toBe(t('review.dueToday', { count: 2 }));
    expect(page.shown('start')).toBe(true);
    const rows = page.rows();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(t('review.card.definition', { term: 'KPI' }));
    expect(rows[1]).toContain(t('review.today'));
    expect(rows[2]).toContain(t('review.card.term', { term: 'Reach' }));
    expect(rows[2]).toContain(day(minutes(10 * 24 * 60)));
  });

  it('runs a session: a question is answered and checked, a flashcard recalled and revealed, and ratings reschedule them', async () => {
    const deck = emptyDeck();
    deck.cards[Q] = dueAt(minutes(-2));
    deck.cards[KPI] = dueAt(minutes(-1));
    seed(deck);
    const page = mount();
    expect(page.due()).toBe(t('review.dueToday', { count: 2 }));
    page.press('start');

    // The question card, from the pool file, with its lesson's title.
    const question = await vi.waitFor(
      () => {
        const root = page.host.querySelector<HTMLElement>('[data-question="role--only-posts"]');
        if (!root) throw new Error('no question card yet');
        return root;
      },
      { timeout: 5000 },
    );
    expect(fetch).toHaveBeenCalledWith(config.pool);
    expect(question.querySelector('.number')!.textContent).toBe('The role:');
    expect(page.node('position').textContent).toBe(t('review.position', { number: 1, total: 2 }));
    expect(page.shown('check')).toBe(true);
    page.press('check');
    expect(page.live()).toBe(t('quiz.unanswered'));
    expect(page.shown('ratings')).toBe(false);
    question.querySelector<HTMLInputElement>('input[value="false"]')!.click();
    page.press('check');
    expect(question.querySelector('[data-feedback]')!.textContent).toContain(t('quiz.correct'));
    expect(page.shown('ratings')).toBe(true);
    expect(document.activeElement).toBe(page.host.querySelector('[data-rating="3"]'));
    expect(page.live()).toContain(t('review.rateLegend'));

    // Good sends the question days ahead.
    page.host.querySelector<HTMLElement>('[data-rating="3"]')!.click();
    const rated = stored().deck.cards[Q]!;
    expect(rated.reps).toBe(1);
    expect(rated.lastReview).toBe(new Date().toISOString()); // the fixed clock, moved on by the waits above
    expect(Date.parse(rated.due)).toBeGreaterThan(minutes(24 * 60).getTime());
    expect(page.live()).toBe(t('review.rated', { rating: t('review.rating.3'), date: day(rated.due) }));

    // The flashcard: the term is shown, its meaning only on request.
    await vi.waitFor(() => expect(page.shown('reveal')).toBe(true));
    expect(page.node('card').textContent).toContain('KPI');
    expect(page.node('answer').hidden).toBe(true);
    expect(page.shown('ratings')).toBe(false);
    page.press('reveal');
    expect(page.node('answer').hidden).toBe(false);
    expect(page.node('answer').textContent).toBe(config.terms[0]!.definition);
    expect(page.live()).toContain(config.terms[0]!.definition);

    // Again brings it back in this session; Easy then sends it away.
    page.host.querySelector<HTMLElement>('[data-rating="1"]')!.click();
    expect(page.live()).toBe(t('review.ratedToday', { rating: t('review.rating.1') }));
    await vi.waitFor(() =>
      expect(page.node('position').textContent).toBe(t('review.position', { number: 3, total: 3 })),
    );
    expect(stored().deck.cards[KPI]!.lapses).toBe(0);
    page.press('reveal');
    page.host.querySelector<HTMLElement>('[data-rating="4"]')!.click();

    await vi.waitFor(() => expect(page.shown('session')).toBe(false));
    expect(page.due()).toBe(t('review.dueToday', { count: 0 }));
    expect(page.shown('start')).toBe(false);
    expect(document.activeElement).toBe(page.node('due'));
    expect(page.live()).toBe(`${t('review.done')} ${t('review.dueToday', { count: 0 })}`);
    expect(Date.parse(stored().deck.cards[KPI]!.due)).toBeGreaterThan(minutes(24 * 60).getTime());
  });

  it('starts one card again, and deletes the whole deck after asking', () => {
    const deck = emptyDeck();
    deck.cards[Q] = {
      ...dueAt(minutes(5 * 24 * 60)),
      reps: 3,
      state: 2,
      stability: 4,
      lastReview: minutes(-60).toISOString(),
    };
    deck.cards[KPI] = dueAt(minutes(3 * 24 * 60));
    seed(deck);
    const page = mount();
    expect(page.due()).toBe(t('review.dueToday', { count: 0 }));

    page.host.querySelector<HTMLElement>(`[data-reset="${Q}"]`)!.click();
    expect(stored().deck.cards[Q]).toEqual(newCard(NOW));
    expect(stored().deck.cards[KPI]).toEqual(deck.cards[KPI]);
    expect(page.due()).toBe(t('review.dueToday', { count: 1 }));
    expect(page.live()).toBe(t('review.resetDone'));

    page.press('reset-deck');
    expect(page.shown('reset-confirm-row')).toBe(true);
    expect(document.activeElement).toBe(page.node('reset-cancel'));
    page.press('reset-cancel');
    expect(page.shown('reset-confirm-row')).toBe(false);
    expect(localStorage.getItem(KEY)).not.toBeNull();
    page.press('reset-deck');
    page.press('reset-confirm');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(page.due()).toBe(t('review.empty'));
    expect(page.shown('list')).toBe(false);
    expect(page.live()).toBe(t('review.resetDeckDone'));
  });

  it('adds a lesson’s terms as two flashcards each, once', () => {
    const page = mount();
    page.press('add-lesson');
    expect(page.node('add-status').textContent).toBe(t('review.added', { count: 4 }));
    expect(Object.keys(stored().deck.cards).sort()).toEqual(
      ['t:kpi:definition', 't:kpi:term', 't:reach:definition', 't:reach:term'].sort(),
    );
    expect(page.due()).toBe(t('review.dueToday', { count: 4 }));
    expect(page.rows()).toHaveLength(4);
    page.press('add-lesson');
    expect(page.node('add-status').textContent).toBe(t('review.addedNone'));
    expect(Object.keys(stored().deck.cards)).toHaveLength(4);
  });

  it('sets an unreadable deck aside without throwing, and retires a card whose question left the course', () => {
    seed('{"v":1,"cards":');
    let page = mount();
    expect(page.shown('corrupt')).toBe(true);
    expect(page.due()).toBe(t('review.empty'));
    expect(localStorage.getItem(STORAGE_PREFIX + quarantineKey(STORAGE_KEYS.reviewDeck))).toContain('{\\"v\\":1');
    expect(localStorage.getItem(KEY)).toBeNull();
    document.body.replaceChildren();

    const deck = emptyDeck();
    deck.cards[questionCardId('role', 'removed')] = dueAt(NOW);
    deck.cards[KPI] = dueAt(NOW);
    seed(deck);
    page = mount();
    expect(page.shown('corrupt')).toBe(false);
    expect(page.node('note').textContent).toBe(t('review.retired', { count: 1 }));
    expect(page.due()).toBe(t('review.dueToday', { count: 1 }));
    expect(stored().deck.cards[questionCardId('role', 'removed')]!.retired).toBe(NOW.toISOString());
  });

  it('says the deck will not be kept when the browser blocks storage, and still works', () => {
    useSiteStorage(() => ({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {},
    }));
    try {
      const page = mount();
      expect(page.shown('storage-notice')).toBe(true);
      page.press('add-lesson');
      expect(page.due()).toBe(t('review.dueToday', { count: 4 }));
      expect(localStorage.getItem(KEY)).toBeNull();
    } finally {
      useSiteStorage(() => window.localStorage);
    }
  });
});
