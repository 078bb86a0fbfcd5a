/**
 * <smm-rrs>: the R + R = S self-assessment. Keeps the learner's social objects and significance
 * check on the device (`rrs:worksheet`), shows the scores, a relevance × resonance chart drawn from
 * the data with its equivalent table, advice per quadrant, and exports Markdown and CSV.
 * Everything it writes into the page goes through textContent, value or setAttribute.
 */
import { downloadText } from './toolkit/download';
import {
  announce,
  formatIsoDate,
  readConfig,
  revealControls,
  showStorageNotice,
  todayIso,
  translate,
  type WorksheetConfig,
} from './worksheet-dom';
import { createSafeStore, STORAGE_PREFIX, type SafeStore } from '../lib/storage';
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
  RRS_KEY,
  SCORES,
  scoreSignificance,
  serialiseRrsState,
  summariseCheck,
  summariseObjects,
  type ObjectError,
  type RrsMarkdownLabels,
  type RrsState,
  type SocialObject,
} from '../lib/workbench/rrs';

const SVG = 'http://www.w3.org/2000/svg';
/** The weakest quadrants come first: they are what the learner should act on. */
const ADVICE_ORDER = [...QUADRANTS].reverse();

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const mapIds = <K extends string>(ids: readonly K[], label: (id: K) => string) =>
  Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<K, string>;

class RrsElement extends HTMLElement {
  private config!: WorksheetConfig;
  private store!: SafeStore;
  private state!: RrsState;
  private t!: ReturnType<typeof translate>;
  private numbers!: Intl.NumberFormat;
  private form!: HTMLFormElement;
  /** Index of the object being edited in the form, or null when the form adds a new one. */
  private editing: number | null = null;

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translate(config.strings);
    this.numbers = new Intl.NumberFormat(config.lang, { maximumFractionDigits: 1 });
    this.store = createSafeStore(() => window.localStorage);
    this.state = parseRrsState(this.store.read(RRS_KEY));
    this.form = this.querySelector('form')!;
    revealControls(this);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.editing !== null) this.cancel();
    });
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('change', (event) => this.onChange(event));
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_PREFIX + RRS_KEY) return;
      this.state = parseRrsState(event.newValue);
      if (this.editing !== null && this.editing >= this.state.objects.length) this.stopEditing();
      this.render();
    });
    this.render();
    showStorageNotice(this, this.store);
  }

  private save() {
    this.store.write(RRS_KEY, serialiseRrsState(this.state));
    showStorageNotice(this, this.store);
  }

  private input(name: string) {
    return this.form.elements.namedItem(name) as HTMLInputElement;
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    const question = target.dataset.check;
    if (!question || !target.checked) return;
    const q = CHECK_QUESTIONS.find((id) => id === question);
    const answer = CHECK_ANSWERS.find((id) => id === target.value);
    if (!q || !answer) return;
    this.state = { ...this.state, check: { ...this.state.check, [q]: answer } };
    this.save();
    this.renderCheck();
    announce(this, this.checkResult());
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
    this.save();
    this.stopEditing();
    this.render();
    const values = { name: object.name, score: scoreSignificance(object) };
    announce(this, this.t(editing === null ? 'rrs.added' : 'rrs.updated', values));
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
      first ??= controls[0] ?? this.form.querySelector<HTMLElement>('[data-submit]')!;
    }
    first?.focus();
    announce(this, errors.map((error) => this.message(error)).join(' '));
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
    this.querySelector('[data-legend]')!.textContent = this.t('rrs.form.edit', { name: object.name });
    this.querySelector('[data-submit]')!.textContent = this.t('rrs.save');
    this.querySelector<HTMLElement>('[data-cancel]')!.hidden = false;
    this.input('name').focus();
    announce(this, this.t('rrs.editing', { name: object.name }));
  }

  private stopEditing() {
    this.editing = null;
    this.form.reset();
    this.clearErrors();
    this.querySelector('[data-legend]')!.textContent = this.t('rrs.form.add');
    this.querySelector('[data-submit]')!.textContent = this.t('rrs.add');
    this.querySelector<HTMLElement>('[data-cancel]')!.hidden = true;
  }

  private cancel() {
    const index = this.editing;
    this.stopEditing();
    announce(this, this.t('rrs.cancelled'));
    if (index !== null) this.focusRow(index, 'edit');
  }

  private removeAt(index: number) {
    const object = this.state.objects[index];
    if (!object) return;
    if (this.editing === index) this.stopEditing();
    else if (this.editing !== null && this.editing > index) this.editing -= 1;
    this.state = { ...this.state, objects: removeObject(this.state.objects, index) };
    this.save();
    this.render();
    announce(this, this.t('rrs.removed', { name: object.name }));
    const count = this.state.objects.length;
    if (count) this.focusRow(Math.min(index, count - 1), 'remove');
    else this.input('name').focus();
  }

  private focusRow(index: number, act: 'edit' | 'remove') {
    this.querySelector<HTMLElement>(`[data-act="${act}"][data-index="${index}"]`)?.focus();
  }

  private render() {
    const { objects } = this.state;
    const summary = summariseObjects(objects);
    this.querySelector('[data-count]')!.textContent = this.t('rrs.count', { count: objects.length, max: MAX_OBJECTS });
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = objects.length > 0;
    this.querySelector<HTMLElement>('[data-table]')!.hidden = objects.length === 0;
    this.querySelector('[data-table] tbody')!.replaceChildren(...objects.map((o, i) => this.renderRow(o, i)));
    const summaryText = this.querySelector<HTMLElement>('[data-summary]')!;
    summaryText.hidden = objects.length === 0;
    summaryText.textContent = describeSummary(this.t('rrs.summary'), summary, (n) => this.numbers.format(n));
    for (const cell of this.querySelectorAll<HTMLElement>('[data-cell]')) {
      const [relevance, resonance] = cell.dataset.cell!.split('-').map(Number) as [number, number];
      cell.textContent = String(summary.grid[relevance]?.[resonance] ?? 0);
    }
    this.drawChart(objects, summary.grid);
    this.renderAdvice(objects);
    this.renderCheck();
  }

  private quadrantName(object: SocialObject) {
    return this.t(`rrs.quadrant.${findQuadrant(object)}.name`);
  }

  private renderRow(object: SocialObject, index: number) {
    const row = html('tr');
    row.setAttribute('role', 'row');
    const cell = (tag: 'td' | 'th', column: string, text?: string, className?: string) => {
      const node = html(tag, text, className);
      node.setAttribute('role', tag === 'th' ? 'rowheader' : 'cell');
      // Shown before the value when narrow screens lay rows out as cards.
      node.dataset.label = this.t(`rrs.col.${column}`);
      row.append(node);
      return node;
    };
    cell('td', 'number', String(index + 1), 'number');
    const name = cell('th', 'object', undefined, 'object');
    name.scope = 'row';
    name.append(html('span', object.name, 'name'));
    const meta = [this.t(`rrs.types.${object.type}`)];
    if (object.date) meta.push(formatIsoDate(this.config.lang, object.date));
    name.append(html('span', meta.join(' · '), 'meta'));
    if (object.evidence) name.append(html('span', object.evidence, 'evidence'));
    cell('td', 'relevance', String(object.relevance), 'score');
    cell('td', 'resonance', String(object.resonance), 'score');
    cell('td', 'significance', String(scoreSignificance(object)), 'score');
    cell('td', 'quadrant', this.quadrantName(object));
    const actions = cell('td', 'actions', undefined, 'row-actions no-print');
    for (const act of ['edit', 'remove'] as const) {
      const button = html('button', this.t(`rrs.${act}`));
      button.type = 'button';
      button.dataset.act = act;
      button.dataset.index = String(index);
      // The visible word stays first, so the accessible name starts with what is on screen.
      button.append(html('span', ` ${object.name}`, 'sr-only'));
      actions.append(button);
    }
    return row;
  }

  private drawChart(objects: readonly SocialObject[], grid: number[][]) {
    const cell = 90;
    const left = 62;
    const top = 10;
    const most = Math.max(1, ...grid.flat());
    const chart = svg('svg', {
      viewBox: '0 0 346 330',
      class: 'rrs-svg',
      role: 'img',
      'aria-labelledby': 'rrs-svg-title rrs-svg-desc',
    });
    chart.append(
      svg('title', { id: 'rrs-svg-title' }, this.t('rrs.chart.title')),
      svg('desc', { id: 'rrs-svg-desc' }, this.t('rrs.chart.desc')),
    );
    for (const relevance of SCORES) {
      for (const resonance of SCORES) {
        const x = left + relevance * cell;
        const y = top + (2 - resonance) * cell;
        const quadrant = findQuadrant({ relevance, resonance });
        chart.append(svg('rect', { x, y, width: cell, height: cell, class: `cell q-${quadrant}` }));
        const count = grid[relevance]![resonance]!;
        if (!count) continue;
        const names = objects.filter((o) => o.relevance === relevance && o.resonance === resonance).map((o) => o.name);
        const group = svg('g', { class: 'bubble' });
        group.append(
          svg('title', {}, this.t('rrs.chart.cell', { relevance, resonance, count, names: names.join(', ') })),
          svg('circle', { cx: x + cell / 2, cy: y + cell / 2, r: 12 + 26 * Math.sqrt(count / most) }),
          svg('text', { x: x + cell / 2, y: y + cell / 2, class: 'count' }, String(count)),
        );
        chart.append(group);
      }
    }
    // The quadrant borders: a score of 0 is low, 1 or 2 is high.
    chart.append(
      svg('line', { x1: left + cell, y1: top, x2: left + cell, y2: top + 3 * cell, class: 'divide' }),
      svg('line', { x1: left, y1: top + 2 * cell, x2: left + 3 * cell, y2: top + 2 * cell, class: 'divide' }),
    );
    for (const score of SCORES) {
      chart.append(
        svg('text', { x: left + score * cell + cell / 2, y: top + 3 * cell + 18, class: 'tick' }, String(score)),
        svg('text', { x: left - 14, y: top + (2 - score) * cell + cell / 2, class: 'tick' }, String(score)),
      );
    }
    chart.append(
      svg('text', { x: left + 1.5 * cell, y: top + 3 * cell + 42, class: 'axis' }, `${this.t('rrs.chart.x')} →`),
      svg(
        'text',
        { x: -(top + 1.5 * cell), y: 18, transform: 'rotate(-90)', class: 'axis' },
        `${this.t('rrs.chart.y')} →`,
      ),
    );
    this.querySelector('[data-chart]')!.replaceChildren(chart);
  }

  private renderAdvice(objects: readonly SocialObject[]) {
    const items = ADVICE_ORDER.flatMap((quadrant) => {
      const names = objects.filter((o) => findQuadrant(o) === quadrant).map((o) => o.name);
      if (!names.length) return [];
      const item = html('div', undefined, `advice q-${quadrant}`);
      const quadrantName = this.t(`rrs.quadrant.${quadrant}.name`);
      const list = html('ul');
      list.append(...names.map((name) => html('li', name)));
      item.append(
        html('h4', this.t('rrs.advice.title', { quadrant: quadrantName, count: names.length })),
        html('p', this.t(`rrs.quadrant.${quadrant}.advice`)),
        list,
      );
      return [item];
    });
    this.querySelector('[data-advice]')!.replaceChildren(...items);
    this.querySelector<HTMLElement>('[data-advice-empty]')!.hidden = items.length > 0;
  }

  private checkResult() {
    const { yes, answered } = summariseCheck(this.state.check);
    return this.t('rrs.check.result', { yes, answered });
  }

  private renderCheck() {
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-check]')) {
      radio.checked = this.state.check[radio.dataset.check as keyof RrsState['check']] === radio.value;
    }
    this.querySelector('[data-check-result]')!.textContent = this.checkResult();
  }

  private download(csv: boolean) {
    if (!this.state.objects.length) return announce(this, this.t('rrs.export.empty'));
    const date = todayIso();
    const labels: RrsMarkdownLabels = {
      columns: mapIds(RRS_COLUMNS, (column) => this.t(`rrs.col.${column}`)),
      types: mapIds(OBJECT_TYPES, (type) => this.t(`rrs.types.${type}`)),
      quadrants: mapIds(QUADRANTS, (quadrant) => this.t(`rrs.quadrant.${quadrant}.name`)),
      title: this.t('rrs.export.title'),
      formula: this.t('rrs.export.formula'),
      summary: describeSummary(this.t('rrs.summary'), summariseObjects(this.state.objects), (n) =>
        this.numbers.format(n),
      ),
      adviceHeading: this.t('rrs.advice.heading'),
      advice: mapIds(QUADRANTS, (quadrant) => this.t(`rrs.quadrant.${quadrant}.advice`)),
      checkHeading: this.t('rrs.check.heading'),
      questions: mapIds(CHECK_QUESTIONS, (question) => this.t(`rrs.check.q.${question}`)),
      answers: mapIds(CHECK_ANSWERS, (answer) => this.t(`rrs.answer.${answer}`)),
      notAnswered: this.t('rrs.check.notAnswered'),
      checkSummary: this.checkResult(),
      footer: this.t('rrs.export.footer', { date }),
    };
    const file = `rrs-self-assessment-${date}.${csv ? 'csv' : 'md'}`;
    downloadText(
      file,
      csv ? buildRrsCsv(this.state, labels) : buildRrsMarkdown(this.state, labels),
      csv ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8',
    );
    announce(this, this.t('rrs.export.done', { file }));
  }
}

customElements.define('smm-rrs', RrsElement);
