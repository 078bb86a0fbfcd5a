/**
 * <smm-assignment-builder>: turns the builder form into a share link (state after "#") and a
 * printable sheet. A link opened on this page (#…) fills the form, so an assignment can be edited.
 */
import { decodeAssignment, encodeAssignment, type Assignment } from '../../lib/assignments/assignment';
import { createAssignment, type DraftProblem } from '../../lib/assignments/draft';
import { itemKey, listItems, type ItemLinks } from '../../lib/assignments/items';
import { INSTRUCTIONS_MAX } from '../../lib/assignments/text';
import { formatCalendarDate, toCalendarDate } from '../../lib/dates';
import type { UiKeyWith } from '../../lib/ui-strings';
import { MAX_STATE_LENGTH } from '../../lib/url-state';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';

interface BuilderData {
  items: ItemLinks;
  /** The learners' page, e.g. "/instructors/assignment/". */
  assignmentPath: string;
  /** This page, for the sheet's "edit this assignment" link. */
  builderPath: string;
  /** The final assessment's pass mark, stated next to the assignment's own. */
  finalMark: number;
}

const PROBLEM_FIELD: Record<DraftProblem, string> = {
  'title-missing': 'title',
  'no-items': 'items',
  'due-invalid': 'due',
  'pass-mark-invalid': 'passMark',
};

export class AssignmentBuilderElement extends SmmElement<BuilderData, UiKeyWith<'assign.'>> {
  private form!: HTMLFormElement;
  private link = '';

  protected setup() {
    this.form = this.required<HTMLFormElement>('[data-form]');
    this.listen(this.form, 'submit', (event) => {
      event.preventDefault();
      this.create();
    });
    this.listen(this.form, 'input', () => this.showCount());
    this.listen(this.field('due'), 'change', () => this.warnPastDue(true));
    this.listen<ClipboardEvent>(this.form, 'paste', (event) => this.warnCut(event));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.fillFromHash();
    this.showCount();
  }

  private field<T extends HTMLInputElement | HTMLTextAreaElement>(name: string): T {
    return this.form.elements.namedItem(name) as T;
  }

  private get boxes() {
    return this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  }

  private checked(name: string): string[] {
    return [...this.boxes].filter((box) => box.name === name && box.checked).map((box) => box.value);
  }

  private showCount() {
    const length = this.field('instructions').value.length;
    this.required('[data-count]').textContent = this.t('assign.builder.count', {
      count: length,
      max: INSTRUCTIONS_MAX,
    });
  }

  /** A due date in the past is allowed (an old assignment reissued), but never by accident. */
  private warnPastDue(say: boolean) {
    const due = this.field('due').value;
    const message = due && due < toCalendarDate(new Date()) ? this.t('assign.builder.duePast') : '';
    this.required('[data-warning="due"]').textContent = message;
    if (say && message) this.announce(message);
  }

  /** The browser cuts a paste at the field's maxlength without a word; this says so. */
  private warnCut(event: ClipboardEvent) {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    const note = this.querySelector(`[data-cut="${field.name}"]`);
    if (!note) return;
    // Line ends count once in a textarea's value, and a one-line field drops them.
    let pasted = (event.clipboardData?.getData('text') ?? '').replace(/\r\n?/g, '\n');
    if (field.localName === 'input') pasted = pasted.replace(/\n/g, '');
    const kept = field.value.length - ((field.selectionEnd ?? 0) - (field.selectionStart ?? 0));
    const message =
      kept + pasted.length > field.maxLength ? this.t('assign.builder.cut', { max: field.maxLength }) : '';
    note.textContent = message;
    if (message) this.announce(message);
  }

  private fillFromHash() {
    const decoded = decodeAssignment(location.hash);
    if (!decoded.ok) return;
    const a = decoded.data;
    this.field('title').value = a.title;
    this.field('instructions').value = a.instructions;
    this.field('due').value = a.due ?? '';
    this.field('passMark').value = String(a.passMark);
    for (const box of this.boxes) box.checked = (box.name === 'lesson' ? a.lessons : a.quizzes).includes(box.value);
    this.warnPastDue(false);
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!button) return;
    if (button.dataset.select) {
      for (const box of this.boxes) box.checked = button.dataset.select === 'all';
    } else if (button.dataset.copy !== undefined) {
      void copyText(this.link, this.required<HTMLTextAreaElement>('[data-link]')).then((ok) =>
        this.announce(this.t(ok ? 'assign.builder.copied' : 'assign.copyFailed')),
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
      this.required(`[data-error="${name}"]`).textContent = this.t(`assign.problem.${problem}`);
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
      (first === 'items' ? this.boxes[0] : this.field(first))?.focus();
      const messages = result.problems.map((p) => this.t(`assign.problem.${p}`));
      this.announce(`${this.t('assign.problem.summary')} ${messages.join(' ')}`);
      return;
    }
    this.showProblems([]);
    this.warnPastDue(false);
    const hash = encodeAssignment(result.assignment);
    // The limits on title and instructions keep every assignment under the limit; this is a guard.
    if (hash.length > MAX_STATE_LENGTH) {
      this.announce(this.t('assign.builder.tooLong'));
      this.required('[data-error="title"]').textContent = this.t('assign.builder.tooLong');
      return;
    }
    this.link = new URL(`${this.config.assignmentPath}#${hash}`, location.origin).href;
    this.showOutput(result.assignment, hash);
  }

  private show(selector: string, text: string) {
    this.required(selector).textContent = text;
  }

  private showOutput(a: Assignment, hash: string) {
    const { t } = this;
    this.required<HTMLTextAreaElement>('[data-link]').value = this.link;
    this.show('[data-length]', t('assign.builder.length', { count: hash.length, max: MAX_STATE_LENGTH }));
    this.required<HTMLAnchorElement>('[data-open]').href = this.link;
    this.show('[data-sheet-title]', a.title);
    this.show('[data-sheet-due]', a.due ? formatCalendarDate(this.config.lang, a.due) : t('assign.noDue'));
    this.show(
      '[data-sheet-pass]',
      t('assign.passMarkRule', { passMark: a.passMark, finalMark: this.config.finalMark }),
    );
    this.show('[data-sheet-id]', a.id);
    const instructions = this.required('[data-sheet-instructions]');
    instructions.textContent = a.instructions;
    instructions.hidden = !a.instructions;
    this.required('[data-sheet-items]').replaceChildren(
      ...listItems(a.lessons, a.quizzes).map((item) => el('li', this.config.items[itemKey(item)]?.title ?? item.id)),
    );
    this.show('[data-sheet-link]', this.link);
    const edit = this.required<HTMLAnchorElement>('[data-sheet-edit]');
    edit.href = new URL(`${this.config.builderPath}#${hash}`, location.origin).href;
    edit.textContent = edit.href;
    const output = this.required('[data-output]');
    output.hidden = false;
    // Printing now gives the sheet; before a link exists it gives the filled form (assignments.css).
    this.classList.add('has-output');
    output.querySelector('h2')?.focus();
    this.announce(t('assign.builder.created'));
  }
}

defineElement('smm-assignment-builder', AssignmentBuilderElement);
