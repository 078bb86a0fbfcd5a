/**
 * <smm-final-assessment>: the summative test. Answers are given freely and submitted as a whole;
 * nothing says right or wrong until then, so an attempt cannot be passed by copying answers the
 * feedback revealed. A new attempt is a new draw from the pool file. An attempt under way survives
 * a reload and a trip to another page: same draw, same answers.
 */
import { checkAnswer, isAnswered } from '../../lib/quiz/kinds';
import type { QuizProgress } from '../../lib/quiz/record';
import { scoreVerdicts } from '../../lib/quiz/score';
import type { Answer } from '../../lib/quiz/types';
import { defineElement } from '../toolkit/smm-element';
import { lockQuestion, readAnswer } from './question-dom';
import { QuizBase, randomSeed, type Item } from './quiz-base';

type Results = typeof import('./final-results');

export class FinalAssessmentElement extends QuizBase {
  private pool?: Promise<boolean>;
  /** Feedback and the breakdown, loaded when the first submitted attempt needs them. */
  private results?: Results;

  protected setup() {
    super.setup();
    this.listen(this, 'change', (event) =>
      this.afterAnswerChange((event.target as HTMLElement).closest('[data-question]')),
    );
    this.listen(this, 'input', (event) =>
      this.afterAnswerChange((event.target as HTMLElement).closest('[data-question]')),
    );
    this.listen(this.required('[data-submit]'), 'click', () => void this.submit());
  }

  private get final() {
    return this.config.final!;
  }

  /** The page's own draw: what a learner's first attempt answers, with nothing to download. */
  private get pageDraw(): string[] {
    return this.config.questions.map((q) => q.id);
  }

  protected resume(progress?: QuizProgress) {
    const fresh: QuizProgress = {
      v: 2,
      hash: this.config.hash,
      seed: this.final.seed,
      draw: this.pageDraw,
      answers: {},
    };
    const attempt = progress?.draw ? progress : fresh;
    const draw = attempt.draw!;
    const needsPool = !draw.every((id) => this.items.has(id));
    if (!needsPool && !attempt.done) return this.start(attempt, draw);
    void Promise.all([needsPool ? this.loadPool() : true, attempt.done ? this.loadResults() : undefined]).then(
      ([loaded]) => (loaded ? this.start(attempt, draw) : this.start(fresh, this.pageDraw)),
    );
  }

  private async loadResults(): Promise<Results> {
    this.results ??= await import('./final-results');
    return this.results;
  }

  protected reveal(item: Item, answer: Answer) {
    item.checked = { answer, verdict: checkAnswer(item.question, answer) };
    this.results!.showFeedback(item.root, item.question, item.checked, this.t, this.config.lang);
    lockQuestion(item.root);
  }

  protected start(progress: QuizProgress, ids: readonly string[]) {
    super.start(progress, ids);
    this.required('.quiz-submit').hidden = Boolean(this.attempt.done);
    this.required('[data-error-summary]').hidden = true;
  }

  /** Answers come back into the controls; their verdicts only once the attempt was submitted. */
  protected revealsOnRestore() {
    return Boolean(this.attempt.done);
  }

  protected afterAnswerChange(root: HTMLElement | null) {
    const item = root && this.items.get(root.dataset.question ?? '');
    if (!item || this.attempt.done) return;
    const answer = readAnswer(item.root, item.question, this.config.lang);
    if (isAnswered(item.question, answer)) this.attempt.answers[item.question.id] = answer;
    else delete this.attempt.answers[item.question.id];
    this.saveAttempt();
  }

  private async submit() {
    if (this.attempt.done) return;
    const answers = new Map<string, Answer>();
    const missing: number[] = [];
    this.active.forEach((id, index) => {
      const answer = this.readChecked(this.item(id));
      if (answer === undefined) missing.push(index + 1);
      else answers.set(id, answer);
    });
    await this.loadResults();
    if (missing.length > 0) return this.showMissing(missing);
    for (const [id, answer] of answers) {
      this.reveal(this.item(id), answer);
      this.attempt.answers[id] = answer;
    }
    const score = scoreVerdicts(this.active.map((id) => this.item(id).checked!.verdict));
    this.record(score);
    this.saveAttempt();
    this.required('.quiz-submit').hidden = true;
    this.showSummary(true);
    this.required('[data-summary]').focus();
  }

  /** Lists the unanswered questions, each a link to its question, and moves focus to the list. */
  private showMissing(numbers: number[]) {
    const box = this.required('[data-error-summary]');
    const message = this.t('final.unanswered', { count: numbers.length });
    this.required('[data-error-text]').textContent = message;
    const roots = numbers.map((number) => ({ number, root: this.item(this.active[number - 1]!).root }));
    const links = this.results!.buildMissingList(roots, (number) => this.t('quiz.question', { number }));
    this.required('[data-error-list]').replaceChildren(...links);
    box.hidden = false;
    box.focus();
    this.announce(message);
  }

  protected showSummary(interactive: boolean) {
    const verdicts = this.active.map((id) => this.item(id).checked!.verdict);
    const { passMark, lessons } = this.final;
    // Loaded with the results (the attempt was submitted or restored as submitted).
    const text = this.results!.describeScore(verdicts, passMark, this.t);
    const drawn = this.active.map((id) => ({ lesson: this.item(id).question.lesson!, questionId: id }));
    this.required('[data-breakdown]').replaceChildren(this.results!.buildBreakdown(drawn, verdicts, lessons, this.t));
    this.required('[data-score]').textContent = text;
    this.required('[data-summary]').hidden = false;
    if (interactive) this.announce(text);
  }

  /** Downloads the pool once and adds its questions to the page; false (with a message) on failure. */
  private loadPool(): Promise<boolean> {
    this.pool ??= import('./final-pool').then(async ({ fetchPool, renderMissing }) => {
      const questions = await fetchPool(this.final.pool, this.config.hash);
      if (!questions) return false;
      for (const { question, holder } of renderMissing(questions, (id) => this.items.has(id), this.config.id, this.t)) {
        this.adopt(question, holder);
      }
      return true;
    });
    return this.pool.then((loaded) => {
      const loadError = this.required('[data-load-error]');
      loadError.hidden = loaded;
      if (!loaded) {
        // Forget the failure, so the next click tries again.
        this.pool = undefined;
        loadError.textContent = this.t('final.loadFailed');
        this.announce(loadError.textContent);
      }
      return loaded;
    });
  }

  /** A new attempt is a new draw from the whole pool. */
  protected async newAttempt() {
    if (!(await this.loadPool())) return;
    const { drawFromPool } = await import('./final-pool');
    const seed = randomSeed();
    const questions = [...this.items.values()].map((item) => item.question);
    const draw = drawFromPool(questions, seed, this.final.count);
    this.start({ v: 2, hash: this.config.hash, seed, draw, answers: {} }, draw);
    this.saveAttempt();
    this.item(this.active[0]!).root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
  }

  protected onClick(event: Event) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (target?.dataset.retry && this.contains(target)) void this.newAttempt();
    else super.onClick(event);
  }
}

defineElement('smm-final-assessment', FinalAssessmentElement);
