import { describe, expect, it } from 'vitest';
import {
  addCards,
  dueCards,
  dueCount,
  emptyDeck,
  mergeDecks,
  newCard,
  parseCardId,
  questionCardId,
  readDeck,
  readDeckValue,
  resetCard,
  retireMissing,
  termCardId,
  termCardIds,
  type Deck,
} from '../../src/lib/review/deck';
import { rateCard } from '../../src/lib/review/schedule';
import { hasCards } from '../../src/lib/review/term-cards';
import { isProgressKey } from '../../src/lib/progress/backup';
import { parseImport, planImport } from '../../src/lib/progress/transfer';
import { STORAGE_KEYS } from '../../src/lib/storage-keys';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const EVENING = new Date('2026-03-10T23:00:00.000Z');
const Q = questionCardId('role', 'core-definition');
const T = termCardId('kpi', 'definition');

const deckOf = (...ids: string[]): Deck => addCards(emptyDeck(), ids, NOW).deck;

describe('card ids', () => {
  it('name a quiz question or a glossary term and a direction', () => {
    expect(parseCardId(Q)).toEqual({ kind: 'question', quiz: 'role', question: 'core-definition' });
    expect(parseCardId(T)).toEqual({ kind: 'term', term: 'kpi', direction: 'definition' });
    expect(parseCardId('t:kpi:sideways')).toBeUndefined();
    expect(parseCardId('q:role')).toBeUndefined();
  });
});

describe('scheduling with FSRS (fixed clock)', () => {
  const card = newCard(NOW);

  it('a card rated Good is due later than one rated Hard, and Easy later still', () => {
    const due = (rating: 1 | 2 | 3 | 4) => Date.parse(rateCard(card, rating, NOW).due);
    expect(due(3)).toBeGreaterThan(due(2));
    expect(due(4)).toBeGreaterThan(due(3));
    expect(due(3)).toBeGreaterThan(EVENING.getTime());
  });

  it('Again brings a card back the same day', () => {
    const again = rateCard(card, 1, NOW);
    expect(Date.parse(again.due)).toBeGreaterThan(NOW.getTime());
    expect(Date.parse(again.due)).toBeLessThan(EVENING.getTime());
    // A card that had left the day's queue comes back after a lapse too.
    const learnt = rateCard(card, 3, NOW);
    const later = new Date(learnt.due);
    const lapsed = rateCard(learnt, 1, later);
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due) - later.getTime()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('is deterministic and records the review', () => {
    expect(rateCard(card, 3, NOW)).toEqual(rateCard(card, 3, NOW));
    expect(rateCard(card, 3, NOW)).toMatchObject({ reps: 1, lastReview: NOW.toISOString(), added: card.added });
  });
});

describe('due cards', () => {
  it('counts the cards due by the end of the day and drops one rated Good', () => {
    let deck = deckOf(Q, T);
    expect(dueCount(deck, EVENING)).toBe(2);
    deck = { ...deck, cards: { ...deck.cards, [Q]: rateCard(deck.cards[Q]!, 3, at(1)) } };
    expect(dueCards(deck, EVENING)).toEqual([T]);
    deck = { ...deck, cards: { ...deck.cards, [T]: rateCard(deck.cards[T]!, 1, at(2)) } };
    expect(dueCards(deck, EVENING)).toEqual([T]);
  });

  it('adding keeps the history of a card already there, and reset forgets it', () => {
    const rated = { v: 1 as const, cards: { [Q]: rateCard(newCard(NOW), 3, NOW) } };
    const { deck, added } = addCards(rated, [Q, T, 'nonsense'], at(5));
    expect(added).toBe(1);
    expect(deck.cards[Q]).toEqual(rated.cards[Q]);
    expect(resetCard(deck, Q, at(6)).cards[Q]).toEqual(newCard(at(6)));
  });
});

describe('a glossary term in the deck', () => {
  it('is two new cards, due at once, and counts as in the deck only while both are active', () => {
    const ids = termCardIds('kpi');
    expect(ids).toEqual([termCardId('kpi', 'definition'), termCardId('kpi', 'term')]);
    const { deck } = addCards(emptyDeck(), ids, NOW);
    expect(dueCount(deck, NOW)).toBe(2);
    expect(hasCards(deck, ids)).toBe(true);
    expect(hasCards(deckOf(ids[0]!), ids)).toBe(false);
    expect(hasCards(retireMissing(deck, () => false, NOW).deck, ids)).toBe(false);
  });
});

describe('merge: the later change wins per card', () => {
  it('keeps each side’s newer review and every card only one side has', () => {
    const base = deckOf(Q, T);
    const here = { ...base, cards: { ...base.cards, [Q]: rateCard(base.cards[Q]!, 3, at(10)) } };
    const there = {
      ...base,
      cards: {
        [Q]: rateCard(base.cards[Q]!, 1, at(5)),
        [T]: rateCard(base.cards[T]!, 4, at(20)),
        [termCardId('kpi', 'term')]: newCard(at(1)),
      },
    };
    const merged = mergeDecks(here, there);
    expect(merged.cards[Q]).toEqual(here.cards[Q]);
    expect(merged.cards[T]).toEqual(there.cards[T]);
    expect(Object.keys(merged.cards).sort()).toEqual([Q, termCardId('kpi', 'term'), T].sort());
    expect(mergeDecks(there, here)).toEqual({ v: 1, cards: { ...merged.cards } });
  });
});

describe('reading stored decks (migration and damage)', () => {
  it('reads a current deck unchanged', () => {
    const deck = deckOf(Q);
    expect(readDeck(JSON.stringify(deck))).toEqual({ state: 'ok', deck });
    expect(readDeck(null).state).toBe('empty');
  });

  it('never throws on damaged state: bad JSON, wrong shapes, damaged cards', () => {
    for (const text of ['{', 'null', '[]', '"deck"', '{"v":1}', '{"v":"1","cards":{}}', '{"v":0,"cards":{}}']) {
      expect(() => readDeck(text)).not.toThrow();
      expect(readDeck(text).deck).toEqual(emptyDeck());
    }
    expect(readDeck('{').state).toBe('corrupt');
    const good = newCard(NOW);
    const text = JSON.stringify({
      v: 1,
      cards: {
        [Q]: good,
        [T]: { ...good, due: 'tomorrow' },
        'x:y': good,
        [termCardId('a', 'term')]: { ...good, state: 9 },
      },
    });
    expect(readDeck(text)).toEqual({ state: 'cleaned', deck: { v: 1, cards: { [Q]: good } } });
  });

  it('reads a deck from a newer version without claiming to understand it', () => {
    const reading = readDeckValue({ v: 2, cards: { [Q]: newCard(NOW) }, extra: true });
    expect(reading.state).toBe('newer');
    expect(reading.deck.cards[Q]).toEqual(newCard(NOW));
  });
});

describe('retiring cards whose question or term left the course', () => {
  it('keeps their history out of the queue and brings them back when re-added', () => {
    const deck = deckOf(Q, T);
    const { deck: after, retired } = retireMissing(deck, (ref) => ref.kind === 'term', at(1));
    expect(retired).toEqual([Q]);
    expect(after.cards[Q]!.retired).toBe(at(1).toISOString());
    expect(dueCards(after, EVENING)).toEqual([T]);
    expect(retireMissing(after, () => false, at(2)).retired).toEqual([T]);
    const back = addCards(after, [Q], at(3));
    expect(back.added).toBe(1);
    expect(back.deck.cards[Q]!.retired).toBeUndefined();
  });
});

describe('the deck in the progress export and import', () => {
  it('is progress: reset clears it, and merge keeps the later review per card', () => {
    expect(isProgressKey(STORAGE_KEYS.reviewDeck)).toBe(true);
    const base = deckOf(Q, T);
    const here = { ...base, cards: { ...base.cards, [Q]: rateCard(base.cards[Q]!, 3, at(10)) } };
    const there = { ...base, cards: { ...base.cards, [T]: rateCard(base.cards[T]!, 2, at(20)) } };
    const plan = planImport(
      new Map([[STORAGE_KEYS.reviewDeck, here]]),
      new Map([[STORAGE_KEYS.reviewDeck, there]]),
      'merge',
      NOW,
    );
    expect(plan.result.get(STORAGE_KEYS.reviewDeck)).toEqual({
      v: 1,
      cards: { [Q]: here.cards[Q], [T]: there.cards[T] },
    });
  });

  it('refuses a damaged or newer deck in a file instead of importing half of it', () => {
    const file = (deck: unknown) =>
      JSON.stringify({
        schema: 'smm-academy-progress',
        version: 1,
        exportedAt: NOW.toISOString(),
        data: { [STORAGE_KEYS.reviewDeck]: deck },
      });
    expect(parseImport(file(deckOf(Q)), NOW).ok).toBe(true);
    expect(parseImport(file({ v: 9, cards: {} }), NOW)).toMatchObject({ ok: false, error: 'damaged' });
    expect(parseImport(file('deck'), NOW)).toMatchObject({ ok: false, error: 'damaged' });
  });
});
