/**
 * <smm-kpi-plan>: the KPI plan worksheet. Keeps the chosen KPIs and their values on the device
 * (STORAGE_KEYS.kpiPlan), shows progress from baseline to target, runs the formula helpers and
 * exports CSV. Everything it writes into the page goes through textContent or value.
 */
import { formatCalendarDate, toCalendarDate } from '../../lib/dates';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import {
  calculateKpi,
  findKpi,
  isKpiId,
  KPI_IDS,
  KPI_UNITS,
  readCalculatorInput,
  type CalculatorInput,
  type KpiId,
  type NumberResult,
} from '../../lib/workbench/kpi';
import {
  buildKpiCsv,
  describeProgress,
  emptyEntry,
  KPI_FIELDS,
  parseKpiPlan,
  PROGRESS_STATUSES,
  readKpiEntry,
  type KpiField,
  type KpiPlan,
} from '../../lib/workbench/kpi-plan';
import { labelEach } from '../../lib/workbench/labels';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';

/** The CSV's columns, in order (`kpi.col.<column>`). */
const CSV_COLUMNS = ['kpi', 'unit', 'baseline', 'target', 'result', 'progress', 'status', 'deadline', 'goal'] as const;

export class KpiPlanElement extends SmmElement<object, UiKeyWith<'kpi.'>> {
  private plan!: KpiPlan;
  private numbers!: Intl.NumberFormat;

  protected setup() {
    this.numbers = new Intl.NumberFormat(this.config.lang, { maximumFractionDigits: 2 });
    this.plan = parseKpiPlan(this.store.read(STORAGE_KEYS.kpiPlan));
    this.listen(this, 'change', (event) => this.onChange(event));
    this.listen(this, 'input', (event) => this.onInput(event));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.watchKey(STORAGE_KEYS.kpiPlan, (value) => {
      this.plan = parseKpiPlan(value);
      this.render();
    });
    this.render();
  }

  private entryRoot(id: KpiId) {
    return this.required(`[data-entry="${id}"]`);
  }
  private idOf(node: Element): KpiId | undefined {
    const id = node.closest<HTMLElement>('[data-entry]')?.dataset.entry;
    return isKpiId(id) ? id : undefined;
  }
  private name(id: KpiId) {
    return this.t(`kpi.${id}.name`);
  }

  /** Puts the whole plan into the page: after loading, and when another tab changed it. */
  private render() {
    this.required<HTMLInputElement>('[data-goal]').value = this.plan.goal;
    for (const id of KPI_IDS) {
      const chosen = this.plan.chosen.includes(id);
      this.required<HTMLInputElement>(`[data-pick][value="${id}"]`).checked = chosen;
      const root = this.entryRoot(id);
      root.hidden = !chosen;
      const entry = this.plan.entries[id] ?? emptyEntry();
      for (const input of root.querySelectorAll<HTMLInputElement>('[data-field]')) {
        input.value = entry[input.dataset.field as keyof typeof entry] ?? '';
      }
      this.update(id, true);
    }
    this.renderSummary();
  }

  private saveState() {
    this.save(STORAGE_KEYS.kpiPlan, JSON.stringify(this.plan));
  }

  private errorText(result: NumberResult, id?: KpiId): string {
    if (result.ok || result.error === 'empty') return '';
    const kpi = id && findKpi(id);
    return this.t(`kpi.error.${result.error}`, {
      min: kpi ? this.numbers.format(kpi.min) : 0,
      max: kpi ? this.numbers.format(kpi.max) : 0,
    });
  }

  /**
   * Recomputes a KPI's progress. Errors appear when a value is committed (`reveal`) and vanish as
   * soon as it is right, so nobody is scolded halfway through typing.
   */
  private update(id: KpiId, reveal: boolean) {
    const root = this.entryRoot(id);
    const reading = readKpiEntry(id, this.plan.entries[id], this.config.lang);
    for (const field of KPI_FIELDS) {
      const input = root.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
      const error = root.querySelector<HTMLElement>(`[data-error="${field}"]`)!;
      const message = this.errorText(reading.values[field], id);
      if (reveal || !message) {
        error.textContent = message;
        input.setAttribute('aria-invalid', String(message !== ''));
      }
    }
    const bar = root.querySelector<HTMLProgressElement>('[data-bar]')!;
    const status = root.querySelector<HTMLElement>('[data-status]')!;
    if (!reading.progress) {
      bar.hidden = true;
      status.textContent = this.t('kpi.status.waiting');
      return;
    }
    const described = describeProgress(reading.progress);
    bar.hidden = false;
    bar.value = reading.progress.kind === 'progress' ? reading.progress.bar : reading.progress.reached ? 100 : 0;
    status.textContent = this.t(`kpi.status.${described.status}`, { percent: described.percent ?? '' });
  }

  private renderSummary() {
    const body = this.required('[data-summary] tbody');
    body.replaceChildren();
    for (const id of this.plan.chosen) {
      const entry = this.plan.entries[id] ?? emptyEntry();
      const reading = readKpiEntry(id, entry, this.config.lang);
      const row = el('tr');
      const number = (field: KpiField) => {
        const value = reading.values[field];
        return value.ok ? this.numbers.format(value.value) : '—';
      };
      // Four columns rather than the CSV's nine, so that the table fits a phone.
      const head = row.appendChild(el('th', `${this.name(id)} (${this.t(`kpi.unit.${findKpi(id).unit}`)})`));
      head.scope = 'row';
      if (entry.deadline) {
        const deadline = formatCalendarDate(this.config.lang, entry.deadline, 'medium');
        head.append(el('span', `${this.t('kpi.col.deadline')}: ${deadline}`, 'deadline'));
      }
      const described = reading.progress && describeProgress(reading.progress);
      const progress = described
        ? [described.percent === undefined ? '' : `${described.percent}%`, this.t(`kpi.short.${described.status}`)]
            .filter(Boolean)
            .join(' · ')
        : '—';
      row.append(
        el('td', `${number('baseline')} → ${number('target')}`),
        el('td', number('result')),
        el('td', progress),
      );
      body.append(row);
    }
    const empty = this.plan.chosen.length === 0;
    // In print, a plan replaces the catalogue of definitions.
    this.toggleAttribute('data-has-plan', !empty);
    this.required('[data-summary]').hidden = empty;
    this.required('[data-empty]').hidden = !empty;
    this.required('[data-goal-print]').textContent = this.plan.goal ? `${this.t('kpi.goal')}: ${this.plan.goal}` : '';
  }

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.dataset.goal !== undefined) {
      this.plan.goal = input.value;
    } else if (input.dataset.field) {
      const id = this.idOf(input);
      if (!id) return;
      this.plan.entries[id] = { ...(this.plan.entries[id] ?? emptyEntry()), [input.dataset.field]: input.value };
      this.update(id, false);
    } else return;
    this.saveState();
    this.renderSummary();
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.dataset.pick !== undefined && isKpiId(input.value)) {
      this.choose(input.value, input.checked);
      return;
    }
    const field = KPI_FIELDS.find((f) => f === input.dataset.field);
    const id = this.idOf(input);
    if (!id || !field) return;
    this.update(id, true);
    const root = this.entryRoot(id);
    const error = root.querySelector(`[data-error="${field}"]`)?.textContent;
    const label = root.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
    if (error) this.announce(`${this.name(id)}, ${label}: ${error}`);
    else if (field === 'result') {
      this.announce(`${this.name(id)}: ${root.querySelector('[data-status]')?.textContent ?? ''}`);
    }
  }

  private choose(id: KpiId, chosen: boolean) {
    const set = new Set(this.plan.chosen);
    if (chosen) set.add(id);
    else set.delete(id);
    // Catalogue order, so that the plan reads the same however it was ticked.
    this.plan.chosen = KPI_IDS.filter((k) => set.has(k));
    this.entryRoot(id).hidden = !chosen;
    this.saveState();
    this.renderSummary();
    this.announce(this.t(chosen ? 'kpi.added' : 'kpi.removed', { name: this.name(id) }));
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const id = this.idOf(button);
    if (button.dataset.calculate !== undefined && id) this.calculate(id);
    else if (button.dataset.use !== undefined && id) this.useResult(id, button);
    else if (button.dataset.export !== undefined) this.exportCsv();
    else if (button.dataset.print !== undefined) window.print();
  }

  private calculate(id: KpiId) {
    const root = this.entryRoot(id);
    const output = root.querySelector<HTMLElement>('[data-output]')!;
    const use = root.querySelector<HTMLElement>('[data-use]')!;
    const values: number[] = [];
    let first: HTMLInputElement | undefined;
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-calc]')) {
      const kind = input.dataset.calc as CalculatorInput;
      const result = readCalculatorInput(kind, input.value, this.config.lang);
      const message = result.ok ? '' : this.errorText(result) || this.t('kpi.error.empty');
      root.querySelector(`[data-calc-error="${kind}"]`)!.textContent = message;
      input.setAttribute('aria-invalid', String(!result.ok));
      if (result.ok) values.push(result.value);
      else first ??= input;
    }
    use.hidden = true;
    delete use.dataset.value;
    if (first) {
      output.textContent = '';
      first.focus();
      this.announce(this.t('kpi.calcErrors'));
      return;
    }
    const result = calculateKpi(id, values);
    const { unit } = findKpi(id);
    if (!result.ok) {
      output.textContent = this.t(`kpi.error.${result.error}`);
    } else if (unit !== 'count') {
      // Only rates have a calculator; plain counts are typed in directly.
      const value = Math.round(result.value * 100) / 100;
      output.textContent = this.t(`kpi.calculated.${unit}`, { value: this.numbers.format(value) });
      use.dataset.value = String(value);
      use.hidden = false;
    }
    this.announce(output.textContent);
  }

  private useResult(id: KpiId, button: HTMLElement) {
    const value = Number(button.dataset.value);
    if (!Number.isFinite(value)) return;
    const input = this.entryRoot(id).querySelector<HTMLInputElement>('[data-field="result"]')!;
    input.value = new Intl.NumberFormat(this.config.lang, { maximumFractionDigits: 2, useGrouping: false }).format(
      value,
    );
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  }

  private exportCsv() {
    if (this.plan.chosen.length === 0) return this.announce(this.t('kpi.nothingToExport'));
    const csv = buildKpiCsv(this.plan, this.config.lang, {
      header: CSV_COLUMNS.map((column) => this.t(`kpi.col.${column}`)),
      names: labelEach(KPI_IDS, (id) => this.name(id)),
      units: labelEach(KPI_UNITS, (unit) => this.t(`kpi.unit.${unit}`)),
      statuses: labelEach(PROGRESS_STATUSES, (status) => this.t(`kpi.short.${status}`)),
    });
    downloadText(`kpi-plan-${toCalendarDate(new Date())}.csv`, csv, 'text/csv;charset=utf-8');
    this.announce(this.t('kpi.exported'));
  }
}

defineElement('smm-kpi-plan', KpiPlanElement);
