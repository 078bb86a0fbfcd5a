/**
 * <smm-assignment-builder>: turns the builder form into a share link (state after "#") and a
 * printable sheet. A link opened on this page (#…) fills the form, so an assignment can be edited.
 */
import { decodeAssignment, encodeAssignment, type Assignment } from '../lib/assignments/assignment';
import { createAssignment, type DraftProblem } from '../lib/assignments/draft';
import { itemKey, listItems } from '../lib/assignments/items';
import { INSTRUCTIONS_MAX } from '../lib/assignments/text';
import { MAX_STATE_LENGTH } from '../lib/url-state';
import {
  $,
  announce,
  copyText,
  el,
  formatDue,
  makeTranslate,
  readConfig,
  revealControls,
  type BaseConfig,
  type Translate,
} from './assignment-dom';

interface Config extends BaseConfig {
  assignmentPath: string;
}

const PROBLEM_FIELD: Record<DraftProblem, string> = {
  'title-missing': 'title',
  'no-items': 'items',
  'due-invalid': 'due',
  'pass-mark-invalid': 'passMark',
};

class AssignmentBuilder extends HTMLElement {
  private config!: Config;
  private t!: Translate;
  private form!: HTMLFormElement;
  private link = '';

  connectedCallback() {
    const config = readConfig<Config>(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = makeTranslate(config.strings);
    this.form = $<HTMLFormElement>(this, '[data-form]');
    revealControls(this);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.create();
    });
    this.form.addEventListener('input', () => this.showCount());
    this.addEventListener('click', (event) => this.onClick(event));
    this.fillFromHash();
    this.showCount();
  }

  private field<T extends HTMLInputElement | HTMLTextAreaElement>(name: string): T {
    return this.form.elements.namedItem(name) as T;
  }

  private checked(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  private showCount() {
    const length = this.field('instructions').value.length;
    $(this, '[data-count]').textContent = this.t('assign.builder.count', { count: length, max: INSTRUCTIONS_MAX });
  }

  private fillFromHash() {
    const decoded = decodeAssignment(location.hash);
    if (!decoded.ok) return;
    const a = decoded.data;
    this.field('title').value = a.title;
    this.field('instructions').value = a.instructions;
    this.field('due').value = a.due ?? '';
    this.field('passMark').value = String(a.passMark);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'lesson' ? a.lessons : a.quizzes).includes(box.value);
    }
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!button) return;
    if (button.dataset.select) {
      for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.checked = button.dataset.select === 'all';
    } else if (button.dataset.copy !== undefined) {
      void copyText(this.link, $<HTMLTextAreaElement>(this, '[data-link]')).then((ok) =>
        announce(this, this.t(ok ? 'assign.builder.copied' : 'assign.copyFailed')),
      );
    } else if (button.dataset.print !== undefined) {
      window.print();
    }
  }

  private showProblems(problems: DraftProblem[]) {
    for (const node of this.querySelectorAll<HTMLElement>('[data-error]')) node.textContent = '';
    for (const input of this.form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    for (const problem of problems) {
      const name = PROBLEM_FIELD[problem];
      $(this, `[data-error="${name}"]`).textContent = this.t(`assign.problem.${problem}`);
      if (name !== 'items') this.field(name).setAttribute('aria-invalid', 'true');
    }
  }

  private create() {
    const result = createAssignment({
      title: this.field('title').value,
      instructions: this.field('instructions').value,
      lessons: this.checked('lesson'),
      quizzes: this.checked('quiz'),
      due: this.field('due').value,
      passMark: this.field('passMark').value,
    });
    if (!result.ok) {
      this.showProblems(result.problems);
      const first = PROBLEM_FIELD[result.problems[0]!];
      (first === 'items'
        ? this.form.querySelector<HTMLInputElement>('input[type="checkbox"]')
        : this.field(first)
      )?.focus();
      announce(
        this,
        `${this.t('assign.problem.summary')} ${result.problems.map((p) => this.t(`assign.problem.${p}`)).join(' ')}`,
      );
      return;
    }
    this.showProblems([]);
    const hash = encodeAssignment(result.assignment);
    // The limits on title and instructions keep every assignment under the limit; this is a guard.
    if (hash.length > MAX_STATE_LENGTH) {
      announce(this, this.t('assign.builder.tooLong'));
      $(this, '[data-error="title"]').textContent = this.t('assign.builder.tooLong');
      return;
    }
    this.link = new URL(`${this.config.assignmentPath}#${hash}`, location.origin).href;
    this.showOutput(result.assignment, hash.length);
  }

  private showOutput(a: Assignment, length: number) {
    const { t } = this;
    $<HTMLTextAreaElement>(this, '[data-link]').value = this.link;
    $(this, '[data-length]').textContent = t('assign.builder.length', { count: length, max: MAX_STATE_LENGTH });
    $<HTMLAnchorElement>(this, '[data-open]').href = this.link;
    $(this, '[data-sheet-title]').textContent = a.title;
    $(this, '[data-sheet-due]').textContent = a.due ? formatDue(this.config.lang, a.due) : t('assign.noDue');
    $(this, '[data-sheet-pass]').textContent = `${a.passMark}%`;
    $(this, '[data-sheet-id]').textContent = a.id;
    const instructions = $(this, '[data-sheet-instructions]');
    instructions.textContent = a.instructions;
    instructions.hidden = !a.instructions;
    $(this, '[data-sheet-items]').replaceChildren(
      ...listItems(a.lessons, a.quizzes).map((item) => el('li', this.config.items[itemKey(item)]?.title ?? item.id)),
    );
    $(this, '[data-sheet-link]').textContent = this.link;
    const output = $(this, '[data-output]');
    output.hidden = false;
    $(output, 'h2').focus();
    announce(this, t('assign.builder.created'));
  }
}

if (!customElements.get('smm-assignment-builder')) customElements.define('smm-assignment-builder', AssignmentBuilder);
