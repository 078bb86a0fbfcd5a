/**
 * <smm-monthly-report>: the monthly report builder. Keeps the report on the device
 * (STORAGE_KEYS.monthlyReport), works out every figure with its formula, draws the charts, and
 * exports CSV, Markdown and a read-only share link. A link's report is shown read-only and never
 * touches the one kept here until the reader asks for a copy. Text goes in through textContent.
 * The labels, the channel fieldset and the table rows are the component's markup; this fills them.
 */
import {
  ALL,
  cleanName,
  isBasis,
  isMonth,
  monthOf,
  parseReport,
  readAmount,
  previousMonth,
  setInput,
  type Field,
  type ReportState,
  type StoryPart,
} from '../../lib/report/model';
import type { MetricId } from '../../lib/report/figures';
import { metricRows } from '../../lib/report/summary';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { el } from '../toolkit/dom';
import { defineElement, SmmElement, type ElementConfig } from '../toolkit/smm-element';
import type { Translate } from '../../lib/ui-strings';
import { buildChannels, type ReportKey, type ReportView } from './report-inputs';
import { fillFigures } from './report-output';

/** The config's own data: the page's Intl locale and the Zarno example, both rendered by the server. */
export interface ReportData {
  locale: string;
  example: ReportState;
}

export class MonthlyReportElement extends SmmElement<ReportData, ReportKey> implements ReportView {
  // The translator and the config are the parts' to read too (report-inputs.ts, report-actions.ts…).
  declare t: Translate<ReportKey>;
  declare config: ElementConfig<ReportData>;
  report!: ReportState;
  readOnly = false;
  format!: (n: number) => string;
  /** The on-demand half of the widget (report-actions.ts with the charts). */
  private actions = () => import('./report-actions');

  protected setup() {
    const numbers = new Intl.NumberFormat(this.config.locale, { maximumFractionDigits: 2 });
    this.format = (n) => numbers.format(n);
    this.report = this.stored();
    this.listen(this, 'change', (event) => this.onChange(event.target as HTMLInputElement));
    this.listen(this, 'input', (event) => this.onInput(event.target as HTMLTextAreaElement));
    this.listen(this, 'click', (event) => this.onClick(event.target as HTMLElement));
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

  say(message: string) {
    this.announce(message);
  }

  private keep() {
    if (!this.readOnly) this.save(STORAGE_KEYS.monthlyReport, JSON.stringify(this.report));
  }

  monthName = (month: string) =>
    new Intl.DateTimeFormat(this.config.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00Z`),
    );

  private scope() {
    return this.required<HTMLSelectElement>('[data-scope]');
  }

  /** Puts the whole report into the page: on load, after an import and when another tab changed it. */
  private render() {
    const { report, readOnly } = this;
    this.required('[data-shared]').hidden = !readOnly;
    this.required<HTMLInputElement>('[data-report-month]').value = report.month;
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-basis]')) {
      radio.checked = radio.value === report.basis;
    }
    this.required('[data-channels]').replaceChildren(...buildChannels(this, this.required('[data-channel-template]')));
    for (const node of this.querySelectorAll<HTMLElement>('[data-edit-only]')) node.hidden = readOnly;
    const scope = this.scope();
    const chosen = scope.value;
    const option = (text: string, value: string) => Object.assign(el('option', text), { value });
    scope.replaceChildren(
      option(this.t('report.allChannels'), ALL),
      ...report.channels.map((c) => option(c.name, c.id)),
    );
    scope.value = chosen;
    if (scope.selectedIndex < 0) scope.value = ALL;
    for (const area of this.querySelectorAll<HTMLTextAreaElement>('[data-story]')) {
      area.value = report.story[area.dataset.story as StoryPart];
      area.readOnly = readOnly;
    }
    this.renderOutput();
  }

  private renderOutput() {
    const { report } = this;
    this.required('[data-title]').textContent = this.t('report.title', { month: this.monthName(report.month) });
    this.required('[data-compared]').textContent = this.t('report.compared', {
      previous: this.monthName(previousMonth(report.month)),
    });
    fillFigures(this, this.required('[data-figures]'), this.scope().value || ALL);
    const metric = this.required<HTMLSelectElement>('[data-chart-metric]').value as MetricId;
    // The charts come after the table, with the rest of the on-demand half; the newest render's arrive last.
    void this.actions().then(({ drawCharts }) => drawCharts(this, this.required('[data-charts]'), metric));
    for (const node of this.querySelectorAll<HTMLElement>('[data-story-print]')) {
      node.textContent = report.story[node.dataset.storyPrint as StoryPart];
    }
  }

  private onChange(input: HTMLInputElement) {
    const data = input.dataset;
    if ('scope' in data || 'chartMetric' in data) return this.renderOutput();
    if (this.readOnly) return;
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
    } else if (data.field || data.target) {
      this.changeNumber(input, data);
    } else if (data.rename) {
      const name = cleanName(input.value);
      const channel = this.report.channels.find((c) => c.id === data.rename);
      if (!channel || !name) return;
      channel.name = name;
      this.keep();
      this.render();
    } else if ('file' in data) {
      void this.actions().then((actions) => actions.importFile(this, input));
    }
  }

  /** A channel's number (with a note saying how it was read) or a target (with its verdict). */
  private changeNumber(input: HTMLInputElement, data: DOMStringMap) {
    const value = readAmount(input.value, this.config.lang === 'bg' ? ',' : '.');
    const note = data.field ? input.nextElementSibling : null;
    input.setAttribute('aria-invalid', String(typeof value === 'string'));
    if (typeof value === 'string') {
      const error = this.t(`report.error.${value}`);
      if (note) note.textContent = error;
      return this.announce(note ? `${input.labels?.[0]?.textContent ?? ''}: ${error}` : error);
    }
    if (note) {
      note.textContent =
        /[\s.,]/.test(input.value.trim()) && value !== undefined
          ? this.t('report.readAs', { value: this.format(value) })
          : '';
    }
    const metric = data.target;
    const scope = this.scope().value || ALL;
    if (metric) {
      const targets = { ...this.report.targets[scope], [metric]: value! };
      if (value === undefined) delete targets[metric];
      this.report = { ...this.report, targets: { ...this.report.targets, [scope]: targets } };
    } else this.report = setInput(this.report, data.month!, data.channel!, data.field as Field, value);
    this.keep();
    this.renderOutput();
    const status = metric && metricRows(this.report, scope).find((r) => r.id === metric)?.status;
    if (status) this.announce(this.t(`report.status.${status}`));
  }

  private onInput(area: HTMLTextAreaElement) {
    const part = area.dataset.story as StoryPart;
    if (!part || this.readOnly) return;
    this.report.story[part] = area.value;
    this.required(`[data-story-print="${part}"]`).textContent = area.value;
    this.keep();
  }

  /** A button's data attribute (its first) names what it does: print and copy here, the rest in report-actions.ts. */
  private onClick(target: HTMLElement) {
    const { name = '', value } =
      [...(target.closest('button')?.attributes ?? [])].find((a) => /^data-/.test(a.name)) ?? {};
    const action = name.slice(5);
    if (action === 'print') print();
    else if (action === 'copy') {
      this.readOnly = false;
      history.replaceState(null, '', location.pathname + location.search);
      this.useReport(this.report, 'report.copied');
    } else if (action) void this.actions().then((actions) => actions.runAction(this, action, value));
  }

  useReport(report: ReportState, message: ReportKey) {
    this.report = report;
    this.keep();
    this.render();
    this.announce(this.t(message));
  }
}

defineElement('smm-monthly-report', MonthlyReportElement);
