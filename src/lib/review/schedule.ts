/**
 * Rescheduling a card with FSRS through ts-fsrs (MIT), a maintained implementation of the algorithm,
 * so that no scheduler is written by hand here. Fuzz is off so that the same review on the same
 * clock always gives the same date (tests and two devices agree). One short learning step of ten
 * minutes means "Again" (and "Hard" on a new card) brings a card back the same day.
 */
import { fsrs, generatorParameters, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { Card, CardState } from './deck';

/** Again, Hard, Good, Easy — the numbers ts-fsrs and the FSRS papers use. */
export type ReviewRating = 1 | 2 | 3 | 4;
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] }));

const toFsrs = (card: Card): FsrsCard => ({
  due: new Date(card.due),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: 0,
  scheduled_days: card.scheduledDays,
  learning_steps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  last_review: card.lastReview ? new Date(card.lastReview) : undefined,
});

/** The card after a review rated `rating` at `now`. */
export function rateCard(card: Card, rating: ReviewRating, now: Date): Card {
  const next = scheduler.next(toFsrs(card), now, rating as Grade).card;
  return {
    added: card.added,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state as CardState,
    lastReview: now.toISOString(),
  };
}
