/**
 * <smm-monthly-report>: the monthly report builder. Keeps the report on the device
 * (STORAGE_KEYS.monthlyReport), works out every figure with its formula, draws the charts, and
 * exports CSV, Markdown and a read-only share link. A link's report is shown read-only and never
 * touches the one kept here until the reader asks for a copy. Text goes in through textContent.
 */
import { intlLocale } from '../../lib/dates';
import { isRecord } from '../../lib/guards';
import { parseNumberInput } from '../../lib/number-input';
import { applyCsvRows, buildInputsCsv, CSV_COLUMNS, MAX_CSV_LENGTH, readReportCsv } from '../../lib/report/csv-import';
import { exampleReport } from '../../lib/report/example';
import { METRIC_IDS, type MetricId } from '../../lib/report/figures';
import {
  ALL,
  cleanName,
  isBasis,
  isChannelKind,
  isMonth,
  MAX_CHANNELS,
  monthOf,
  nextChannelId,
  parseReport,
  previousMonth,
  removeChannel,
  setInput,
  STORY_PARTS,
  type Field,
  type ReportState,
} from '../../lib/report/model';
import { decodeReport, encodeReport } from '../../lib/report/share';
import { buildFiguresCsv, buildMarkdown, metricRows, type ExportLabels } from '../../lib/report/summary';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { buildChannels, readField, type ReportKey } from './report-inputs';
import { buildCharts, buildFigureRows, type OutputContext } from './report-output';

/** KPI plan ids (src/lib/workbench/kpi.ts) whose targets the report can take, and its metric for each. */
const KPI_TARGETS: Record<string, MetricId> = {
  reach: 'reach',
  impressions: 'impressions',
  'engagement-rate': 'er',
  'click-through-rate': 'ctr',
  conversions: 'conversions',
  'follower-growth': 'growth',
};
const EXPORT_COLUMNS = ['scope', 'metric', 'current', 'previous', 'change', 'target', 'status'] as const;

export class MonthlyReportElement extends SmmElement<object, ReportKey> {
  private report!: ReportState;
  private readOnly = false;
  private format!: (n: number) => string;

  protected setup() {
    const numbers = new Intl.NumberFormat(intlLocale(this.config.lang), { maximumFractionDigits: 2 });
    this.format = (n) => numbers.format(n);
    this.report = this.stored();
    if (location.hash.length > 1) this.openLink(location.hash);
    this.listen(this, 'change', (event) => this.onChange(event.target as HTMLInputElement));
    this.listen(this, 'input', (event) => this.onInput(event.target as HTMLTextAreaElement));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.watchKey(STORAGE_KEYS.monthlyReport, () => {
      if (this.readOnly) return;
      this.report = this.stored();
      this.render();
    });
    this.render();
  }

  private stored() {
    return parseReport(this.store.read(STORAGE_KEYS.monthlyReport), monthOf(new Date()));
  }

  private openLink(hash: string) {
    const decoded = decodeReport(hash);
    const message = this.required('[data-link-message]');
    if (decoded.ok) {
      this.report = decoded.data;
      this.readOnly = true;
    } else {
      message.textContent = this.t(`report.link.${decoded.reason}`);
    }
    message.hidden = decoded.ok;
  }

  private keep() {
    if (!this.readOnly) this.save(STORAGE_KEYS.monthlyReport, JSON.stringify(this.report));
  }

  private monthName = (month: string) => {
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
    this.required('[data-charts]').replaceChildren(...buildCharts(this.report, metric, ctx));
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
      void this.importFile(input);
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
    if ('remove' in data && data.remove) this.dropChannel(data.remove);
    else if ('add' in data) this.addChannel();
    else if ('import' in data) this.importText(this.required<HTMLTextAreaElement>('[data-csv]').value);
    else if ('template' in data) this.downloadInputs(true);
    else if ('exportInputs' in data) this.downloadInputs(false);
    else if ('exportCsv' in data) this.exportFigures('csv');
    else if ('exportMd' in data) this.exportFigures('md');
    else if ('share' in data) void this.share();
    else if ('print' in data) window.print();
    else if ('example' in data) this.useReport(exampleReport(), 'report.exampleLoaded');
    else if ('kpi' in data) this.importKpiTargets();
    else if ('copy' in data) this.editCopy();
  }

  private useReport(report: ReportState, message: ReportKey) {
    this.report = report;
    this.keep();
    this.render();
    this.announce(this.t(message));
  }

  private dropChannel(id: string) {
    const channel = this.report.channels.find((c) => c.id === id);
    if (!channel) return;
    this.useReport(removeChannel(this.report, id), 'report.removed');
    this.required<HTMLElement>('[data-add]').focus();
  }

  private addChannel() {
    const kind = this.required<HTMLSelectElement>('[data-new-kind]').value;
    const nameField = this.required<HTMLInputElement>('[data-new-name]');
    const name = cleanName(nameField.value) || this.t(`report.kind.${isChannelKind(kind) ? kind : 'other'}`);
    if (this.report.channels.length >= MAX_CHANNELS || !isChannelKind(kind)) {
      return this.announce(this.t('report.tooManyChannels', { max: MAX_CHANNELS }));
    }
    const channels = [...this.report.channels, { id: nextChannelId(this.report.channels), kind, name }];
    nameField.value = '';
    this.useReport({ ...this.report, channels }, 'report.added');
  }

  private importText(text: string) {
    const list = this.required('[data-csv-problems]');
    list.replaceChildren();
    const reading = readReportCsv(text, this.config.lang);
    if (!reading.ok) {
      if ('failure' in reading) list.append(el('li', this.t(`report.csv.${reading.failure}`)));
      else {
        for (const p of reading.problems) {
          const column = CSV_COLUMNS.indexOf(p.column) + 1;
          list.append(el('li', this.t(`report.csv.cell.${p.problem}`, { row: p.row, column })));
        }
      }
      return this.announce(this.t('report.csv.failed'));
    }
    const report = applyCsvRows(this.report, reading.rows);
    if (!report) return this.announce(this.t('report.csv.too-many-channels'));
    this.useReport(report, 'report.csv.imported');
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A file several times the paste limit is not worth reading into memory.
    if (file.size > MAX_CSV_LENGTH * 4) return this.importText('x'.repeat(MAX_CSV_LENGTH + 1));
    this.importText(await file.text());
  }

  private downloadInputs(template: boolean) {
    const report = template ? exampleReport() : this.report;
    const months = [report.month, previousMonth(report.month)];
    const header = CSV_COLUMNS.map((c) => this.t(`report.col.${c}`));
    const name = template
      ? `monthly-report-template-${this.config.lang}.csv`
      : `monthly-report-${report.month}-numbers.csv`;
    downloadText(name, buildInputsCsv(report, months, header, this.config.lang), 'text/csv;charset=utf-8');
  }

  private labels(): ExportLabels {
    return {
      header: EXPORT_COLUMNS.map((c) => this.t(`report.export.${c}`)),
      metric: (id) => this.t(`report.metric.${id}`),
      status: (status) => this.t(`report.status.${status}`),
      scope: (scope) =>
        scope === ALL
          ? this.t('report.allChannels')
          : (this.report.channels.find((c) => c.id === scope)?.name ?? scope),
    };
  }

  private exportFigures(kind: 'csv' | 'md') {
    const base = `monthly-report-${this.report.month}`;
    if (kind === 'csv') {
      downloadText(
        `${base}.csv`,
        buildFiguresCsv(this.report, this.config.lang, this.labels()),
        'text/csv;charset=utf-8',
      );
    } else {
      const title = this.t('report.title', { month: this.monthName(this.report.month) });
      const story = STORY_PARTS.map((p) => [this.t(`report.story.${p}`), this.report.story[p]] as [string, string]);
      const md = buildMarkdown(
        this.report,
        { ...this.labels(), title, story, points: this.t('report.points') },
        this.format,
      );
      downloadText(`${base}.md`, md, 'text/markdown;charset=utf-8');
    }
    this.announce(this.t('report.exported'));
  }

  private async share() {
    const hash = encodeReport(this.report);
    const field = this.required<HTMLInputElement>('[data-share-link]');
    field.parentElement!.hidden = !hash;
    if (!hash) return this.announce(this.t('report.share.tooBig'));
    field.value = `${location.origin}${location.pathname}#${hash}`;
    const copied = await copyText(field.value, field);
    this.announce(this.t(copied ? 'report.share.copied' : 'report.share.select'));
  }

  private importKpiTargets() {
    let plan: unknown;
    try {
      plan = JSON.parse(this.store.read(STORAGE_KEYS.kpiPlan) ?? '');
    } catch {
      plan = undefined;
    }
    const targets = { ...this.report.targets[ALL] };
    let count = 0;
    const entries = isRecord(plan) && isRecord(plan.entries) ? plan.entries : {};
    for (const [kpi, metric] of Object.entries(KPI_TARGETS)) {
      const entry = entries[kpi];
      const text = isRecord(entry) && typeof entry.target === 'string' ? entry.target.replace(/%\s*$/, '') : '';
      const reading = parseNumberInput(text, this.config.lang === 'bg' ? ',' : '.');
      if (!reading.ok || reading.value < 0 || !METRIC_IDS.includes(metric)) continue;
      targets[metric] = reading.value;
      count++;
    }
    if (!count) return this.announce(this.t('report.kpi.none'));
    this.useReport({ ...this.report, targets: { ...this.report.targets, [ALL]: targets } }, 'report.kpi.imported');
  }

  private editCopy() {
    this.readOnly = false;
    history.replaceState(null, '', location.pathname + location.search);
    this.useReport(this.report, 'report.copied');
  }
}

defineElement('smm-monthly-report', MonthlyReportElement);
