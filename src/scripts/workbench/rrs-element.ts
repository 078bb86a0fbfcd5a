/**
 * <smm-rrs>: the R + R = S worksheet. Keeps the learner's social objects and significance check on
 * the device (STORAGE_KEYS.rrs), shows the scores, a relevance × resonance chart drawn from the
 * data with its equivalent table, advice per quadrant, and exports Markdown and CSV.
 * Everything it writes into the page goes through textContent, value or setAttribute.
 */
import { formatCalendarDate, toCalendarDate } from '../../lib/dates';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import {
  addObject,
  buildRrsCsv,
  buildRrsMarkdown,
  CHECK_ANSWERS,
  CHECK_QUESTIONS,
  describeSummary,
  fieldOf,
  findQuadrant,
  MAX_EVIDENCE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OBJECTS,
  OBJECT_TYPES,
  parseRrsState,
  QUADRANTS,
  readObjectInput,
  removeObject,
  replaceObject,
  RRS_COLUMNS,
  scoreSignificance,
  serialiseRrsState,
  summariseCheck,
  summariseObjects,
  type ObjectError,
  type RrsMarkdownLabels,
  type RrsState,
  type SocialObject,
} from '../../lib/workbench/rrs';
import { labelEach } from '../../lib/workbench/labels';
import { el, labelledButton } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { drawRrsChart } from './rrs-chart';

/** The weakest quadrants come first: they are what the learner should act on. */
const ADVICE_ORDER = [...QUADRANTS].reverse();

export class RrsElement extends SmmElement<object, UiKeyWith<'rrs.'>> {
  private state!: RrsState;
  private numbers!: Intl.NumberFormat;
  private form!: HTMLFormElement;
  /** Index of the object being edited in the form, or null when the form adds a new one. */
  private editing: number | null = null;

  protected setup() {
    this.numbers = new Intl.NumberFormat(this.config.lang, { maximumFractionDigits: 1 });
    this.state = parseRrsState(this.store.read(STORAGE_KEYS.rrs));
    this.form = this.required<HTMLFormElement>('form');
    this.listen(this.form, 'submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.listen<KeyboardEvent>(this.form, 'keydown', (event) => {
      if (event.key === 'Escape' && this.editing !== null) this.cancel();
    });
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(this, 'change', (event) => this.onChange(event));
    this.watchKey(STORAGE_KEYS.rrs, (value) => {
      this.state = parseRrsState(value);
      if (this.editing !== null && this.editing >= this.state.objects.length) this.stopEditing();
      this.render();
    });
    this.render();
  }

  private saveState() {
    this.save(STORAGE_KEYS.rrs, serialiseRrsState(this.state));
  }

  private input(name: string) {
    return this.form.elements.namedItem(name) as HTMLInputElement;
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    const question = CHECK_QUESTIONS.find((id) => id === target.dataset.check);
    const answer = CHECK_ANSWERS.find((id) => id === target.value);
    if (!question || !answer || !target.checked) return;
    this.state = { ...this.state, check: { ...this.state.check, [question]: answer } };
    this.saveState();
    this.renderCheck();
    this.announce(this.checkResult());
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const index = Number(button.dataset.index);
    const { act } = button.dataset;
    if (act === 'edit') this.startEditing(index);
    else if (act === 'remove') this.removeAt(index);
    else if (button.dataset.cancel !== undefined) this.cancel();
    else if (button.dataset.export) this.download(button.dataset.export === 'csv');
    else if (button.dataset.print !== undefined) window.print();
  }

  private message(error: ObjectError | 'limit') {
    const max = error === 'limit' ? MAX_OBJECTS : error.startsWith('name') ? MAX_NAME_LENGTH : MAX_EVIDENCE_LENGTH;
    return this.t(`rrs.error.${error}`, { max });
  }

  private clearErrors() {
    for (const node of this.form.querySelectorAll('[data-error]')) node.textContent = '';
    for (const node of this.form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  }

  private submit() {
    this.clearErrors();
    const value = (name: string) => {
      const field = this.form.elements.namedItem(name);
      return field instanceof RadioNodeList || field instanceof HTMLInputElement || field instanceof HTMLSelectElement
        ? field.value
        : undefined;
    };
    const date = this.input('date');
    const result = readObjectInput({
      name: value('name'),
      type: value('type'),
      // A half-typed date reads as empty; it must not be taken for "no date".
      date: date.validity.badInput ? '?' : date.value,
      relevance: value('relevance'),
      resonance: value('resonance'),
      evidence: value('evidence'),
    });
    if (!result.ok) return this.showErrors(result.errors);
    const { object } = result;
    const editing = this.editing;
    if (editing !== null) {
      this.state = { ...this.state, objects: replaceObject(this.state.objects, editing, object) };
    } else {
      const added = addObject(this.state.objects, object);
      if (!added.ok) return this.showErrors(['limit']);
      this.state = { ...this.state, objects: added.objects };
    }
    this.saveState();
    this.stopEditing();
    this.render();
    const values = { name: object.name, score: scoreSignificance(object) };
    this.announce(this.t(editing === null ? 'rrs.added' : 'rrs.updated', values));
    if (editing === null) this.input('name').focus();
    else this.focusRow(editing, 'edit');
  }

  private showErrors(errors: (ObjectError | 'limit')[]) {
    let first: HTMLElement | undefined;
    for (const error of errors) {
      const field = error === 'limit' ? 'form' : fieldOf(error);
      const slot = this.form.querySelector(`[data-error="${field}"]`);
      if (slot) slot.textContent = [slot.textContent, this.message(error)].filter(Boolean).join(' ');
      const controls = [...this.form.querySelectorAll<HTMLElement>(`[name="${field}"]`)];
      for (const control of controls) control.setAttribute('aria-invalid', 'true');
      first ??= controls[0] ?? this.required('[data-submit]');
    }
    first?.focus();
    this.announce(errors.map((error) => this.message(error)).join(' '));
  }

  /** Puts the form into "add" or "edit" mode: its legend, its submit button and Cancel. */
  private setFormMode(legend: string, submit: string, editing: boolean) {
    this.required('[data-legend]').textContent = legend;
    this.required('[data-submit]').textContent = submit;
    this.required('[data-cancel]').hidden = !editing;
  }

  private startEditing(index: number) {
    const object = this.state.objects[index];
    if (!object) return;
    this.clearErrors();
    this.editing = index;
    this.input('name').value = object.name;
    this.input('type').value = object.type;
    this.input('date').value = object.date;
    this.input('evidence').value = object.evidence;
    for (const scale of ['relevance', 'resonance'] as const) {
      const radio = this.form.querySelector<HTMLInputElement>(`[name="${scale}"][value="${object[scale]}"]`);
      if (radio) radio.checked = true;
    }
    this.setFormMode(this.t('rrs.form.edit', { name: object.name }), this.t('rrs.save'), true);
    this.input('name').focus();
    this.announce(this.t('rrs.editing', { name: object.name }));
  }

  private stopEditing() {
    this.editing = null;
    this.form.reset();
    this.clearErrors();
    this.setFormMode(this.t('rrs.form.add'), this.t('rrs.add'), false);
  }

  private cancel() {
    const index = this.editing;
    this.stopEditing();
    this.announce(this.t('rrs.cancelled'));
    if (index !== null) this.focusRow(index, 'edit');
  }

  private removeAt(index: number) {
    const object = this.state.objects[index];
    if (!object) return;
    if (this.editing === index) this.stopEditing();
    else if (this.editing !== null && this.editing > index) this.editing -= 1;
    this.state = { ...this.state, objects: removeObject(this.state.objects, index) };
    this.saveState();
    this.render();
    this.announce(this.t('rrs.removed', { name: object.name }));
    const count = this.state.objects.length;
    if (count) this.focusRow(Math.min(index, count - 1), 'remove');
    else this.input('name').focus();
  }

  private focusRow(index: number, act: 'edit' | 'remove') {
    this.querySelector<HTMLElement>(`[data-act="${act}"][data-index="${index}"]`)?.focus();
  }

  private summaryText() {
    const summary = summariseObjects(this.state.objects);
    return describeSummary(this.t('rrs.summary'), summary, (n) => this.numbers.format(n));
  }

  private render() {
    const { objects } = this.state;
    const summary = summariseObjects(objects);
    this.required('[data-count]').textContent = this.t('rrs.count', { count: objects.length, max: MAX_OBJECTS });
    this.required('[data-empty]').hidden = objects.length > 0;
    this.required('[data-table]').hidden = objects.length === 0;
    this.required('[data-table] tbody').replaceChildren(...objects.map((o, i) => this.renderRow(o, i)));
    const summaryText = this.required('[data-summary]');
    summaryText.hidden = objects.length === 0;
    summaryText.textContent = this.summaryText();
    for (const cell of this.querySelectorAll<HTMLElement>('[data-cell]')) {
      const [relevance, resonance] = cell.dataset.cell!.split('-').map(Number) as [number, number];
      cell.textContent = String(summary.grid[relevance]?.[resonance] ?? 0);
    }
    this.required('[data-chart]').replaceChildren(drawRrsChart(objects, summary.grid, this.t));
    this.renderAdvice(objects);
    this.renderCheck();
  }

  private renderRow(object: SocialObject, index: number) {
    const row = el('tr');
    const cell = (text: string | undefined, className: string) => row.appendChild(el('td', text, className));
    cell(String(index + 1), 'number');
    const name = row.appendChild(el('th', undefined, 'object'));
    name.scope = 'row';
    name.append(el('span', object.name, 'name'));
    const meta = [this.t(`rrs.types.${object.type}`)];
    if (object.date) meta.push(formatCalendarDate(this.config.lang, object.date, 'medium'));
    name.append(el('span', meta.join(' · '), 'meta'));
    if (object.evidence) name.append(el('span', object.evidence, 'evidence'));
    cell(String(object.relevance), 'score');
    cell(String(object.resonance), 'score');
    cell(String(scoreSignificance(object)), 'score');
    cell(this.t(`rrs.quadrant.${findQuadrant(object)}.name`), 'quadrant');
    const actions = cell(undefined, 'row-actions no-print');
    for (const act of ['edit', 'remove'] as const) {
      // The visible word stays first, so the accessible name starts with what is on screen.
      const button = labelledButton(this.t(`rrs.${act}`), object.name);
      button.dataset.act = act;
      button.dataset.index = String(index);
      actions.append(button);
    }
    return row;
  }

  private renderAdvice(objects: readonly SocialObject[]) {
    const items = ADVICE_ORDER.flatMap((quadrant) => {
      const names = objects.filter((o) => findQuadrant(o) === quadrant).map((o) => o.name);
      if (!names.length) return [];
      const item = el('div', undefined, `advice q-${quadrant}`);
      const quadrantName = this.t(`rrs.quadrant.${quadrant}.name`);
      const list = el('ul');
      list.append(...names.map((name) => el('li', name)));
      item.append(
        el('h4', this.t('rrs.advice.title', { quadrant: quadrantName, count: names.length })),
        el('p', this.t(`rrs.quadrant.${quadrant}.advice`)),
        list,
      );
      return [item];
    });
    this.required('[data-advice]').replaceChildren(...items);
    this.required('[data-advice-empty]').hidden = items.length > 0;
  }

  private checkResult() {
    const { yes, answered } = summariseCheck(this.state.check);
    return this.t('rrs.check.result', { yes, answered });
  }

  private renderCheck() {
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-check]')) {
      radio.checked = this.state.check[radio.dataset.check as keyof RrsState['check']] === radio.value;
    }
    this.required('[data-check-result]').textContent = this.checkResult();
  }

  private download(csv: boolean) {
    if (!this.state.objects.length) return this.announce(this.t('rrs.export.empty'));
    const date = toCalendarDate(new Date());
    const labels: RrsMarkdownLabels = {
      columns: labelEach(RRS_COLUMNS, (column) => this.t(`rrs.col.${column}`)),
      types: labelEach(OBJECT_TYPES, (type) => this.t(`rrs.types.${type}`)),
      quadrants: labelEach(QUADRANTS, (quadrant) => this.t(`rrs.quadrant.${quadrant}.name`)),
      title: this.t('rrs.export.title'),
      formula: this.t('rrs.export.formula'),
      summary: this.summaryText(),
      adviceHeading: this.t('rrs.advice.heading'),
      advice: labelEach(QUADRANTS, (quadrant) => this.t(`rrs.quadrant.${quadrant}.advice`)),
      checkHeading: this.t('rrs.check.heading'),
      questions: labelEach(CHECK_QUESTIONS, (question) => this.t(`rrs.check.q.${question}`)),
      answers: labelEach(CHECK_ANSWERS, (answer) => this.t(`rrs.answer.${answer}`)),
      notAnswered: this.t('rrs.check.notAnswered'),
      checkSummary: this.checkResult(),
      footer: this.t('rrs.export.footer', { date }),
    };
    const file = `rrs-self-assessment-${date}.${csv ? 'csv' : 'md'}`;
    downloadText(
      file,
      csv ? buildRrsCsv(this.state, labels, this.config.lang) : buildRrsMarkdown(this.state, labels),
      csv ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8',
    );
    this.announce(this.t('rrs.export.done', { file }));
  }
}

defineElement('smm-rrs', RrsElement);
