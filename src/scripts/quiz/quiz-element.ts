/**
 * <smm-quiz>: a lesson's practice quiz. Each question is checked on its own and explains itself;
 * the score that counts is the attempt's first try at each question, so retrying the wrong ones
 * teaches without inflating the record (the page says so).
 */
import { checkAnswer } from '../../lib/quiz/kinds';
import type { Score } from '../../lib/quiz/score';
import type { Answer } from '../../lib/quiz/types';
import type { QuizProgress } from '../../lib/quiz/record';
import { defineElement } from '../toolkit/smm-element';
import { lockQuestion } from './question-dom';
import { QuizBase, randomSeed, type Item } from './quiz-base';

type Feedback = typeof import('./feedback');

export class QuizElement extends QuizBase {
  /** The feedback code, loaded at the first check (many readers never take the quiz). */
  private feedback?: Feedback;

  private async loadFeedback(): Promise<Feedback> {
    this.feedback ??= await import('./feedback');
    return this.feedback;
  }

  /** A saved attempt shows its checked answers' feedback again, so that code comes first. */
  protected resume(progress?: QuizProgress) {
    if (progress && Object.keys(progress.answers).length > 0 && !this.feedback) {
      void this.loadFeedback().then(() => super.resume(progress));
    } else super.resume(progress);
  }

  protected onClick(event: Event) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!target || !this.contains(target)) return;
    const item = this.items.get(target.closest<HTMLElement>('[data-question]')?.dataset.question ?? '');
    if (target.dataset.check !== undefined && item) void this.check(item);
    else if (target.dataset.retry) this.retry(target.dataset.retry === 'wrong');
    else if (target.dataset.notSure && !target.ariaDisabled) {
      // Stays a (disabled) button, so that focus is not lost.
      void this.addToReview(target.dataset.notSure);
      target.textContent = this.t('quiz.notSureAdded');
      target.ariaDisabled = 'true';
    } else super.onClick(event);
  }

  protected reveal(item: Item, answer: Answer) {
    item.checked = { answer, verdict: checkAnswer(item.question, answer) };
    this.feedback!.showFeedback(item.root, item.question, item.checked, this.t, this.config.lang);
    lockQuestion(item.root);
    // A right answer that was a guess can go to the review deck too (a wrong one goes by itself).
    if (item.checked.verdict.correct) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.t('quiz.notSure');
      button.dataset.notSure = item.question.id;
      item.root.querySelector('[data-feedback]')!.after(button);
    }
  }

  protected reset(item: Item) {
    item.root.querySelector('[data-not-sure]')?.remove();
    super.reset(item);
  }

  private async check(item: Item) {
    if (item.checked) return;
    const answer = this.readChecked(item);
    if (answer === undefined) {
      const message = item.root.querySelector('[data-error]')?.textContent ?? '';
      this.announce(`${this.t('quiz.errorSummary')}: ${message}`);
      return;
    }
    await this.loadFeedback();
    // Another click may have checked it while the feedback code loaded.
    if (item.checked) return;
    this.reveal(item, answer);
    const { id } = item.question;
    this.attempt.answers[id] = answer;
    this.attempt.firstTry ??= {};
    if (!Object.hasOwn(this.attempt.firstTry, id)) {
      this.attempt.firstTry[id] = item.checked!.verdict.correct;
      if (!item.checked!.verdict.correct) void this.addToReview(id);
    }
    const number = this.active.indexOf(id) + 1;
    const feedback = item.root.querySelector('[data-feedback]')?.textContent ?? '';
    this.announce(`${this.t('quiz.question', { number })}: ${feedback}`);
    const complete = this.active.every((other) => this.item(other).checked);
    if (complete && !this.attempt.done) this.record(this.firstTryScore());
    this.saveAttempt();
    if (complete) this.showSummary(true);
  }

  /** A question missed at its first try becomes a card in the review deck (the /review/ page). */
  private async addToReview(questionId: string) {
    const { addToReview, questionCardId } = await import('../review/feed');
    addToReview(this.store, (key, value) => this.save(key, value), [questionCardId(this.config.id, questionId)]);
    this.emit('smm-review-changed', null);
  }

  /** The attempt's score: each question as it was at its first check. */
  private firstTryScore(): Score {
    const firstTry = this.attempt.firstTry ?? {};
    const correct = this.active.filter((id) => firstTry[id] === true).length;
    const total = this.active.length;
    return { correct, total, percent: total === 0 ? 0 : Math.floor((correct / total) * 100) };
  }

  protected showSummary(interactive: boolean) {
    const first = this.firstTryScore();
    const now = this.active.filter((id) => this.item(id).checked?.verdict.correct).length;
    let text = this.t('quiz.score', { ...first });
    if (now > first.correct) text += ` ${this.t('quiz.afterRetry', { correct: now, total: first.total })}`;
    this.required('[data-score]').textContent = text;
    this.required('[data-retry="wrong"]').hidden = now === this.active.length;
    this.required('[data-summary]').hidden = false;
    if (interactive) this.announce(text);
  }

  private retry(wrongOnly: boolean) {
    if (wrongOnly) {
      const wrong = this.active.filter((id) => !this.item(id).checked!.verdict.correct);
      // A new order for the retried questions, so the right answer is found by reading, not by place.
      this.attempt.seed = randomSeed();
      for (const id of wrong) {
        this.reset(this.item(id));
        delete this.attempt.answers[id];
      }
      this.required('[data-summary]').hidden = true;
      this.saveAttempt();
      this.items.get(wrong[0]!)?.root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    } else {
      this.store.remove(this.progressKey);
      this.resume();
      this.item(this.active[0]!).root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    }
  }
}

defineElement('smm-quiz', QuizElement);
