/**
 * <smm-quiz>: makes the server-rendered quiz interactive. Its questions come in the config block;
 * answers are checked with src/lib/quiz, an attempt under way survives a reload, and a finished
 * attempt is recorded and announced to the page with a bubbling `smm-quiz-recorded` event.
 */
import type { Question } from '../../schemas/quiz';
import { drawAssessment } from '../../lib/quiz/assessment';
import { formatTimestamp } from '../../lib/dates';
import { checkAnswer, isAnswered, restoreAnswer } from '../../lib/quiz/kinds';
import { parseProgress, parseRecord, recordAttempt, type QuizProgress } from '../../lib/quiz/record';
import { hasPassed, scoreVerdicts } from '../../lib/quiz/score';
import type { Answer, Verdict } from '../../lib/quiz/types';
import { quizProgressKey, quizRecordKey } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { buildBreakdown, type LessonLinks } from './breakdown';
import { showFeedback } from './feedback';
import { lockQuestion, readAnswer, readNumber, resetQuestion, setQuestionError, writeAnswer } from './question-dom';

type ConfigQuestion = Question & { lesson?: string };

interface QuizData {
  /** Storage id: the lesson slug, or "final". */
  id: string;
  /** Hash of the questions and keys; saved answers to another version are dropped. */
  hash: string;
  questions: ConfigQuestion[];
  /** Final assessment only: questions per attempt, pass mark and lesson links. */
  final?: { count: number; passMark: number; lessons: LessonLinks };
}

interface Item {
  question: ConfigQuestion;
  root: HTMLElement;
  checked?: { answer: Answer; verdict: Verdict };
}

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;

export class QuizElement extends SmmElement<QuizData, UiKeyWith<'quiz.' | 'final.'>> {
  private items = new Map<string, Item>();
  private active: string[] = [];
  private seed = 0;

  protected setup() {
    // Questions not in the first draw of a final assessment wait in an inert <template>.
    const pool = this.querySelector<HTMLTemplateElement>('template[data-pool]')?.content;
    for (const question of this.config.questions) {
      const selector = `[data-question="${CSS.escape(question.id)}"]`;
      const root = this.querySelector<HTMLElement>(selector) ?? pool?.querySelector<HTMLElement>(selector);
      if (root) this.items.set(question.id, { question, root });
    }
    for (const scope of pool ? [this, pool] : [this]) {
      for (const button of scope.querySelectorAll<HTMLElement>('[data-check], [data-move]')) button.hidden = false;
      for (const key of scope.querySelectorAll<HTMLElement>('[data-answer-key]')) key.hidden = true;
    }
    this.listen(this, 'click', (event) => this.onClick(event));
    const progress = parseProgress(this.store.read(this.progressKey), this.config.hash);
    this.start(progress?.seed ?? randomSeed(), progress);
    this.showRecord();
  }

  private get progressKey() {
    return quizProgressKey(this.config.id);
  }
  private get recordKey() {
    return quizRecordKey(this.config.id);
  }
  private item(id: string) {
    return this.items.get(id)!;
  }

  /** Starts an attempt: picks the questions, shuffles them, and restores checked answers. */
  private start(seed: number, progress?: QuizProgress) {
    this.seed = seed;
    this.active = this.drawQuestions(seed);
    const list = this.querySelector('.quiz-questions');
    const activeSet = new Set(this.active);
    this.active.forEach((id, index) => {
      const item = this.item(id);
      list?.append(item.root);
      item.root.hidden = false;
      const number = item.root.querySelector('.number');
      if (number) number.textContent = `${this.t('quiz.question', { number: index + 1 })}.`;
      this.reset(item);
      const saved = progress && Object.hasOwn(progress.answers, id) ? progress.answers[id] : undefined;
      const answer = saved === undefined ? undefined : restoreAnswer(item.question, saved);
      if (answer !== undefined && isAnswered(item.question, answer)) {
        writeAnswer(item.root, item.question, answer, this.config.lang);
        this.check(item, false);
      }
    });
    for (const [id, item] of this.items) if (!activeSet.has(id)) item.root.hidden = true;
    this.required('[data-summary]').hidden = true;
    if (this.active.every((id) => this.item(id).checked)) this.finish(false);
  }

  private drawQuestions(seed: number): string[] {
    const { final, questions } = this.config;
    if (!final) return questions.map((q) => q.id);
    const banks = new Map<string, ConfigQuestion[]>();
    for (const q of questions) banks.set(q.lesson!, [...(banks.get(q.lesson!) ?? []), q]);
    const list = [...banks].map(([lesson, qs]) => ({ lesson, questions: qs }));
    return drawAssessment(list, seed, final.count).map((d) => d.questionId);
  }

  private reset(item: Item) {
    item.checked = undefined;
    resetQuestion(item.root, item.question, this.seed);
    setQuestionError(item.root, '');
  }

  private onClick(event: Event) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!target || !this.contains(target)) return;
    const item = this.items.get(target.closest<HTMLElement>('[data-question]')?.dataset.question ?? '');
    if (target.dataset.check !== undefined && item) this.check(item, true);
    else if (target.dataset.move) this.move(target);
    else if (target.dataset.retry) this.retry(target.dataset.retry === 'wrong');
  }

  private move(button: HTMLElement) {
    const row = button.closest('li')!;
    const up = button.dataset.move === 'up';
    const sibling = up ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    if (up) sibling.before(row);
    else sibling.after(row);
    // Keep focus on the same button so the learner can keep moving the item.
    button.focus();
    const rows = [...row.parentElement!.children];
    const item = row.querySelector('.text')!.textContent ?? '';
    this.announce(this.t('quiz.moved', { item, position: rows.indexOf(row) + 1, count: rows.length }));
  }

  private check(item: Item, interactive: boolean) {
    if (item.checked) return;
    const { question, root } = item;
    const answer = readAnswer(root, question, this.config.lang);
    if (!isAnswered(question, answer)) {
      const reading = question.type === 'numeric' ? readNumber(root, this.config.lang) : undefined;
      const message = this.t(
        question.type === 'matching'
          ? 'quiz.unansweredMatching'
          : reading?.ok === false && reading.reason === 'not-a-number'
            ? 'quiz.numericInvalid'
            : 'quiz.unanswered',
      );
      setQuestionError(root, message);
      this.announce(`${this.t('quiz.errorSummary')}: ${message}`);
      return;
    }
    setQuestionError(root, '');
    item.checked = { answer, verdict: checkAnswer(question, answer) };
    showFeedback(root, question, item.checked, this.t, this.config.lang);
    lockQuestion(root);
    if (!interactive) return;
    const number = this.active.indexOf(question.id) + 1;
    const feedback = root.querySelector('[data-feedback]')?.textContent ?? '';
    this.announce(`${this.t('quiz.question', { number })}: ${feedback}`);
    this.saveProgress();
    if (this.active.every((id) => this.item(id).checked)) this.finish(true);
  }

  private saveProgress() {
    const answers: Record<string, unknown> = {};
    for (const id of this.active) {
      const checked = this.item(id).checked;
      if (checked) answers[id] = checked.answer;
    }
    const progress: QuizProgress = { v: 1, hash: this.config.hash, seed: this.seed, answers };
    this.save(this.progressKey, JSON.stringify(progress));
  }

  private finish(interactive: boolean) {
    const verdicts = this.active.map((id) => this.item(id).checked!.verdict);
    const score = scoreVerdicts(verdicts);
    if (interactive) {
      const record = recordAttempt(parseRecord(this.store.read(this.recordKey)), score, this.config.hash, new Date());
      this.save(this.recordKey, JSON.stringify(record));
      this.showRecord();
      this.emit('smm-quiz-recorded', { quizId: this.config.id, record });
    }
    const summary = this.required('[data-summary]');
    const { final } = this.config;
    let text = this.t('quiz.score', { ...score });
    if (final) {
      const passed = hasPassed(score, final.passMark);
      text += ` ${this.t(passed ? 'final.passed' : 'final.failed', { percent: score.percent, passMark: final.passMark })}`;
      const drawn = this.active.map((id) => ({ lesson: this.item(id).question.lesson!, questionId: id }));
      this.required('[data-breakdown]').replaceChildren(buildBreakdown(drawn, verdicts, final.lessons, this.t));
    }
    this.required('[data-score]').textContent = text;
    this.required('[data-retry="wrong"]').hidden = verdicts.every((v) => v.correct);
    summary.hidden = false;
    if (interactive) this.announce(text);
  }

  private retry(wrongOnly: boolean) {
    if (wrongOnly) {
      const wrong = this.active.filter((id) => !this.item(id).checked!.verdict.correct);
      this.seed = randomSeed();
      for (const id of wrong) this.reset(this.item(id));
      this.required('[data-summary]').hidden = true;
      this.saveProgress();
      this.items.get(wrong[0]!)?.root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    } else {
      this.store.remove(this.progressKey);
      this.start(randomSeed());
      this.item(this.active[0]!).root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    }
  }

  private showRecord() {
    const record = parseRecord(this.store.read(this.recordKey));
    const node = this.required('[data-record]');
    node.hidden = !record;
    if (!record) return;
    const date = formatTimestamp(this.config.lang, record.lastAt, { style: 'medium' });
    node.textContent = this.t('quiz.record', { best: record.best, last: record.last, attempts: record.attempts, date });
  }
}

defineElement('smm-quiz', QuizElement);
