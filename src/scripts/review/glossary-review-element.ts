/**
 * <smm-glossary-review>: an "Add to my review" button under every glossary term, which puts the
 * term's two flashcards into the review deck (src/lib/review/deck.ts). A term already in the deck
 * shows "In your review" instead, and the buttons follow the deck when another tab changes it. New
 * cards are due at once, so the scheduler (ts-fsrs) stays on the review page. Without JavaScript the
 * glossary is a plain list of terms.
 */
import { readDeck, termCardIds } from '../../lib/review/deck';
import { hasCards } from '../../lib/review/term-cards';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { addToReview } from './feed';

export class GlossaryReviewElement extends SmmElement<object, UiKeyWith<'review.glossary.'>> {
  protected setup() {
    this.listen(this, 'click', (event) => this.add(event));
    this.watchKey(STORAGE_KEYS.reviewDeck, () => this.render());
    this.render();
  }

  /** Marks each term in the deck; a deck from a newer version of the site is not changed here, so no button shows. */
  private render() {
    const reading = readDeck(this.store.read(STORAGE_KEYS.reviewDeck));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-add-term]')) {
      const inDeck = hasCards(reading.deck, termCardIds(button.dataset.addTerm!));
      button.hidden = reading.state === 'newer';
      // aria-disabled, not disabled: the button keeps the focus it had when it was pressed.
      button.setAttribute('aria-disabled', String(inDeck));
      button.querySelector('[data-label]')!.textContent = this.t(
        inDeck ? 'review.glossary.inDeck' : 'review.glossary.add',
      );
    }
  }

  private add(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-add-term]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    addToReview(this.store, (key, value) => this.save(key, value), termCardIds(button.dataset.addTerm!));
    this.render();
    this.emit('smm-review-changed', null);
    const term = button.querySelector('[data-term]')?.textContent?.trim() ?? '';
    this.announce(this.t('review.glossary.added', { term }));
  }
}

defineElement('smm-glossary-review', GlossaryReviewElement);
