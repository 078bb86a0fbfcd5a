/**
 * <smm-class-results>: loads learners' reports (pasted codes or .json files), shows them as one
 * table of learner × item, sorts, filters and exports it. Report contents only ever reach the page
 * through textContent, and item links come from the build-time catalogue, never from a report.
 */
import { encodeReportCode, MAX_REPORT_LENGTH, summariseReport, type Report } from '../lib/assignments/report';
import { decodeReport } from '../lib/assignments/report-decode';
import { itemKey } from '../lib/assignments/items';
import {
  addReport,
  buildRows,
  CSV_COLUMNS,
  exportCsv,
  filterRows,
  sortRows,
  STATUS_FILTERS,
  type ResultRow,
  type Sort,
  type SortKey,
  type StatusFilter,
} from '../lib/assignments/results';
import { createSafeStore, STORAGE_PREFIX, type SafeStore } from '../lib/storage';
import {
  $,
  announce,
  el,
  formatDue,
  formatTime,
  makeTranslate,
  offsetOn,
  readConfig,
  revealControls,
  siteLink,
  type BaseConfig,
  type Translate,
} from './assignment-dom';
import { downloadText } from './toolkit/download';

const STORE_KEY = 'assign:class-reports';

class ClassResults extends HTMLElement {
  private config!: BaseConfig;
  private t!: Translate;
  private store!: SafeStore;
  private reports: Report[] = [];
  private sort: Sort = { key: 'learner', direction: 'ascending' };
  private shown: ResultRow[] = [];
  private collator!: Intl.Collator;

  connectedCallback() {
    const config = readConfig<BaseConfig>(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = makeTranslate(config.strings);
    this.collator = new Intl.Collator(config.lang, { sensitivity: 'base', numeric: true });
    this.store = createSafeStore(() => window.localStorage);
    revealControls(this);
    this.restore();
    $(this, '[data-paste-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.addPasted();
    });
    const files = $<HTMLInputElement>(this, '#assign-files');
    files.addEventListener('change', () => {
      void this.addFiles([...(files.files ?? [])]).then(() => (files.value = ''));
    });
    const drop = $(this, '[data-drop]');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('is-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('is-over');
      void this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('[data-filter-name]')) this.render();
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('[data-filter-status]')) this.render();
    });
    this.addEventListener('click', (event) => this.onClick(event));
    // Reports added or removed in another tab show up here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== `${STORAGE_PREFIX}${STORE_KEY}`) return;
      this.reports = [];
      this.restore();
      this.render();
    });
    this.render();
  }

  /** Reports kept from an earlier visit; anything unreadable in storage is skipped. */
  private restore() {
    let codes: unknown;
    try {
      codes = JSON.parse(this.store.read(STORE_KEY) ?? '[]');
    } catch {
      codes = [];
    }
    if (!Array.isArray(codes)) return;
    for (const code of codes) {
      const decoded = typeof code === 'string' ? decodeReport(code) : undefined;
      if (decoded?.ok) this.reports = addReport(this.reports, decoded.report).reports;
    }
  }

  private save() {
    this.store.write(STORE_KEY, JSON.stringify(this.reports.map(encodeReportCode)));
    $(this, '[data-storage-notice]').hidden = this.store.persistent;
  }

  private addPasted() {
    const area = $<HTMLTextAreaElement>(this, '#assign-codes');
    const text = area.value.trim();
    // A pasted .json file spans several lines; codes come one per line.
    const lines = text.startsWith('{') ? [text] : text.split(/\r?\n/);
    const inputs = lines
      .map((line, index) => ({ label: this.t('assign.class.line', { number: index + 1 }), text: line }))
      .filter((input) => input.text.trim());
    const failed = this.addInputs(inputs);
    // Lines that could not be read stay, so nothing is lost and they can be fixed.
    area.value = failed.map((input) => input.text).join('\n');
  }

  private async addFiles(files: File[]) {
    const inputs = await Promise.all(
      files.map(async (file) => ({
        label: file.name,
        // Oversized files are not read at all; their text becomes something decodeReport rejects.
        text: file.size > MAX_REPORT_LENGTH * 4 ? 'x'.repeat(MAX_REPORT_LENGTH + 1) : await file.text().catch(() => ''),
      })),
    );
    this.addInputs(inputs);
  }

  /** Adds what can be read, lists what happened to each input, and returns those that failed. */
  private addInputs(inputs: { label: string; text: string }[]) {
    const { t } = this;
    const messages: HTMLElement[] = [];
    const failed: typeof inputs = [];
    let added = 0;
    for (const input of inputs) {
      const decoded = decodeReport(input.text);
      let text: string;
      if (!decoded.ok) {
        failed.push(input);
        text = t(`assign.reportError.${decoded.reason}`);
      } else {
        const result = addReport(this.reports, decoded.report);
        this.reports = result.reports;
        if (result.outcome === 'added' || result.outcome === 'replaced') added++;
        text = t(`assign.class.outcome.${result.outcome}`, { name: decoded.report.learner });
      }
      const item = el('li', `${input.label}: ${text}`, decoded.ok ? 'is-ok' : 'is-error');
      messages.push(item);
    }
    $(this, '[data-messages]').replaceChildren(...messages);
    if (!inputs.length) {
      announce(this, t('assign.class.nothing'));
      return failed;
    }
    this.save();
    this.render();
    announce(this, t('assign.class.summary', { added, failed: failed.length }));
    return failed;
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!button || !this.contains(button)) return;
    const { sort, remove } = button.dataset;
    if (sort) {
      const key = sort as SortKey;
      const direction = this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
      this.sort = { key, direction };
      this.render();
      announce(this, this.t(`assign.class.sorted.${direction}`, { column: button.textContent?.trim() ?? key }));
    } else if (remove !== undefined) {
      const removed = this.reports[Number(remove)];
      this.reports = this.reports.filter((_, index) => index !== Number(remove));
      this.save();
      this.render();
      $<HTMLElement>(this, '#assign-codes').focus();
      if (removed) announce(this, this.t('assign.class.removed', { name: removed.learner }));
    } else if (button.dataset.clear !== undefined) {
      if (!window.confirm(this.t('assign.class.clearConfirm'))) return;
      this.reports = [];
      this.save();
      this.render();
      $<HTMLElement>(this, '#assign-codes').focus();
      announce(this, this.t('assign.class.cleared'));
    } else if (button.dataset.export !== undefined) {
      this.exportShown();
    } else if (button.dataset.print !== undefined) {
      window.print();
    }
  }

  private render() {
    const { t } = this;
    const { lang } = this.config;
    const results = $(this, '[data-results]');
    results.hidden = this.reports.length === 0;
    const reference = this.reports[0]?.assignment;
    if (!reference) return;
    $(this, '[data-ref-assignment]').textContent = t('assign.report.assignmentValue', {
      title: reference.title,
      id: reference.id,
    });
    $(this, '[data-ref-due]').textContent = reference.due ? formatDue(lang, reference.due) : t('assign.noDue');
    $(this, '[data-ref-pass]').textContent = `${reference.passMark}%`;
    $(this, '[data-report-list]').replaceChildren(
      ...this.reports.map((report, index) => this.reportItem(report, index)),
    );

    const status = $<HTMLSelectElement>(this, '[data-filter-status]').value as StatusFilter;
    const filter = {
      name: $<HTMLInputElement>(this, '[data-filter-name]').value,
      status: STATUS_FILTERS.includes(status) ? status : 'all',
    };
    const all = buildRows(this.reports, offsetOn);
    this.shown = sortRows(filterRows(all, filter), this.sort, this.collator.compare);
    $(this, '[data-rows]').replaceChildren(...this.shown.map((row) => this.rowElement(row)));
    $(this, '[data-count]').textContent = t('assign.class.count', { shown: this.shown.length, total: all.length });
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
      const active = th.dataset.sortColumn === this.sort.key;
      if (active) th.setAttribute('aria-sort', this.sort.direction);
      else th.removeAttribute('aria-sort');
      $(th, '.assign-sort-icon').textContent = active ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '';
    }
  }

  private reportItem(report: Report, index: number): HTMLElement {
    const { t } = this;
    const reference = this.reports[0]!.assignment;
    const { done, total } = summariseReport(report);
    const li = el('li');
    li.append(
      el('strong', report.learner, /\S{20,}/.test(report.learner) ? 'is-long' : undefined),
      ` — ${t('assign.class.reportLine', { done, total, date: formatTime(this.config.lang, report.generatedAt) })}`,
    );
    if (report.assignment.id !== reference.id) {
      li.className = 'is-other';
      li.append(
        el(
          'span',
          t('assign.class.otherAssignment', { title: report.assignment.title, id: report.assignment.id }),
          'assign-flag',
        ),
      );
    }
    const remove = el('button', t('assign.class.remove'), 'assign-button is-small');
    remove.type = 'button';
    remove.dataset.remove = String(index);
    remove.setAttribute('aria-label', t('assign.class.removeNamed', { name: report.learner }));
    li.append(remove);
    return li;
  }

  private rowElement(row: ResultRow): HTMLElement {
    const { t } = this;
    const tr = el('tr', undefined, row.sameAssignment ? '' : 'is-other');
    const learner = el('td');
    learner.append(el('span', row.learner, /\S{20,}/.test(row.learner) ? 'is-long' : undefined));
    if (!row.sameAssignment) learner.append(el('span', t('assign.class.otherShort'), 'assign-flag'));
    const item = el('td');
    const entry = this.config.items[itemKey(row.item)];
    item.append(siteLink(entry?.href, entry?.title ?? row.item.id));
    const score =
      row.best === undefined ? '—' : t('assign.class.score', { best: row.best, attempts: row.attempts ?? 0 });
    tr.append(
      learner,
      item,
      el('td', t(`assign.status.${row.detail}`), `assign-status is-${row.status}`),
      el('td', score),
      el('td', row.time ? formatTime(this.config.lang, row.time) : '—'),
      el('td', row.timeliness === 'none' ? '—' : t(`assign.timeliness.${row.timeliness}`), `is-${row.timeliness}`),
    );
    return tr;
  }

  private exportShown() {
    const { t } = this;
    const csv = exportCsv(this.shown, {
      header: CSV_COLUMNS.map((column) => t(`assign.csv.${column}`)),
      itemTitle: (item) => this.config.items[itemKey(item)]?.title ?? item.id,
      detail: (detail) => t(`assign.status.${detail}`),
      timeliness: (timeliness) => t(`assign.timeliness.${timeliness}`),
      yes: t('assign.csv.yes'),
      no: t('assign.csv.no'),
    });
    downloadText(`class-results-${this.reports[0]?.assignment.id ?? 'empty'}.csv`, csv, 'text/csv;charset=utf-8');
    announce(this, t('assign.class.exported', { count: this.shown.length }));
  }
}

if (!customElements.get('smm-class-results')) customElements.define('smm-class-results', ClassResults);
