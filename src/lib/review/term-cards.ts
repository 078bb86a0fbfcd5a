/**
 * The review deck as the glossary sees it. Apart from deck.ts because the review page loads deck.ts
 * and has no byte to spare (test/e2e/budgets.test.ts); the glossary's element alone needs this.
 */
import type { Deck } from './deck';

/** Whether every one of `ids` is an active card of the deck (a retired card is not). */
export const hasCards = (deck: Deck, ids: readonly string[]): boolean =>
  ids.every((id) => deck.cards[id] && !deck.cards[id].retired);
