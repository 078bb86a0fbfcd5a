// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { addCards, emptyDeck, readDeck, termCardIds } from '../../../src/lib/review/deck';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { useSiteStorage } from '../../../src/scripts/toolkit/site-store';
import '../../../src/scripts/review/glossary-review-element';
import { stringsWith, translatorOf, useCleanPage } from './fixture';

const KEY = STORAGE_PREFIX + STORAGE_KEYS.reviewDeck;
const strings = stringsWith('review.glossary.');
const t = translatorOf(strings);
const TERMS = [
  { id: 'kpi', term: 'KPI' },
  { id: 'reach', term: 'Reach' },
];

/** The markup of Glossary.astro, with two terms. */
function mount() {
  const host = document.createElement('smm-glossary-review');
  host.innerHTML = `
    <script type="application/json" data-config>${JSON.stringify({ lang: 'en', strings })}</script>
    <p data-js hidden>${strings['review.glossary.intro']}</p>
    <p data-storage-notice hidden>Not kept</p>
    <p data-live aria-live="polite"></p>
    <dl>${TERMS.map(
      ({ id, term }) => `<div><dt id="${id}">${term}</dt><dd>Meaning.</dd>
        <dd data-js hidden><button type="button" data-add-term="${id}"><span data-label>Add to my review</span>
        <span data-term> ${term}</span></button></dd></div>`,
    ).join('')}</dl>`;
  document.body.append(host);
  const button = (id: string) => host.querySelector<HTMLButtonElement>(`[data-add-term="${id}"]`)!;
  return {
    host,
    button,
    label: (id: string) => button(id).querySelector('[data-label]')!.textContent,
    inDeck: (id: string) => button(id).getAttribute('aria-disabled') === 'true',
    live: () => {
      vi.advanceTimersByTime(100);
      return host.querySelector('[data-live]')!.textContent;
    },
  };
}

const stored = () => readDeck(localStorage.getItem(KEY));

describe('<smm-glossary-review>', () => {
  useCleanPage();

  it('shows a button per term once enhanced, and adds one term as its two flashcards, due now', () => {
    const page = mount();
    expect(page.button('kpi').closest('dd')!.hidden).toBe(false);
    expect(page.label('kpi')).toBe(t('review.glossary.add'));
    const changed = vi.fn();
    document.addEventListener('smm-review-changed', changed);
    page.button('kpi').focus();
    page.button('kpi').click();
    document.removeEventListener('smm-review-changed', changed);

    const { state, deck } = stored();
    expect(state).toBe('ok');
    expect(Object.keys(deck.cards).sort()).toEqual([...termCardIds('kpi')].sort());
    for (const card of Object.values(deck.cards)) expect(Date.parse(card.due)).toBeLessThanOrEqual(Date.now());
    expect(changed).toHaveBeenCalledOnce();
    expect(page.live()).toBe(t('review.glossary.added', { term: 'KPI' }));
    // The pressed button says so and keeps the focus; the other term is untouched.
    expect(page.inDeck('kpi')).toBe(true);
    expect(page.label('kpi')).toBe(t('review.glossary.inDeck'));
    expect(document.activeElement).toBe(page.button('kpi'));
    expect(page.inDeck('reach')).toBe(false);
    // Pressing it again changes nothing.
    const before = localStorage.getItem(KEY);
    page.button('kpi').click();
    expect(localStorage.getItem(KEY)).toBe(before);
  });

  it('marks the terms already in the deck on load and keeps the rest of the deck when adding', () => {
    const deck = addCards(emptyDeck(), ['q:role:core', ...termCardIds('reach')], new Date('2026-03-01T09:00:00Z'));
    localStorage.setItem(KEY, JSON.stringify(deck.deck));
    const page = mount();
    expect(page.inDeck('reach')).toBe(true);
    expect(page.label('reach')).toBe(t('review.glossary.inDeck'));
    expect(page.inDeck('kpi')).toBe(false);
    page.button('kpi').click();
    expect(Object.keys(stored().deck.cards)).toHaveLength(5);
    expect(stored().deck.cards['t:reach:term']).toEqual(deck.deck.cards['t:reach:term']);
  });

  it('follows the deck when another tab changes it', () => {
    const page = mount();
    localStorage.setItem(KEY, JSON.stringify(addCards(emptyDeck(), termCardIds('kpi'), new Date()).deck));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: localStorage.getItem(KEY) }));
    expect(page.inDeck('kpi')).toBe(true);
    // The other tab deleted the deck.
    localStorage.removeItem(KEY);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: null }));
    expect(page.inDeck('kpi')).toBe(false);
    expect(page.label('kpi')).toBe(t('review.glossary.add'));
  });

  it('sets an unreadable deck aside before adding, and leaves a newer version’s deck alone', () => {
    localStorage.setItem(KEY, '{not json');
    let page = mount();
    page.button('kpi').click();
    expect(localStorage.getItem(`${STORAGE_PREFIX}quarantine:${STORAGE_KEYS.reviewDeck}`)).toContain('{not json');
    expect(stored().state).toBe('ok');
    document.body.replaceChildren();

    const newer = JSON.stringify({ v: 99, cards: {} });
    localStorage.setItem(KEY, newer);
    page = mount();
    expect(page.button('kpi').hidden).toBe(true);
    page.button('kpi').click();
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('still adds, and says the deck will not be kept, when the browser blocks storage', () => {
    const blocked = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {},
    };
    useSiteStorage(() => blocked);
    try {
      const page = mount();
      const notice = page.host.querySelector<HTMLElement>('[data-storage-notice]')!;
      expect(notice.hidden).toBe(false);
      page.button('kpi').click();
      expect(page.inDeck('kpi')).toBe(true);
      expect(page.live()).toBe(t('review.glossary.added', { term: 'KPI' }));
      expect(localStorage.getItem(KEY)).toBeNull();
    } finally {
      useSiteStorage(() => window.localStorage);
    }
  });
});
