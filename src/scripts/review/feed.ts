/**
 * Puts cards into the review deck from another page: a lesson quiz's missed question (loaded on
 * demand, so a quiz answered right every time never downloads it) or a glossary term. New cards are
 * due at once, so no scheduler is needed here.
 */
import { addCards, readDeck } from '../../lib/review/deck';
export { questionCardId, termCardId } from '../../lib/review/deck';
import type { SafeStore } from '../../lib/storage';
import { quarantineKey, STORAGE_KEYS } from '../../lib/storage-keys';

/**
 * Adds the cards the deck lacks and writes the deck through `save`. A deck from a newer version of
 * the site is left alone; an unreadable one is set aside under its quarantine key, not lost.
 */
export function addToReview(store: SafeStore, save: (key: string, value: string) => void, ids: readonly string[]) {
  const key = STORAGE_KEYS.reviewDeck;
  const stored = store.read(key);
  const reading = readDeck(stored);
  if (reading.state === 'newer') return;
  if (reading.state === 'corrupt' && stored !== null)
    save(quarantineKey(key), JSON.stringify({ v: 1, items: [{ value: stored }] }));
  const { deck, added } = addCards(reading.deck, ids, new Date());
  if (added > 0 || reading.state !== 'ok') save(key, JSON.stringify(deck));
}
