/**
 * <smm-quiz>: makes the server-rendered quiz interactive. Reads its questions from the JSON block
 * inside it, checks answers with src/lib/quiz, and keeps results in localStorage when it may.
 * Everything it writes into the page goes through textContent.
 */
import type { Question } from '../schemas/quiz';
import { breakDownByLesson, drawAssessment } from '../lib/quiz/assessment';
import { fillTemplate } from '../lib/format';
import { checkAnswer, isAnswered, restoreAnswer } from '../lib/quiz/kinds';
import { describeNumericAnswer, formatNumber } from '../lib/quiz/numeric';
import { parseNumberInput } from '../lib/number-input';
import { presentChoices } from '../lib/quiz/present';
import { parseProgress, parseRecord, recordAttempt, type QuizProgress } from '../lib/quiz/record';
import { hasPassed, scoreVerdicts } from '../lib/quiz/score';
import type { Answer, Verdict } from '../lib/quiz/types';
import { createSafeStore, type SafeStore } from '../lib/storage';

type ConfigQuestion = Question & { lesson?: string };
interface Config {
  id: string;
  lang: string;
  hash: string;
  questions: ConfigQuestion[];
  strings: Record<string, string>;
  final?: { count: number; passMark: number; lessons: Record<string, { title: string; href: string }> };
}
interface Item {
  question: ConfigQuestion;
  root: HTMLElement;
  checked?: { answer: Answer; verdict: Verdict };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;

class QuizElement extends HTMLElement {
  private config!: Config;
  private store!: SafeStore;
  private items = new Map<string, Item>();
  private active: string[] = [];
  private seed = 0;

  connectedCallback() {
    const data = this.querySelector('script[data-config]')?.textContent;
    if (!data || this.config) return;
    this.config = JSON.parse(data) as Config;
    this.store = createSafeStore(() => window.localStorage);
    // Questions not in the first draw of a final assessment wait in an inert <template>.
    const pool = this.querySelector<HTMLTemplateElement>('template[data-pool]')?.content;
    const scopes: ParentNode[] = pool ? [this, pool] : [this];
    for (const question of this.config.questions) {
      const selector = `[data-question="${CSS.escape(question.id)}"]`;
      const root = this.querySelector<HTMLElement>(selector) ?? pool?.querySelector<HTMLElement>(selector);
      if (root) this.items.set(question.id, { question, root });
    }
    for (const scope of scopes) {
      for (const button of scope.querySelectorAll<HTMLElement>('[data-check], [data-move]')) button.hidden = false;
      for (const key of scope.querySelectorAll<HTMLElement>('[data-answer-key]')) key.hidden = true;
    }
    this.addEventListener('click', (event) => this.onClick(event));
    const progress = parseProgress(this.store.read(this.progressKey), this.config.hash);
    this.start(progress?.seed ?? randomSeed(), progress);
    this.showRecord();
    this.showStorageNotice();
  }

  private get progressKey() {
    return `quiz-progress:${this.config.id}`;
  }
  private get recordKey() {
    return `quiz:${this.config.id}`;
  }
  private t(key: string, values: Record<string, string | number> = {}) {
    return fillTemplate(this.config.strings[key] ?? key, values);
  }

  /** Starts an attempt: picks the questions, shuffles them, and restores checked answers. */
  private start(seed: number, progress?: QuizProgress) {
    this.seed = seed;
    this.active = this.drawQuestions(seed);
    const list = this.querySelector('.quiz-questions');
    const activeSet = new Set(this.active);
    this.active.forEach((id, index) => {
      const item = this.items.get(id)!;
      list?.append(item.root);
      item.root.hidden = false;
      const number = item.root.querySelector('.number');
      if (number) number.textContent = `${this.t('quiz.question', { number: index + 1 })}.`;
      this.reset(item);
      const saved = progress && Object.hasOwn(progress.answers, id) ? progress.answers[id] : undefined;
      const answer = saved === undefined ? undefined : restoreAnswer(item.question, saved);
      if (answer !== undefined && isAnswered(item.question, answer)) {
        this.writeAnswer(item, answer);
        this.check(item, false);
      }
    });
    for (const [id, item] of this.items) if (!activeSet.has(id)) item.root.hidden = true;
    this.querySelector<HTMLElement>('[data-summary]')!.hidden = true;
    if (this.active.every((id) => this.items.get(id)!.checked)) this.finish(false);
  }

  private drawQuestions(seed: number): string[] {
    const { final, questions } = this.config;
    if (!final) return questions.map((q) => q.id);
    const banks = new Map<string, ConfigQuestion[]>();
    for (const q of questions) banks.set(q.lesson!, [...(banks.get(q.lesson!) ?? []), q]);
    const list = [...banks].map(([lesson, qs]) => ({ lesson, questions: qs }));
    return drawAssessment(list, seed, final.count).map((d) => d.questionId);
  }

  /** Clears a question and shows its choices in this attempt's order. */
  private reset(item: Item) {
    item.checked = undefined;
    const { root, question } = item;
    const order = presentChoices(question, this.seed);
    const container = root.querySelector('.choices, .order');
    if (container) for (const id of order) container.append(root.querySelector(`[data-choice="${CSS.escape(id)}"]`)!);
    for (const select of root.querySelectorAll('select')) {
      for (const id of order) select.append(select.querySelector(`option[value="${CSS.escape(id)}"]`)!);
      select.value = '';
    }
    for (const input of root.querySelectorAll('input')) {
      input.checked = false;
      if (input.type === 'text') input.value = '';
    }
    for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      'input, select, [data-move]',
    )) {
      control.disabled = false;
    }
    for (const mark of root.querySelectorAll('[data-mark]')) {
      mark.textContent = '';
      mark.className = 'mark';
    }
    root.querySelector('[data-check]')?.removeAttribute('aria-disabled');
    root.querySelector('[data-feedback]')!.replaceChildren();
    this.setError(item, '');
  }

  private readAnswer({ root, question }: Item): Answer {
    const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    switch (question.type) {
      case 'single':
        return checked[0] ?? null;
      case 'multiple':
        return checked;
      case 'truefalse':
        return checked[0] === undefined ? null : checked[0] === 'true';
      case 'matching':
        return Object.fromEntries(
          [...root.querySelectorAll<HTMLSelectElement>('select[data-pair]')].map((s) => [
            s.dataset.pair!,
            s.value || null,
          ]),
        );
      case 'ordering':
        return [...root.querySelectorAll<HTMLElement>('.order > [data-choice]')].map((li) => li.dataset.choice!);
      case 'numeric': {
        const reading = this.readNumber(root);
        return reading.ok ? reading.value : null;
      }
    }
  }

  private readNumber(root: HTMLElement) {
    const text = root.querySelector<HTMLInputElement>('input[data-numeric]')?.value ?? '';
    return parseNumberInput(text, this.config.lang === 'bg' ? ',' : '.');
  }

  private writeAnswer({ root, question }: Item, answer: Answer) {
    if (question.type === 'matching') {
      for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-pair]')) {
        select.value = (answer as Record<string, string | null>)[select.dataset.pair!] ?? '';
      }
    } else if (question.type === 'numeric') {
      root.querySelector<HTMLInputElement>('input[data-numeric]')!.value = formatNumber(
        answer as number,
        this.config.lang,
      );
    } else if (question.type === 'ordering') {
      const list = root.querySelector('.order')!;
      for (const id of answer as string[]) list.append(root.querySelector(`[data-choice="${CSS.escape(id)}"]`)!);
    } else {
      const values = Array.isArray(answer) ? answer : [String(answer)];
      for (const input of root.querySelectorAll<HTMLInputElement>('input'))
        input.checked = values.includes(input.value);
    }
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
    this.announce(
      this.t('quiz.moved', {
        item: row.querySelector('.text')!.textContent ?? '',
        position: rows.indexOf(row) + 1,
        count: rows.length,
      }),
    );
  }

  private setError(item: Item, message: string) {
    const error = item.root.querySelector<HTMLElement>('[data-error]')!;
    error.textContent = message;
    item.root.querySelector('fieldset')!.classList.toggle('has-error', message !== '');
  }

  private check(item: Item, interactive: boolean) {
    if (item.checked) return;
    const answer = this.readAnswer(item);
    if (!isAnswered(item.question, answer)) {
      const reading = item.question.type === 'numeric' ? this.readNumber(item.root) : undefined;
      const invalidNumber = reading?.ok === false && reading.reason === 'not-a-number';
      const message = this.t(
        item.question.type === 'matching'
          ? 'quiz.unansweredMatching'
          : invalidNumber
            ? 'quiz.numericInvalid'
            : 'quiz.unanswered',
      );
      this.setError(item, message);
      this.announce(`${this.t('quiz.errorSummary')}: ${message}`);
      return;
    }
    this.setError(item, '');
    const verdict = checkAnswer(item.question, answer);
    item.checked = { answer, verdict };
    this.showFeedback(item);
    for (const control of item.root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      'input, select, [data-move]',
    )) {
      control.disabled = true;
    }
    item.root.querySelector('[data-check]')?.setAttribute('aria-disabled', 'true');
    if (!interactive) return;
    const number = this.active.indexOf(item.question.id) + 1;
    const feedback = item.root.querySelector('[data-feedback]')?.textContent ?? '';
    this.announce(`${this.t('quiz.question', { number })}: ${feedback}`);
    this.saveProgress();
    if (this.active.every((id) => this.items.get(id)!.checked)) this.finish(true);
  }

  private showFeedback(item: Item) {
    const { question, root } = item;
    const { answer, verdict } = item.checked!;
    const box = root.querySelector('[data-feedback]')!;
    const parts =
      question.type === 'multiple'
        ? question.answer.length
        : question.type === 'matching'
          ? question.pairs.length
          : question.type === 'ordering'
            ? question.items.length
            : 0;
    const status = verdict.correct
      ? this.t('quiz.correct')
      : verdict.partial > 0 && parts > 0
        ? this.t('quiz.partly', { right: Math.round(verdict.partial * parts), total: parts })
        : this.t('quiz.incorrect');
    box.className = `feedback ${verdict.correct ? 'is-correct' : 'is-wrong'}`;
    box.replaceChildren(el('p', status, 'verdict'));
    const line = (label: string, text: string) => box.append(el('p', `${label} ${text}`));
    const mark = (id: string, ok: boolean) => {
      const node = root.querySelector(`[data-choice="${CSS.escape(id)}"] [data-mark]`);
      if (node) {
        node.textContent = ok ? '✓' : '✗';
        node.className = `mark ${ok ? 'is-correct' : 'is-wrong'}`;
      }
    };
    if (question.type === 'single' || question.type === 'multiple') {
      const chosen = Array.isArray(answer) ? (answer as string[]) : [answer as string];
      const right = Array.isArray(question.answer) ? question.answer : [question.answer];
      for (const option of question.options) {
        const picked = chosen.includes(option.id);
        const isRight = right.includes(option.id);
        if (picked) {
          mark(option.id, isRight);
          line(`${isRight ? '✓' : '✗'} ${this.t('quiz.yourChoice')}`, `${option.text} — ${option.explanation}`);
        } else if (isRight) {
          mark(option.id, true);
          line(
            this.t(question.type === 'single' ? 'quiz.rightAnswer' : 'quiz.missed'),
            `${option.text} — ${option.explanation}`,
          );
        }
      }
    } else if (question.type === 'numeric') {
      const markNode = root.querySelector('.numeric [data-mark]');
      if (markNode) {
        markNode.textContent = verdict.correct ? '✓' : '✗';
        markNode.className = `mark ${verdict.correct ? 'is-correct' : 'is-wrong'}`;
      }
      // Say how the typed text was read, so "1,234" read as one thousand is never a silent surprise.
      box.append(el('p', this.t('quiz.numericRead', { value: formatNumber(answer as number, this.config.lang) })));
      line(
        this.t('quiz.rightAnswer'),
        `${describeNumericAnswer(question, this.config.lang, this.t.bind(this))}. ${question.explanation}`,
      );
    } else if (question.type === 'truefalse') {
      mark(String(answer), verdict.correct);
      line(
        this.t('quiz.rightAnswer'),
        `${this.t(question.answer ? 'quiz.true' : 'quiz.false')}. ${question.explanation}`,
      );
    } else if (question.type === 'matching') {
      const chosen = answer as Record<string, string | null>;
      for (const pair of question.pairs) mark(pair.id, chosen[pair.id] === pair.id);
      box.append(el('p', this.t('quiz.rightMatches')));
      const list = el('ul');
      for (const pair of question.pairs) list.append(el('li', `${pair.left} → ${pair.right}`));
      box.append(list, el('p', question.explanation));
    } else {
      const order = answer as string[];
      question.items.forEach((item, index) => mark(order[index]!, order[index] === item.id));
      box.append(el('p', this.t('quiz.rightOrder')));
      const list = el('ol');
      for (const item of question.items) list.append(el('li', item.text));
      box.append(list, el('p', question.explanation));
    }
  }

  private saveProgress() {
    const answers: Record<string, unknown> = {};
    for (const id of this.active) {
      const checked = this.items.get(id)!.checked;
      if (checked) answers[id] = checked.answer;
    }
    const progress: QuizProgress = { v: 1, hash: this.config.hash, seed: this.seed, answers };
    this.store.write(this.progressKey, JSON.stringify(progress));
    this.showStorageNotice();
  }

  private finish(interactive: boolean) {
    const verdicts = this.active.map((id) => this.items.get(id)!.checked!.verdict);
    const score = scoreVerdicts(verdicts);
    if (interactive) {
      const previous = parseRecord(this.store.read(this.recordKey));
      this.store.write(this.recordKey, JSON.stringify(recordAttempt(previous, score, this.config.hash, new Date())));
      this.showRecord();
      this.showStorageNotice();
    }
    const summary = this.querySelector<HTMLElement>('[data-summary]')!;
    const scoreText = this.t('quiz.score', { ...score });
    const { final } = this.config;
    let text = scoreText;
    if (final) {
      text = `${scoreText} ${this.t(hasPassed(score, final.passMark) ? 'final.passed' : 'final.failed', { percent: score.percent, passMark: final.passMark })}`;
      this.showBreakdown(verdicts);
    }
    summary.querySelector('[data-score]')!.textContent = text;
    summary.querySelector<HTMLElement>('[data-retry="wrong"]')!.hidden = verdicts.every((v) => v.correct);
    summary.hidden = false;
    if (interactive) this.announce(text);
  }

  private showBreakdown(verdicts: Verdict[]) {
    const final = this.config.final!;
    const drawn = this.active.map((id) => ({ lesson: this.items.get(id)!.question.lesson!, questionId: id }));
    const table = el('table');
    table.append(el('caption', this.t('final.breakdown')));
    const head = el('tr');
    for (const key of ['final.lesson', 'final.result', 'final.reread']) {
      const th = el('th', this.t(key));
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const row of breakDownByLesson(drawn, verdicts)) {
      const lesson = final.lessons[row.lesson];
      const tr = el('tr');
      tr.append(el('td', lesson?.title ?? row.lesson), el('td', `${row.correct} / ${row.total}`));
      const cell = el('td');
      // Only links to this site's own lessons, built at build time, are ever rendered.
      if (lesson && row.correct < row.total && lesson.href.startsWith('/')) {
        const link = el('a', this.t('final.reread'));
        link.href = lesson.href;
        cell.append(link);
      }
      tr.append(cell);
      table.tBodies[0]!.append(tr);
    }
    this.querySelector('[data-breakdown]')!.replaceChildren(table);
  }

  private retry(wrongOnly: boolean) {
    if (wrongOnly) {
      const wrong = this.active.filter((id) => !this.items.get(id)!.checked!.verdict.correct);
      this.seed = randomSeed();
      for (const id of wrong) this.reset(this.items.get(id)!);
      this.querySelector<HTMLElement>('[data-summary]')!.hidden = true;
      this.saveProgress();
      this.items.get(wrong[0]!)?.root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    } else {
      this.store.remove(this.progressKey);
      this.start(randomSeed());
      this.items.get(this.active[0]!)?.root.querySelector<HTMLElement>('input, select, [data-move]')?.focus();
    }
  }

  private showRecord() {
    const record = parseRecord(this.store.read(this.recordKey));
    const node = this.querySelector<HTMLElement>('[data-record]')!;
    node.hidden = !record;
    if (!record) return;
    const date = new Intl.DateTimeFormat(this.config.lang, { dateStyle: 'medium' }).format(new Date(record.lastAt));
    node.textContent = this.t('quiz.record', { best: record.best, last: record.last, attempts: record.attempts, date });
  }

  private showStorageNotice() {
    this.querySelector<HTMLElement>('[data-storage-notice]')!.hidden = this.store.persistent;
  }

  private announce(message: string) {
    const live = this.querySelector('[data-live]')!;
    // Clearing first makes screen readers repeat an identical message.
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 50);
  }
}

if (!customElements.get('smm-quiz')) customElements.define('smm-quiz', QuizElement);
