/**
 * The review deck: cards made from missed quiz questions and from glossary terms, with the FSRS
 * memory state that src/lib/review/schedule.ts updates. Pure: every function takes `now`, and
 * reading never throws — a damaged card is dropped, a damaged deck reads as empty.
 * Stored under STORAGE_KEYS.reviewDeck as `{ v: 1, cards: { <card id>: Card } }`.
 */
import { isRecord, isTimestamp } from '../guards';

export const DECK_VERSION = 1;

/** FSRS learning states, as ts-fsrs numbers them: new, learning, review, relearning. */
export type CardState = 0 | 1 | 2 | 3;
/** A flashcard asks for the term (shown the definition) or for the definition (shown the term). */
export type TermDirection = 'term' | 'definition';

export interface Card {
  added: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: string;
  /** Set when the question or term left the course: kept (with its history) but never shown. */
  retired?: string;
}

export interface Deck {
  v: typeof DECK_VERSION;
  cards: Record<string, Card>;
}

export type CardRef =
  { kind: 'question'; quiz: string; question: string } | { kind: 'term'; term: string; direction: TermDirection };

export type DeckReading =
  | { state: 'empty' | 'ok' | 'cleaned' | 'corrupt'; deck: Deck }
  /** Written by a newer version of the site: shown, but never overwritten. */
  | { state: 'newer'; deck: Deck };

const ID = /^(q|t):([\w-]{1,80}):([\w-]{1,80})$/;

export const questionCardId = (quiz: string, question: string) => `q:${quiz}:${question}`;
export const termCardId = (term: string, direction: TermDirection) => `t:${term}:${direction}`;
/** A glossary term's two flashcards: from the term to its meaning, and from the meaning to the term. */
export const termCardIds = (term: string) => [termCardId(term, 'definition'), termCardId(term, 'term')];

/** What a card id refers to; undefined for an id this version cannot read. */
export function parseCardId(id: string): CardRef | undefined {
  const match = ID.exec(id);
  if (!match) return undefined;
  const [, kind, a, b] = match as unknown as [string, string, string, string];
  if (kind === 'q') return { kind: 'question', quiz: a, question: b };
  return b === 'term' || b === 'definition' ? { kind: 'term', term: a, direction: b } : undefined;
}

export const emptyDeck = (): Deck => ({ v: DECK_VERSION, cards: {} });

/** A card never reviewed, due at once. */
export const newCard = (now: Date): Card => ({
  added: now.toISOString(),
  due: now.toISOString(),
  stability: 0,
  difficulty: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
});

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isAmount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A clean copy of a stored card, or undefined when any field is damaged. */
export function readCard(value: unknown): Card | undefined {
  if (!isRecord(value)) return undefined;
  const { added, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state } = value;
  const { lastReview, retired } = value;
  if (!isTimestamp(added) || !isTimestamp(due)) return undefined;
  if (![stability, difficulty, scheduledDays].every(isAmount)) return undefined;
  if (![learningSteps, reps, lapses].every(isCount)) return undefined;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  if (lastReview !== undefined && !isTimestamp(lastReview)) return undefined;
  if (retired !== undefined && !isTimestamp(retired)) return undefined;
  const card: Card = {
    added,
    due,
    stability: stability as number,
    difficulty: difficulty as number,
    scheduledDays: scheduledDays as number,
    learningSteps: learningSteps as number,
    reps: reps as number,
    lapses: lapses as number,
    state,
  };
  if (lastReview !== undefined) card.lastReview = lastReview;
  if (retired !== undefined) card.retired = retired;
  return card;
}

/** Reads a decoded deck value (from storage or an import); never throws. */
export function readDeckValue(value: unknown): DeckReading {
  if (value === null || value === undefined) return { state: 'empty', deck: emptyDeck() };
  if (!isRecord(value) || !isRecord(value.cards) || typeof value.v !== 'number') {
    return { state: 'corrupt', deck: emptyDeck() };
  }
  if (value.v > DECK_VERSION) {
    const deck = readDeckValue({ ...value, v: DECK_VERSION }).deck;
    return { state: 'newer', deck };
  }
  if (value.v !== DECK_VERSION) return { state: 'corrupt', deck: emptyDeck() };
  const deck = emptyDeck();
  let dropped = false;
  for (const [id, stored] of Object.entries(value.cards)) {
    const card = parseCardId(id) && readCard(stored);
    if (card) deck.cards[id] = card;
    else dropped = true;
  }
  return { state: dropped ? 'cleaned' : 'ok', deck };
}

/** Reads the stored text of a deck; never throws. */
export function readDeck(text: string | null): DeckReading {
  if (text === null) return { state: 'empty', deck: emptyDeck() };
  try {
    return readDeckValue(JSON.parse(text));
  } catch {
    return { state: 'corrupt', deck: emptyDeck() };
  }
}

/** Adds new cards for ids the deck lacks (a retired card comes back); existing cards keep their history. */
export function addCards(deck: Deck, ids: readonly string[], now: Date): { deck: Deck; added: number } {
  const cards = { ...deck.cards };
  let added = 0;
  for (const id of ids) {
    if (!parseCardId(id)) continue;
    const card = cards[id];
    if (card && !card.retired) continue;
    const copy = card ? { ...card } : newCard(now);
    delete copy.retired;
    cards[id] = copy;
    added++;
  }
  return { deck: { v: DECK_VERSION, cards }, added };
}

/** A card back to new, due now: its history is forgotten. */
export function resetCard(deck: Deck, id: string, now: Date): Deck {
  if (!deck.cards[id]) return deck;
  return { v: DECK_VERSION, cards: { ...deck.cards, [id]: newCard(now) } };
}

/** The end of the learner's day, in their own time zone: cards due before it are due today. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Active cards due by `until`, earliest first (ties by id, so the order is stable). */
export function dueCards(deck: Deck, until: Date): string[] {
  const limit = until.getTime();
  return Object.entries(deck.cards)
    .filter(([, card]) => !card.retired && Date.parse(card.due) <= limit)
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

export const dueCount = (deck: Deck, until: Date): number => dueCards(deck, until).length;

/** When a card last changed: its last review, its addition or reset, or its retirement. */
const changedAt = (card: Card) => [card.added, card.lastReview ?? '', card.retired ?? ''].sort().at(-1)!;

/** Two devices' decks: per card, the one changed later wins (this device's on a tie). */
export function mergeDecks(local: Deck, incoming: Deck): Deck {
  const cards = { ...local.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = cards[id];
    if (!mine || changedAt(card) > changedAt(mine)) cards[id] = card;
  }
  return { v: DECK_VERSION, cards };
}

/**
 * Retires the cards whose question or term the course no longer has (their history is kept, and a
 * card comes back if its question does); `exists` answers for each card's reference.
 */
export function retireMissing(
  deck: Deck,
  exists: (ref: CardRef) => boolean,
  now: Date,
): { deck: Deck; retired: string[] } {
  const cards = { ...deck.cards };
  const retired: string[] = [];
  for (const [id, card] of Object.entries(cards)) {
    const ref = parseCardId(id);
    if (!ref || card.retired || exists(ref)) continue;
    cards[id] = { ...card, retired: now.toISOString() };
    retired.push(id);
  }
  return { deck: retired.length ? { v: DECK_VERSION, cards } : deck, retired };
}
