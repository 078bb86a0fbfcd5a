/**
 * What the lesson quiz (<smm-quiz>, quiz-element.ts) and the final assessment
 * (<smm-final-assessment>, final-assessment-element.ts) share: the questions in the page, an
 * attempt's layout and saved answers (which survive a reload, follow the learner into the other
 * language — answer keys are shared — and stay in step across tabs), ordering moves, the record
 * and the bubbling `smm-quiz-recorded` event that tells the page about a finished attempt.
 */
import type { Question } from '../../schemas/quiz';
import { formatTimestamp } from '../../lib/dates';
import { isAnswered, restoreAnswer } from '../../lib/quiz/kinds';
import { parseProgress, parseRecord, recordAttempt, type QuizProgress, type QuizRecord } from '../../lib/quiz/record';
import type { Score } from '../../lib/quiz/score';
import type { Answer, Verdict } from '../../lib/quiz/types';
import { quizProgressKey, quizRecordKey } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { SmmElement } from '../toolkit/smm-element';
import { readAnswer, readNumber, resetQuestion, setQuestionError, writeAnswer } from './question-dom';
import type { LessonLinks } from './breakdown';

export type ConfigQuestion = Question & { lesson?: string };

export interface QuizData {
  /** Storage id: the lesson slug, or "final". */
  id: string;
  /** Hash of the answer keys; saved answers to another version are dropped. */
  hash: string;
  /** The questions in the page. */
  questions: ConfigQuestion[];
  /** Final assessment only (see final-assessment-element.ts). */
  final?: { count: number; passMark: number; lessons: LessonLinks; seed: number; pool: string };
}

export interface Item {
  question: ConfigQuestion;
  root: HTMLElement;
  checked?: { answer: Answer; verdict: Verdict };
}

export type QuizKey = UiKeyWith<'quiz.' | 'final.'>;

export const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;

export abstract class QuizBase extends SmmElement<QuizData, QuizKey> {
  protected items = new Map<string, Item>();
  protected active: string[] = [];
  protected attempt: QuizProgress = { v: 2, hash: '', seed: 0, answers: {} };

  protected setup() {
    for (const question of this.config.questions) this.adopt(question, this);
    this.listen(this, 'click', (event) => this.onClick(event));
    this.watchKey(this.progressKey, (value) => this.resume(parseProgress(value, this.config.hash)));
    this.watchKey(this.recordKey, () => this.showRecord());
    this.resume(parseProgress(this.store.read(this.progressKey), this.config.hash));
    this.showRecord();
  }

  /** Takes a question's markup into the quiz and shows the controls that need JavaScript. */
  protected adopt(question: ConfigQuestion, scope: ParentNode) {
    const root = scope.querySelector<HTMLElement>(`[data-question="${CSS.escape(question.id)}"]`);
    if (!root) return;
    for (const button of root.querySelectorAll<HTMLElement>('[data-check], [data-move]')) button.hidden = false;
    root.querySelector<HTMLElement>('[data-answer-key]')?.remove();
    this.items.set(question.id, { question, root });
  }

  protected get progressKey() {
    return quizProgressKey(this.config.id);
  }
  protected get recordKey() {
    return quizRecordKey(this.config.id);
  }
  protected item(id: string) {
    return this.items.get(id)!;
  }
  protected get list() {
    return this.required('.quiz-questions');
  }

  /** Continues a saved attempt, or starts one. */
  protected resume(progress?: QuizProgress) {
    this.start(
      progress ?? { v: 2, hash: this.config.hash, seed: randomSeed(), answers: {} },
      this.config.questions.map((q) => q.id),
    );
  }

  /** Lays out an attempt's questions in its order and puts its saved answers back. */
  protected start(progress: QuizProgress, ids: readonly string[]) {
    this.attempt = { ...progress, firstTry: { ...progress.firstTry } };
    this.active = ids.filter((id) => this.items.has(id));
    const shown = new Set(this.active);
    this.active.forEach((id, index) => {
      const item = this.item(id);
      this.list.append(item.root);
      item.root.hidden = false;
      item.root.querySelector('.number')!.textContent = `${this.t('quiz.question', { number: index + 1 })}.`;
      this.reset(item);
      const answer = this.savedAnswer(item);
      if (answer !== undefined) this.restore(item, answer);
    });
    for (const [id, item] of this.items) if (!shown.has(id)) item.root.hidden = true;
    this.updateMoves();
    this.required('[data-summary]').hidden = true;
    if (this.attempt.done && this.active.every((id) => this.item(id).checked)) this.showSummary(false);
  }

  protected savedAnswer(item: Item): Answer | undefined {
    const { answers } = this.attempt;
    const saved = Object.hasOwn(answers, item.question.id) ? answers[item.question.id] : undefined;
    const answer = saved === undefined ? undefined : restoreAnswer(item.question, saved);
    return answer !== undefined && isAnswered(item.question, answer) ? answer : undefined;
  }

  /** Puts a saved answer back into its controls, with its feedback when the quiz shows it. */
  protected restore(item: Item, answer: Answer) {
    writeAnswer(item.root, item.question, answer, this.config.lang);
    if (this.revealsOnRestore()) this.reveal(item, answer);
  }

  /** A lesson quiz saves checked answers only, so every saved answer shows its feedback again. */
  protected revealsOnRestore() {
    return true;
  }

  protected reset(item: Item) {
    item.checked = undefined;
    resetQuestion(item.root, item.question, this.attempt.seed);
    setQuestionError(item.root, '');
  }

  protected onClick(event: Event) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (target?.dataset.move && this.contains(target)) this.move(target);
  }

  /** Shows a question's verdict and explanations, and locks it. */
  protected abstract reveal(item: Item, answer: Answer): void;

  /** Shows the result of a finished attempt. */
  protected abstract showSummary(interactive: boolean): void;

  private move(button: HTMLElement) {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const row = button.closest('li')!;
    const up = button.dataset.move === 'up';
    const sibling = up ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    if (up) sibling.before(row);
    else sibling.after(row);
    // Keep focus on the same button so the learner can keep moving the item.
    button.focus();
    this.updateMoves();
    this.afterAnswerChange(row.closest<HTMLElement>('[data-question]'));
    const rows = [...row.parentElement!.children];
    const item = row.querySelector('.text')!.textContent ?? '';
    this.announce(this.t('quiz.moved', { item, position: rows.indexOf(row) + 1, count: rows.length }));
  }

  /** A move that would do nothing is marked so, but stays focusable so that focus is never lost. */
  protected updateMoves() {
    for (const list of this.querySelectorAll('.order')) {
      const rows = [...list.children];
      rows.forEach((row, index) => {
        const up = row.querySelector('[data-move="up"]');
        const down = row.querySelector('[data-move="down"]');
        up?.setAttribute('aria-disabled', String(index === 0));
        down?.setAttribute('aria-disabled', String(index === rows.length - 1));
      });
    }
  }

  /** Hook for the final assessment, which saves answers as they are given; a lesson quiz saves on check. */
  protected afterAnswerChange(root: HTMLElement | null): void {
    void root;
  }

  /** Reads an answer, or shows why it cannot be read; undefined when there is nothing to check. */
  protected readChecked(item: Item): Answer | undefined {
    const { question, root } = item;
    const answer = readAnswer(root, question, this.config.lang);
    if (isAnswered(question, answer)) {
      setQuestionError(root, '');
      return answer;
    }
    const reading = question.type === 'numeric' ? readNumber(root, this.config.lang) : undefined;
    const message = this.t(
      question.type === 'matching'
        ? 'quiz.unansweredMatching'
        : reading?.ok === false && reading.reason === 'not-a-number'
          ? 'quiz.numericInvalid'
          : 'quiz.unanswered',
    );
    setQuestionError(root, message);
    return undefined;
  }

  protected saveAttempt() {
    this.save(this.progressKey, JSON.stringify(this.attempt));
  }

  /** Records a finished attempt once, and tells the page. */
  protected record(score: Score): QuizRecord {
    const record = recordAttempt(parseRecord(this.store.read(this.recordKey)), score, this.config.hash, new Date());
    this.save(this.recordKey, JSON.stringify(record));
    this.attempt.done = true;
    this.showRecord();
    this.emit('smm-quiz-recorded', { quizId: this.config.id, record });
    return record;
  }

  protected showRecord() {
    const record = parseRecord(this.store.read(this.recordKey));
    const node = this.required('[data-record]');
    node.hidden = !record;
    if (!record) return;
    const date = formatTimestamp(this.config.lang, record.lastAt, { style: 'medium' });
    node.textContent = this.t('quiz.record', { best: record.best, last: record.last, attempts: record.attempts, date });
  }
}
