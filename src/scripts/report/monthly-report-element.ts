/**
 * <smm-monthly-report>: the monthly report builder. Keeps the report on the device
 * (STORAGE_KEYS.monthlyReport), works out every figure with its formula, draws the charts, and
 * exports CSV, Markdown and a read-only share link. A link's report is shown read-only and never
 * touches the one kept here until the reader asks for a copy. Text goes in through textContent.
 */
import { intlLocale } from '../../lib/dates';
import {
  ALL,
  cleanName,
  isBasis,
  isMonth,
  monthOf,
  parseReport,
  previousMonth,
  setInput,
  STORY_PARTS,
  type Field,
  type ReportState,
} from '../../lib/report/model';
import type { MetricId } from '../../lib/report/figures';
import { metricRows } from '../../lib/report/summary';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { el } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { ReportHost } from './report-actions';
import { buildChannels, readField, type ReportKey } from './report-inputs';
import { buildFigureRows, type OutputContext } from './report-output';

/** Buttons answered by report-actions.ts (its ACTIONS, spelled here so it loads only on use). */
const LAZY_ACTIONS = [
  'add',
  'remove',
  'import',
  'template',
  'exportInputs',
  'exportCsv',
  'exportMd',
  'share',
  'example',
  'kpi',
];

export class MonthlyReportElement extends SmmElement<object, ReportKey> implements ReportHost {
  report!: ReportState;
  private readOnly = false;
  format!: (n: number) => string;
  /** The on-demand half of the widget (report-actions.ts). */
  private actions = () => import('./report-actions');

  protected setup() {
    const numbers = new Intl.NumberFormat(intlLocale(this.config.lang), { maximumFractionDigits: 2 });
    this.format = (n) => numbers.format(n);
    this.report = this.stored();
    this.listen(this, 'change', (event) => this.onChange(event.target as HTMLInputElement));
    this.listen(this, 'input', (event) => this.onInput(event.target as HTMLTextAreaElement));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.watchKey(STORAGE_KEYS.monthlyReport, () => {
      if (this.readOnly) return;
      this.report = this.stored();
      this.render();
    });
    this.render();
    const hash = location.hash;
    if (hash.length > 1) void this.actions().then((actions) => actions.openLink(this, hash));
  }

  private stored() {
    return parseReport(this.store.read(STORAGE_KEYS.monthlyReport), monthOf(new Date()));
  }

  get lang() {
    return this.config.lang;
  }
  get tr() {
    return this.t;
  }
  child<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.required<T>(selector);
  }
  say(message: string) {
    this.announce(message);
  }
  readStored(key: string) {
    return this.store.read(key);
  }
  showShared(report: ReportState) {
    this.report = report;
    this.readOnly = true;
    this.render();
  }

  private keep() {
    if (!this.readOnly) this.save(STORAGE_KEYS.monthlyReport, JSON.stringify(this.report));
  }

  monthName = (month: string) => {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(intlLocale(this.config.lang), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, m - 1, 1)));
  };

  private context(): OutputContext {
    return {
      t: this.t,
      lang: this.config.lang,
      format: this.format,
      monthName: this.monthName,
      readOnly: this.readOnly,
    };
  }

  /** Puts the whole report into the page: on load, after an import and when another tab changed it. */
  private render() {
    this.required('[data-shared]').hidden = !this.readOnly;
    for (const node of this.querySelectorAll<HTMLElement>('[data-edit-only]')) node.hidden = this.readOnly;
    this.required<HTMLInputElement>('[data-report-month]').value = this.report.month;
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-basis]')) {
      radio.checked = radio.value === this.report.basis;
    }
    this.required('[data-channels]').replaceChildren(...buildChannels(this.report, this.context()));
    const scope = this.required<HTMLSelectElement>('[data-scope]');
    const chosen = scope.value;
    const option = (text: string, value: string) => Object.assign(el('option', text), { value });
    scope.replaceChildren(
      option(this.t('report.allChannels'), ALL),
      ...this.report.channels.map((c) => option(c.name, c.id)),
    );
    scope.value = [...scope.options].some((o) => o.value === chosen) ? chosen : ALL;
    for (const part of STORY_PARTS) {
      this.required<HTMLTextAreaElement>(`[data-story="${part}"]`).value = this.report.story[part];
      this.required<HTMLTextAreaElement>(`[data-story="${part}"]`).readOnly = this.readOnly;
    }
    this.renderOutput();
  }

  private renderOutput() {
    const ctx = this.context();
    const scope = this.required<HTMLSelectElement>('[data-scope]').value || ALL;
    this.required('[data-title]').textContent = this.t('report.title', { month: this.monthName(this.report.month) });
    this.required('[data-compared]').textContent = this.t('report.compared', {
      previous: this.monthName(previousMonth(this.report.month)),
    });
    this.required('[data-figures] tbody').replaceChildren(...buildFigureRows(this.report, scope, ctx));
    const metric = this.required<HTMLSelectElement>('[data-chart-metric]').value as MetricId;
    // The charts come after the table, on demand; the newest render's charts arrive last.
    void import('./report-chart').then(({ buildCharts }) =>
      this.required('[data-charts]').replaceChildren(...buildCharts(this.report, metric, ctx)),
    );
    for (const part of STORY_PARTS) this.required(`[data-story-print="${part}"]`).textContent = this.report.story[part];
  }

  private onChange(input: HTMLInputElement) {
    const data = input.dataset;
    if (this.readOnly && !('scope' in data) && !('chartMetric' in data)) return;
    if ('reportMonth' in data) {
      if (!isMonth(input.value)) return;
      this.report = { ...this.report, month: input.value };
      this.keep();
      this.render();
      this.announce(this.t('report.title', { month: this.monthName(this.report.month) }));
    } else if ('basis' in data && isBasis(input.value)) {
      this.report = { ...this.report, basis: input.value };
      this.keep();
      this.renderOutput();
    } else if (data.field && data.channel && data.month) {
      this.changeNumber(input, data.channel, data.month, data.field as Field);
    } else if (data.rename) {
      const name = cleanName(input.value);
      const channel = this.report.channels.find((c) => c.id === data.rename);
      if (!channel || !name) return;
      channel.name = name;
      this.keep();
      this.render();
    } else if (data.target) {
      this.changeTarget(input, data.scope ?? ALL, data.target);
    } else if ('scope' in data || 'chartMetric' in data) {
      this.renderOutput();
    } else if ('file' in data) {
      void this.actions().then((actions) => actions.importFile(this, input));
    }
  }

  private changeNumber(input: HTMLInputElement, channel: string, month: string, field: Field) {
    const note = input.parentElement?.querySelector<HTMLElement>('[data-note]');
    const reading = readField(input.value, this.config.lang);
    input.setAttribute('aria-invalid', String(!reading.ok));
    if (!reading.ok) {
      if (note) note.textContent = this.t(reading.error);
      this.announce(`${input.labels?.[0]?.textContent ?? ''}: ${this.t(reading.error)}`);
      return;
    }
    if (note) {
      const separated = /[\s.,]/.test(input.value.trim()) && reading.value !== undefined;
      note.textContent = separated ? this.t('report.readAs', { value: this.format(reading.value!) }) : '';
    }
    this.report = setInput(this.report, month, channel, field, reading.value);
    this.keep();
    this.renderOutput();
  }

  private changeTarget(input: HTMLInputElement, scope: string, metric: string) {
    const reading = readField(input.value, this.config.lang);
    input.setAttribute('aria-invalid', String(!reading.ok));
    if (!reading.ok) return this.announce(this.t(reading.error));
    const targets = { ...this.report.targets[scope] };
    if (reading.value === undefined) delete targets[metric];
    else targets[metric] = reading.value;
    this.report = { ...this.report, targets: { ...this.report.targets, [scope]: targets } };
    this.keep();
    // Only the verdict changes: rebuilding the table would take the focus away from the next field.
    const row = metricRows(this.report, scope).find((r) => r.id === metric);
    const cell = input.closest('td');
    cell?.querySelector('.status')?.remove();
    if (row?.status) {
      cell?.append(el('span', this.t(`report.status.${row.status}`), `status ${row.status}`));
      this.announce(this.t(`report.status.${row.status}`));
    }
  }

  private onInput(area: HTMLTextAreaElement) {
    const part = STORY_PARTS.find((p) => p === area.dataset.story);
    if (!part || this.readOnly) return;
    this.report.story[part] = area.value;
    this.required(`[data-story-print="${part}"]`).textContent = area.value;
    this.keep();
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    const data = button?.dataset;
    if (!data) return;
    if ('print' in data) window.print();
    else if ('copy' in data) this.editCopy();
    else {
      const action = LAZY_ACTIONS.find((name) => name in data);
      if (action) void this.actions().then((actions) => actions.runAction(this, action, data[action]));
    }
  }

  useReport(report: ReportState, message: ReportKey) {
    this.report = report;
    this.keep();
    this.render();
    this.announce(this.t(message));
  }

  private editCopy() {
    this.readOnly = false;
    history.replaceState(null, '', location.pathname + location.search);
    this.useReport(this.report, 'report.copied');
  }
}

defineElement('smm-monthly-report', MonthlyReportElement);
