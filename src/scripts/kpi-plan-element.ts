/**
 * <smm-kpi-plan>: the KPI plan worksheet. Keeps the chosen KPIs and their values on the device
 * (`kpi:plan`), shows progress from baseline to target, runs the formula helpers and exports CSV.
 * Everything it writes into the page goes through textContent or value.
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
import {
  calculateKpi,
  findKpi,
  isKpiId,
  KPI_IDS,
  readCalculatorInput,
  type KpiId,
  type NumberResult,
} from '../lib/workbench/kpi';
import {
  buildKpiCsv,
  describeProgress,
  emptyEntry,
  KPI_FIELDS,
  KPI_PLAN_KEY,
  parseKpiPlan,
  readKpiEntry,
  type KpiField,
  type KpiPlan,
  type ProgressStatus,
} from '../lib/workbench/kpi-plan';
import { createSafeStore, STORAGE_PREFIX, type SafeStore } from '../lib/storage';

const STATUSES: ProgressStatus[] = ['reached', 'on-the-way', 'backwards', 'same-reached', 'same-not-reached'];

class KpiPlanElement extends HTMLElement {
  private config!: WorksheetConfig;
  private store!: SafeStore;
  private plan!: KpiPlan;
  private t!: ReturnType<typeof translate>;
  private numbers!: Intl.NumberFormat;

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translate(config.strings);
    this.numbers = new Intl.NumberFormat(config.lang, { maximumFractionDigits: 2 });
    this.store = createSafeStore(() => window.localStorage);
    this.plan = parseKpiPlan(this.store.read(KPI_PLAN_KEY));
    revealControls(this);
    this.addEventListener('change', (event) => this.onChange(event));
    this.addEventListener('input', (event) => this.onInput(event));
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_PREFIX + KPI_PLAN_KEY) return;
      this.plan = parseKpiPlan(event.newValue);
      this.render();
    });
    this.render();
    showStorageNotice(this, this.store);
  }

  private entryRoot(id: KpiId) {
    return this.querySelector<HTMLElement>(`[data-entry="${id}"]`)!;
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
    this.querySelector<HTMLInputElement>('[data-goal]')!.value = this.plan.goal;
    for (const id of KPI_IDS) {
      const chosen = this.plan.chosen.includes(id);
      this.querySelector<HTMLInputElement>(`[data-pick][value="${id}"]`)!.checked = chosen;
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

  private save() {
    this.store.write(KPI_PLAN_KEY, JSON.stringify(this.plan));
    showStorageNotice(this, this.store);
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
    const body = this.querySelector('[data-summary] tbody')!;
    body.replaceChildren();
    for (const id of this.plan.chosen) {
      const entry = this.plan.entries[id] ?? emptyEntry();
      const reading = readKpiEntry(id, entry, this.config.lang);
      const row = document.createElement('tr');
      const cell = (text: string, tag: 'td' | 'th' = 'td') => {
        const node = document.createElement(tag);
        node.textContent = text;
        row.append(node);
        return node;
      };
      const number = (field: KpiField) => {
        const value = reading.values[field];
        return value.ok ? this.numbers.format(value.value) : '—';
      };
      // Four columns rather than the CSV's nine, so that the table fits a phone.
      const head = cell(`${this.name(id)} (${this.t(`kpi.unit.${findKpi(id).unit}`)})`, 'th');
      head.scope = 'row';
      if (entry.deadline) {
        const deadline = document.createElement('span');
        deadline.className = 'deadline';
        deadline.textContent = `${this.t('kpi.col.deadline')}: ${formatIsoDate(this.config.lang, entry.deadline)}`;
        head.append(deadline);
      }
      cell(`${number('baseline')} → ${number('target')}`);
      cell(number('result'));
      const described = reading.progress && describeProgress(reading.progress);
      cell(
        described
          ? [described.percent === undefined ? '' : `${described.percent}%`, this.t(`kpi.short.${described.status}`)]
              .filter(Boolean)
              .join(' · ')
          : '—',
      );
      body.append(row);
    }
    const empty = this.plan.chosen.length === 0;
    // In print, a plan replaces the catalogue of definitions.
    this.toggleAttribute('data-has-plan', !empty);
    this.querySelector<HTMLElement>('[data-summary]')!.hidden = empty;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = !empty;
    this.querySelector<HTMLElement>('[data-goal-print]')!.textContent = this.plan.goal
      ? `${this.t('kpi.goal')}: ${this.plan.goal}`
      : '';
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
    this.save();
    this.renderSummary();
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.dataset.pick !== undefined && isKpiId(input.value)) {
      this.choose(input.value, input.checked);
      return;
    }
    const field = input.dataset.field as KpiField | undefined;
    const id = this.idOf(input);
    if (!id || !field || field === ('deadline' as string)) return;
    this.update(id, true);
    const error = this.entryRoot(id).querySelector(`[data-error="${field}"]`)?.textContent;
    const label = this.entryRoot(id).querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
    if (error) announce(this, `${this.name(id)}, ${label}: ${error}`);
    else if (field === 'result') {
      announce(this, `${this.name(id)}: ${this.entryRoot(id).querySelector('[data-status]')?.textContent ?? ''}`);
    }
  }

  private choose(id: KpiId, chosen: boolean) {
    const set = new Set(this.plan.chosen);
    if (chosen) set.add(id);
    else set.delete(id);
    // Catalogue order, so that the plan reads the same however it was ticked.
    this.plan.chosen = KPI_IDS.filter((k) => set.has(k));
    this.entryRoot(id).hidden = !chosen;
    this.save();
    this.renderSummary();
    announce(this, this.t(chosen ? 'kpi.added' : 'kpi.removed', { name: this.name(id) }));
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
      const kind = input.dataset.calc as Parameters<typeof readCalculatorInput>[0];
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
      announce(this, this.t('kpi.calcErrors'));
      return;
    }
    const result = calculateKpi(id, values);
    if (!result.ok) {
      output.textContent = this.t(`kpi.error.${result.error}`);
    } else {
      const value = Math.round(result.value * 100) / 100;
      output.textContent = this.t(`kpi.calculated.${findKpi(id).unit}`, { value: this.numbers.format(value) });
      use.dataset.value = String(value);
      use.hidden = false;
    }
    announce(this, output.textContent);
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
    const t = this.t;
    if (this.plan.chosen.length === 0) {
      announce(this, t('kpi.nothingToExport'));
      return;
    }
    const names = Object.fromEntries(KPI_IDS.map((id) => [id, this.name(id)])) as Record<KpiId, string>;
    const csv = buildKpiCsv(this.plan, this.config.lang, {
      header: ['kpi', 'unit', 'baseline', 'target', 'result', 'progress', 'status', 'deadline', 'goal'].map((k) =>
        t(`kpi.col.${k}`),
      ),
      names,
      units: Object.fromEntries(['count', 'percent', 'minutes', 'score'].map((u) => [u, t(`kpi.unit.${u}`)])),
      statuses: Object.fromEntries(STATUSES.map((s) => [s, t(`kpi.short.${s}`)])) as Record<ProgressStatus, string>,
    });
    downloadText(`kpi-plan-${todayIso()}.csv`, csv, 'text/csv;charset=utf-8');
    announce(this, t('kpi.exported'));
  }
}

if (!customElements.get('smm-kpi-plan')) customElements.define('smm-kpi-plan', KpiPlanElement);
