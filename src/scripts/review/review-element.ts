/**
 * <smm-review>: the daily review. Shows how many cards are due today, runs a session (a quiz
 * question is answered and checked as in the quiz; a flashcard is recalled, then revealed), takes a
 * rating (Again / Hard / Good / Easy) and reschedules the card with FSRS (src/lib/review). Also adds
 * a lesson's glossary terms as flashcards, lists the next due dates, and resets a card or the deck.
 * Everything goes into the page as text; every control is a native button or select.
 */
import {
  addCards,
  dueCards,
  endOfDay,
  parseCardId,
  readDeck,
  resetCard,
  retireMissing,
  termCardIds,
  type CardRef,
  type Deck,
} from '../../lib/review/deck';
import type { ReviewRating } from '../../lib/review/schedule';
import { quarantineKey, STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { el, labelledButton } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { ConfigQuestion } from '../quiz/quiz-base';

type QuestionCard = typeof import('./question-card');
type Scheduler = typeof import('../../lib/review/schedule');
type Key = UiKeyWith<'review.' | 'quiz.' | 'final.'>;

interface ReviewData {
  /** The course's question pool (src/routes/final-pool.ts). */
  pool: string;
  /** Question ids by quiz, to retire cards whose question left the course. */
  questions: Record<string, string[]>;
  terms: { id: string; term: string; definition: string }[];
  lessons: { slug: string; title: string; terms: string[] }[];
}

const KEY = STORAGE_KEYS.reviewDeck;

export class ReviewElement extends SmmElement<ReviewData, Key> {
  private deck: Deck = { v: 1, cards: {} };
  private readOnly = false;
  private queue: string[] = [];
  private current?: { id: string; ref: CardRef; question?: ConfigQuestion; root?: HTMLElement };
  private questionCard?: QuestionCard;
  /** FSRS (ts-fsrs) is most of the page's code, so it loads when a session starts. */
  private scheduler?: Scheduler;
  private reviewed = 0;

  protected setup() {
    this.load();
    this.listen(this, 'click', (event) => void this.onClick(event));
    this.watchKey(KEY, () => {
      this.load();
      if (!this.current) this.showDeck();
    });
    this.showDeck();
  }

  private node<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.required<T>(`[data-${name}]`);
  }

  /** Reads the deck, setting aside an unreadable one and retiring cards the course no longer has. */
  private load() {
    const stored = this.store.read(KEY);
    const reading = readDeck(stored);
    this.readOnly = reading.state === 'newer';
    this.node('newer').hidden = !this.readOnly;
    if (reading.state === 'corrupt' && stored !== null) {
      this.save(quarantineKey(KEY), JSON.stringify({ v: 1, items: [{ value: stored }] }));
      this.store.remove(KEY);
      this.node('corrupt').hidden = false;
    }
    const terms = new Set(this.config.terms.map((term) => term.id));
    const exists = (ref: CardRef) =>
      ref.kind === 'term' ? terms.has(ref.term) : !!this.config.questions[ref.quiz]?.includes(ref.question);
    const { deck, retired } = retireMissing(reading.deck, exists, new Date());
    this.deck = deck;
    if (retired.length) this.write(this.t('review.retired', { count: retired.length }));
  }

  private write(message?: string) {
    if (!this.readOnly) this.save(KEY, JSON.stringify(this.deck));
    if (message) {
      this.node('note').textContent = message;
      this.node('note').hidden = false;
    }
  }

  /** A due date as the learner's language writes it (British English for English, as src/lib/dates.ts). */
  private formatDay(timestamp: string) {
    return new Date(timestamp).toLocaleDateString(this.config.lang === 'bg' ? 'bg' : 'en-GB', { dateStyle: 'medium' });
  }

  private termOf(id: string) {
    return this.config.terms.find((term) => term.id === id);
  }

  private lessonTitle(slug: string) {
    return this.config.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  }

  /** A card's name in the deck list. */
  private describe(ref: CardRef, question?: ConfigQuestion): string {
    if (ref.kind === 'term') {
      const term = this.termOf(ref.term)?.term ?? ref.term;
      return this.t(ref.direction === 'definition' ? 'review.card.definition' : 'review.card.term', { term });
    }
    return this.t('review.card.question', { lesson: this.lessonTitle(ref.quiz), prompt: question?.prompt ?? '' });
  }

  /** The summary, the start button and the list of cards with their next review. */
  private showDeck() {
    const now = new Date();
    const due = dueCards(this.deck, endOfDay(now)).length;
    const total = Object.values(this.deck.cards).filter((card) => !card.retired).length;
    this.node('due').textContent = total === 0 ? this.t('review.empty') : this.t('review.dueToday', { count: due });
    this.node('start').hidden = due === 0 || this.readOnly;
    // Every active card, soonest first: the last date a Date can hold is later than any due date.
    const rows = dueCards(this.deck, new Date(8.64e15));
    const body = this.node('rows');
    body.replaceChildren(
      ...rows.map((id) => {
        const card = this.deck.cards[id]!;
        const row = el('tr');
        const name = el('th', this.describe(parseCardId(id)!));
        name.scope = 'row';
        const when = Date.parse(card.due) <= endOfDay(now).getTime() ? this.t('review.today') : '';
        const action = el('td');
        if (!this.readOnly) {
          const reset = labelledButton(this.t('review.reset'), name.textContent ?? '', 'review-secondary');
          reset.dataset.reset = id;
          action.append(reset);
        }
        row.append(name, el('td', when || this.formatDay(card.due)), action);
        return row;
      }),
    );
    this.node('list').hidden = rows.length === 0;
    this.node('reset-deck').hidden = total === 0 || this.readOnly;
  }

  private async onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const { dataset } = button;
    if (dataset.start !== undefined) await this.startSession();
    else if (dataset.check !== undefined) this.check();
    else if (dataset.reveal !== undefined) this.reveal();
    else if (dataset.rating) this.rate(Number(dataset.rating) as ReviewRating);
    else if (dataset.move && this.questionCard && button.getAttribute('aria-disabled') !== 'true') {
      this.questionCard.moveRow(button);
    } else if (dataset.addLesson !== undefined) this.addLesson();
    else if (dataset.reset) this.reset(dataset.reset);
    else if (dataset.resetDeck !== undefined) this.confirmReset(true);
    else if (dataset.resetCancel !== undefined) this.confirmReset(false);
    else if (dataset.resetConfirm !== undefined) this.resetDeck();
  }

  private async startSession() {
    this.scheduler ??= await import('../../lib/review/schedule');
    this.queue = dueCards(this.deck, endOfDay(new Date()));
    this.reviewed = 0;
    this.node('overview').hidden = true;
    this.node('session').hidden = false;
    await this.next();
  }

  /** Shows the next card of the queue, or the end of the session. */
  private async next(): Promise<void> {
    const id = this.queue.shift();
    const holder = this.node('card');
    this.node('ratings').hidden = true;
    this.node('check').hidden = true;
    this.node('reveal').hidden = true;
    this.current = undefined;
    if (!id) return this.endSession();
    const ref = parseCardId(id)!;
    this.node('position').textContent = this.t('review.position', {
      number: this.reviewed + 1,
      total: this.reviewed + this.queue.length + 1,
    });
    if (ref.kind === 'term') {
      const term = this.termOf(ref.term)!;
      const [shown, hidden] =
        ref.direction === 'definition' ? [term.term, term.definition] : [term.definition, term.term];
      const answer = el('p', hidden, 'review-answer');
      answer.dataset.answer = '';
      answer.hidden = true;
      holder.replaceChildren(
        el('p', this.t(ref.direction === 'definition' ? 'review.ask.definition' : 'review.ask.term'), 'hint'),
        el('p', shown, 'review-prompt'),
        answer,
      );
      this.current = { id, ref };
      this.node('reveal').hidden = false;
    } else {
      this.questionCard ??= await import('./question-card');
      const pool = await this.questionCard.loadPool(this.config.pool);
      if (!pool) {
        holder.replaceChildren(el('p', this.t('review.poolError'), 'error'));
        this.node('overview').hidden = false;
        return;
      }
      const question = pool.get(`${ref.quiz}--${ref.question}`);
      if (!question) return this.next();
      const root = this.questionCard.showQuestion(holder, question, this.t);
      root.querySelector('.number')!.textContent = `${this.lessonTitle(ref.quiz)}:`;
      this.current = { id, ref, question, root };
      this.node('check').hidden = false;
    }
    this.node('session-heading').focus();
  }

  private check() {
    const current = this.current;
    if (!current?.question || !current.root || !this.questionCard) return;
    const result = this.questionCard.checkQuestion(current.root, current.question, this.t, this.config.lang);
    if (!result) {
      this.announce(current.root.querySelector('[data-error]')?.textContent ?? '');
      return;
    }
    this.node('check').hidden = true;
    this.showRatings(result.text);
  }

  private reveal() {
    if (!this.current || this.current.question) return;
    const answer = this.node('answer');
    answer.hidden = false;
    this.node('reveal').hidden = true;
    this.showRatings(answer.textContent ?? '');
  }

  private showRatings(feedback: string) {
    this.node('ratings').hidden = false;
    this.announce(`${feedback} ${this.t('review.rateLegend')}`);
    this.required<HTMLButtonElement>('[data-rating="3"]').focus();
  }

  private rate(rating: ReviewRating) {
    const current = this.current;
    const card = current && this.deck.cards[current.id];
    if (!current || !card || !this.scheduler) return;
    const now = new Date();
    const next = this.scheduler.rateCard(card, rating, now);
    this.deck = { v: 1, cards: { ...this.deck.cards, [current.id]: next } };
    this.write();
    this.reviewed++;
    const today = Date.parse(next.due) <= endOfDay(now).getTime();
    if (today) this.queue.push(current.id);
    const label = this.t(`review.rating.${rating}`);
    const date = this.formatDay(next.due);
    this.announce(
      today ? this.t('review.ratedToday', { rating: label }) : this.t('review.rated', { rating: label, date }),
    );
    void this.next();
  }

  private endSession() {
    this.node('card').replaceChildren(el('p', this.t('review.done')));
    this.node('position').textContent = '';
    this.node('session').hidden = true;
    this.node('overview').hidden = false;
    this.showDeck();
    this.node('due').focus();
    this.announce(`${this.t('review.done')} ${this.node('due').textContent}`);
  }

  private addLesson() {
    const slug = this.required<HTMLSelectElement>('[data-lesson]').value;
    const lesson = this.config.lessons.find((entry) => entry.slug === slug);
    if (!lesson || this.readOnly) return;
    const { deck, added } = addCards(this.deck, lesson.terms.flatMap(termCardIds), new Date());
    this.deck = deck;
    this.write();
    this.showDeck();
    const message = added ? this.t('review.added', { count: added }) : this.t('review.addedNone');
    this.node('add-status').textContent = message;
  }

  private reset(id: string) {
    if (this.readOnly) return;
    this.deck = resetCard(this.deck, id, new Date());
    this.write();
    this.showDeck();
    this.announce(this.t('review.resetDone'));
    this.node('due').focus();
  }

  private confirmReset(show: boolean) {
    this.node('reset-confirm-row').hidden = !show;
    this.node('reset-deck').hidden = show;
    (show ? this.required<HTMLButtonElement>('[data-reset-cancel]') : this.node('reset-deck')).focus();
  }

  private resetDeck() {
    this.deck = { v: 1, cards: {} };
    this.store.remove(KEY);
    this.node('reset-confirm-row').hidden = true;
    this.showDeck();
    this.node('due').focus();
    this.announce(this.t('review.resetDeckDone'));
  }
}

defineElement('smm-review', ReviewElement);
