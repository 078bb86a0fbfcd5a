// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDeck, newCard, questionCardId, termCardId, type Deck } from '../../../src/lib/review/deck';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/review/review-due-element';

const KEY = STORAGE_PREFIX + STORAGE_KEYS.reviewDeck;
const config = { lang: 'en', strings: { 'review.dueToday': 'Cards due today: {{count}}' } };

/** The markup of ReviewDue.astro. */
function mount() {
  const host = document.createElement('smm-review-due');
  host.innerHTML = `<p data-review-due hidden><a href="/review/" data-review-due-link></a></p>
    <script type="application/json" data-config>${JSON.stringify(config)}</script>`;
  document.body.append(host);
  const line = host.querySelector<HTMLElement>('[data-review-due]')!;
  return () => (line.hidden ? undefined : line.textContent);
}

/** A deck with `due` cards due now and one due in ten days. */
function deckWith(due: number): Deck {
  const deck = emptyDeck();
  for (let i = 0; i < due; i++) deck.cards[questionCardId('role', `q${i}`)] = newCard(new Date());
  const later = newCard(new Date());
  later.due = new Date(Date.now() + 10 * 86_400_000).toISOString();
  deck.cards[termCardId('reach', 'term')] = later;
  return deck;
}

describe('<smm-review-due>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('stays hidden without a deck, with nothing due, and with a deck it cannot read', () => {
    expect(mount()()).toBeUndefined();
    localStorage.setItem(KEY, JSON.stringify(deckWith(0)));
    expect(mount()()).toBeUndefined();
    localStorage.setItem(KEY, '{not json');
    expect(mount()()).toBeUndefined();
  });

  it('counts the cards due today and links to the review', () => {
    localStorage.setItem(KEY, JSON.stringify(deckWith(3)));
    expect(mount()()).toBe('Cards due today: 3');
  });

  it('follows a quiz on the same page and another tab', () => {
    const read = mount();
    localStorage.setItem(KEY, JSON.stringify(deckWith(1)));
    document.dispatchEvent(new CustomEvent('smm-review-changed', { detail: null }));
    expect(read()).toBe('Cards due today: 1');
    localStorage.setItem(KEY, JSON.stringify(deckWith(2)));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: localStorage.getItem(KEY) }));
    expect(read()).toBe('Cards due today: 2');
  });
});
