/**
 * <smm-swot>: the SWOT worksheet. Keeps four lists on the device (`swot:worksheet`); entries are
 * added, edited, reordered and removed with ordinary buttons and forms, so everything works by
 * keyboard; a removed entry can be put back with Undo. Exports Markdown. Everything it writes into
 * the page goes through textContent or value.
 */
import { toCalendarDate } from '../../lib/dates';
import type { UiKeyWith } from '../../lib/ui-strings';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import {
  addEntry,
  buildSwotMarkdown,
  countEntries,
  FOCUS_WARNING_AT,
  isSwotQuadrant,
  leadInOf,
  MAX_ENTRIES,
  MAX_ENTRY_LENGTH,
  moveEntry,
  parseSwotState,
  readEntryInput,
  readSubject,
  removeEntry,
  replaceEntry,
  restoreEntry,
  serialiseSwotState,
  SWOT_QUADRANTS,
  type EntryError,
  type SwotEntry,
  type SwotQuadrant,
  type SwotState,
} from '../../lib/workbench/swot';
import { labelEach } from '../../lib/workbench/labels';
import { el, labelledButton } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';

type Act = 'edit' | 'up' | 'down' | 'remove';

export class SwotElement extends SmmElement<object, UiKeyWith<'swot.'>> {
  private state!: SwotState;
  /** The entry open for editing, if any. */
  private editing: { quadrant: SwotQuadrant; index: number } | null = null;
  /** The last entry removed, which Undo puts back. */
  private removed: { quadrant: SwotQuadrant; index: number; entry: SwotEntry } | null = null;
  /** What the page prints before each decision ("so we"), so that typing it too does not double it. */
  private leadIn = '';

  protected setup() {
    this.leadIn = leadInOf(this.t('swot.action.show'));
    this.state = parseSwotState(this.store.read(STORAGE_KEYS.swot), this.leadIn);
    const subject = this.subjectInput;
    this.listen(subject, 'input', () => {
      this.state = { ...this.state, subject: readSubject(subject.value) };
      this.saveState();
    });
    this.listen(this, 'submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      if (isSwotQuadrant(form.dataset.add)) this.add(form.dataset.add, form);
      else if (form.dataset.edit !== undefined) this.saveEdit(form);
    });
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen<KeyboardEvent>(this, 'keydown', (event) => {
      if (event.key === 'Escape' && (event.target as HTMLElement).closest('[data-edit]')) this.cancelEdit();
    });
    this.watchKey(STORAGE_KEYS.swot, (value) => {
      this.state = parseSwotState(value, this.leadIn);
      this.editing = null;
      this.forgetRemoved();
      this.render();
    });
    this.render();
  }

  private get subjectInput() {
    return this.required<HTMLInputElement>('[data-subject]');
  }

  private saveState() {
    this.save(STORAGE_KEYS.swot, serialiseSwotState(this.state));
  }

  private box(quadrant: SwotQuadrant) {
    return this.required(`[data-quadrant="${quadrant}"]`);
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    if (button.dataset.export !== undefined) return this.download();
    if (button.dataset.print !== undefined) return window.print();
    const quadrant = button.closest<HTMLElement>('[data-quadrant]')?.dataset.quadrant;
    const index = Number(button.dataset.index);
    if (!isSwotQuadrant(quadrant)) return;
    switch (button.dataset.act) {
      case 'edit':
        return this.startEdit(quadrant, index);
      case 'cancel':
        return this.cancelEdit();
      case 'remove':
        return this.removeAt(quadrant, index);
      case 'undo':
        return this.undoRemove();
      case 'up':
      case 'down':
        return this.move(quadrant, index, button.dataset.act);
    }
  }

  /** Shows the problems with an entry next to its form and says them; false when there are any. */
  private check(form: HTMLFormElement, errors: (EntryError | 'limit')[]): boolean {
    const text = form.querySelector<HTMLInputElement>('[data-text]')!;
    const action = form.querySelector<HTMLInputElement>('[data-action]')!;
    const messages = errors.map((error) =>
      this.t(`swot.error.${error}`, { max: error === 'limit' ? MAX_ENTRIES : MAX_ENTRY_LENGTH }),
    );
    form.querySelector('[data-error]')!.textContent = messages.join(' ');
    const mark = (input: HTMLInputElement, invalid: boolean) =>
      invalid ? input.setAttribute('aria-invalid', 'true') : input.removeAttribute('aria-invalid');
    mark(
      text,
      errors.some((e) => e !== 'action-too-long'),
    );
    mark(action, errors.includes('action-too-long'));
    if (!errors.length) return true;
    (errors[0] === 'action-too-long' ? action : text).focus();
    this.announce(messages.join(' '));
    return false;
  }

  private readForm(form: HTMLFormElement) {
    const value = (selector: string) => form.querySelector<HTMLInputElement>(selector)!.value;
    return readEntryInput(value('[data-text]'), value('[data-action]'), this.leadIn);
  }

  private add(quadrant: SwotQuadrant, form: HTMLFormElement) {
    const result = this.readForm(form);
    if (!result.ok) return void this.check(form, result.errors);
    const added = addEntry(this.state, quadrant, result.entry);
    if (!added.ok) return void this.check(form, ['limit']);
    this.check(form, []);
    this.editing = null;
    this.state = added.state;
    this.saveState();
    form.reset();
    this.render();
    form.querySelector<HTMLInputElement>('[data-text]')!.focus();
    const count = this.state.quadrants[quadrant].length;
    const name = this.t(`swot.name.${quadrant}`);
    this.announce(this.t('swot.added', { quadrant: name, text: result.entry.text, count, max: MAX_ENTRIES }));
  }

  private startEdit(quadrant: SwotQuadrant, index: number) {
    if (!this.state.quadrants[quadrant][index]) return;
    this.editing = { quadrant, index };
    this.render();
    this.querySelector<HTMLInputElement>('[data-edit] [data-text]')?.focus();
  }

  private saveEdit(form: HTMLFormElement) {
    if (!this.editing) return;
    const result = this.readForm(form);
    if (!result.ok) return void this.check(form, result.errors);
    const { quadrant, index } = this.editing;
    this.state = replaceEntry(this.state, quadrant, index, result.entry);
    this.editing = null;
    this.saveState();
    this.render();
    this.focusButton(quadrant, index, 'edit');
    this.announce(this.t('swot.updated', { text: result.entry.text }));
  }

  private cancelEdit() {
    if (!this.editing) return;
    const { quadrant, index } = this.editing;
    this.editing = null;
    this.render();
    this.focusButton(quadrant, index, 'edit');
    this.announce(this.t('swot.cancelled'));
  }

  private removeAt(quadrant: SwotQuadrant, index: number) {
    const entry = this.state.quadrants[quadrant][index];
    if (!entry) return;
    this.editing = null;
    this.state = removeEntry(this.state, quadrant, index);
    this.saveState();
    this.render();
    this.forgetRemoved();
    this.removed = { quadrant, index, entry };
    const undo = labelledButton(this.t('swot.undo'), `“${entry.text}”`);
    undo.dataset.act = 'undo';
    const row = this.box(quadrant).querySelector<HTMLElement>('[data-undo-row]')!;
    row.replaceChildren(undo);
    row.hidden = false;
    // The entry and its buttons are gone; Undo is the nearest useful place for focus, as in the calendar.
    undo.focus();
    this.announce(this.t('swot.removed', { text: entry.text, quadrant: this.t(`swot.name.${quadrant}`) }));
  }

  /** Hides the Undo button: once used, or when the entry it would restore is no longer the last removed. */
  private forgetRemoved() {
    this.removed = null;
    for (const row of this.querySelectorAll<HTMLElement>('[data-undo-row]')) {
      row.hidden = true;
      row.replaceChildren();
    }
  }

  private undoRemove() {
    if (!this.removed) return;
    const { quadrant, index, entry } = this.removed;
    const restored = restoreEntry(this.state, quadrant, index, entry);
    if (!restored.ok) return this.announce(this.t('swot.error.limit', { max: MAX_ENTRIES }));
    this.forgetRemoved();
    this.editing = null;
    this.state = restored.state;
    this.saveState();
    this.render();
    this.focusButton(quadrant, restored.index, 'remove');
    this.announce(this.t('swot.restored', { text: entry.text, quadrant: this.t(`swot.name.${quadrant}`) }));
  }

  private move(quadrant: SwotQuadrant, index: number, direction: 'up' | 'down') {
    const entry = this.state.quadrants[quadrant][index];
    if (!entry) return;
    const moved = moveEntry(this.state, quadrant, index, direction === 'up' ? -1 : 1);
    const position = moved.quadrants[quadrant].indexOf(entry);
    if (moved !== this.state) {
      this.editing = null;
      this.state = moved;
      this.saveState();
      this.render();
    }
    // Focus stays on the same button, so the learner can keep moving the entry.
    this.focusButton(quadrant, position, direction);
    const count = moved.quadrants[quadrant].length;
    this.announce(this.t('swot.moved', { text: entry.text, position: position + 1, count }));
  }

  private focusButton(quadrant: SwotQuadrant, index: number, act: Act) {
    this.box(quadrant).querySelector<HTMLElement>(`[data-act="${act}"][data-index="${index}"]`)?.focus();
  }

  private render() {
    const subject = this.subjectInput;
    if (document.activeElement !== subject) subject.value = this.state.subject;
    for (const quadrant of SWOT_QUADRANTS) this.renderBox(quadrant);
  }

  private renderBox(quadrant: SwotQuadrant) {
    const box = this.box(quadrant);
    const entries = this.state.quadrants[quadrant];
    const list = box.querySelector<HTMLElement>('[data-list]')!;
    list.replaceChildren(
      ...entries.map((entry, index) =>
        this.editing?.quadrant === quadrant && this.editing.index === index
          ? this.renderEditor(entry, index)
          : this.renderEntry(entry, index),
      ),
    );
    list.hidden = entries.length === 0;
    box.querySelector<HTMLElement>('[data-empty]')!.hidden = entries.length > 0;
    const focus = box.querySelector<HTMLElement>('[data-focus]')!;
    focus.hidden = entries.length < FOCUS_WARNING_AT;
    focus.textContent = this.t('swot.focus', { count: entries.length });
    box.querySelector('[data-count]')!.textContent = this.t('swot.count', { count: entries.length, max: MAX_ENTRIES });
  }

  private button(act: Act | 'cancel', index: number, label: string, text: string, icon?: string) {
    const button = el('button', undefined, `act-${act}`);
    button.type = 'button';
    button.dataset.act = act;
    button.dataset.index = String(index);
    if (icon) {
      const symbol = el('span', icon);
      symbol.setAttribute('aria-hidden', 'true');
      button.title = label;
      button.append(symbol, el('span', `${label}: ${text}`, 'sr-only'));
    } else {
      // The visible word comes first, so the accessible name starts with what is on screen.
      button.append(label, el('span', ` ${text}`, 'sr-only'));
    }
    return button;
  }

  private renderEntry(entry: SwotEntry, index: number) {
    const item = el('li');
    const words = el('div', undefined, 'entry-text');
    words.append(el('span', entry.text, 'text'));
    if (entry.action) words.append(el('span', this.t('swot.action.show', { action: entry.action }), 'action'));
    const actions = el('div', undefined, 'entry-actions no-print');
    actions.append(
      this.button('edit', index, this.t('swot.edit'), entry.text),
      this.button('up', index, this.t('swot.up'), entry.text, '↑'),
      this.button('down', index, this.t('swot.down'), entry.text, '↓'),
      this.button('remove', index, this.t('swot.remove'), entry.text),
    );
    item.append(words, actions);
    return item;
  }

  private renderEditor(entry: SwotEntry, index: number) {
    const item = el('li', undefined, 'editing');
    const form = el('form', undefined, 'swot-edit');
    form.dataset.edit = '';
    form.noValidate = true;
    const field = (id: string, label: string, value: string, data: string) => {
      const wrap = el('div', undefined, 'field');
      const labelNode = el('label', label);
      labelNode.htmlFor = id;
      const input = el('input');
      Object.assign(input, { id, type: 'text', value, maxLength: MAX_ENTRY_LENGTH, autocomplete: 'off' });
      input.setAttribute(data, '');
      input.setAttribute('aria-describedby', 'swot-edit-error');
      wrap.append(labelNode, input);
      return wrap;
    };
    const error = el('p', undefined, 'error');
    error.id = 'swot-edit-error';
    error.dataset.error = '';
    const save = el('button', this.t('swot.save'));
    save.type = 'submit';
    const actions = el('div', undefined, 'actions');
    actions.append(save, this.button('cancel', index, this.t('swot.cancel'), entry.text));
    form.append(
      field('swot-edit-text', this.t('swot.editText'), entry.text, 'data-text'),
      field('swot-edit-action', this.t('swot.action.label'), entry.action, 'data-action'),
      error,
      actions,
    );
    item.append(form);
    return item;
  }

  private download() {
    if (!countEntries(this.state)) return this.announce(this.t('swot.export.empty'));
    const date = toCalendarDate(new Date());
    const { subject } = this.state;
    const markdown = buildSwotMarkdown(this.state, {
      title: subject ? this.t('swot.export.titleWith', { subject }) : this.t('swot.export.title'),
      headings: labelEach(SWOT_QUADRANTS, (q) => this.t(`swot.name.${q}`)),
      kinds: labelEach(SWOT_QUADRANTS, (q) => this.t(`swot.kind.${q}`)),
      withAction: this.t('swot.export.withAction'),
      none: this.t('swot.export.none'),
      footer: this.t('swot.export.footer', { date }),
    });
    const file = `swot-${date}.md`;
    downloadText(file, markdown, 'text/markdown;charset=utf-8');
    this.announce(this.t('swot.export.done', { file }));
  }
}

defineElement('smm-swot', SwotElement);
