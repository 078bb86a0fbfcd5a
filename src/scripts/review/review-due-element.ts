/**
 * <smm-review-due>: "Cards due today: N" as a link to the daily review, in the lesson header and on
 * the progress page. It reads the deck and dates only (the scheduler stays on the review page), and
 * stays hidden when nothing is due, when the deck cannot be read and without JavaScript.
 */
import { dueCount, endOfDay, readDeck } from '../../lib/review/deck';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { defineElement, SmmElement } from '../toolkit/smm-element';

export class ReviewDueElement extends SmmElement<object, 'review.dueToday'> {
  protected setup() {
    this.watchKey(STORAGE_KEYS.reviewDeck, () => this.render());
    // The quiz on the same page adds missed questions; storage events only come from other tabs.
    this.listen(document, 'smm-review-changed', () => this.render());
    this.render();
  }

  private render() {
    const { deck } = readDeck(this.store.read(STORAGE_KEYS.reviewDeck));
    const count = dueCount(deck, endOfDay(new Date()));
    this.required('[data-review-due-link]').textContent = this.t('review.dueToday', { count });
    this.required('[data-review-due]').hidden = count === 0;
  }
}

defineElement('smm-review-due', ReviewDueElement);
