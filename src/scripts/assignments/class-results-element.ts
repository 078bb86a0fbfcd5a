/**
 * <smm-class-results>: loads learners' reports (pasted codes or .json files), shows them as one
 * table of learner × item, sorts, filters and exports it. Report contents only ever reach the page
 * through textContent, and item links come from the build-time catalogue, never from a report.
 */
import { itemKey, type ItemLinks } from '../../lib/assignments/items';
import { encodeReportCode, MAX_REPORT_LENGTH, summariseReport, type Report } from '../../lib/assignments/report';
import { decodeReport } from '../../lib/assignments/report-decode';
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
} from '../../lib/assignments/results';
import { localOffsetOn } from '../../lib/assignments/timing';
import { formatCalendarDate, formatTimestamp } from '../../lib/dates';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { el, siteLink } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';

interface ClassResultsData {
  items: ItemLinks;
}

interface Input {
  label: string;
  text: string;
}

export class ClassResultsElement extends SmmElement<ClassResultsData, UiKeyWith<'assign.'>> {
  private reports: Report[] = [];
  private sort: Sort = { key: 'learner', direction: 'ascending' };
  private shown: ResultRow[] = [];
  private collator!: Intl.Collator;

  protected setup() {
    this.collator = new Intl.Collator(this.config.lang, { sensitivity: 'base', numeric: true });
    this.restore(this.store.read(STORAGE_KEYS.classReports));
    this.listen(this.required('[data-paste-form]'), 'submit', (event) => {
      event.preventDefault();
      this.addPasted();
    });
    const files = this.required<HTMLInputElement>('#assign-files');
    this.listen(files, 'change', () => {
      void this.addFiles([...(files.files ?? [])]).then(() => (files.value = ''));
    });
    const drop = this.required('[data-drop]');
    this.listen<DragEvent>(drop, 'dragover', (event) => {
      event.preventDefault();
      drop.classList.add('is-over');
    });
    this.listen(drop, 'dragleave', () => drop.classList.remove('is-over'));
    this.listen<DragEvent>(drop, 'drop', (event) => {
      event.preventDefault();
      drop.classList.remove('is-over');
      void this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.listen(this, 'input', (event) => {
      if ((event.target as HTMLElement).matches('[data-filter-name]')) this.render();
    });
    this.listen(this, 'change', (event) => {
      if ((event.target as HTMLElement).matches('[data-filter-status]')) this.render();
    });
    this.listen(this, 'click', (event) => this.onClick(event));
    // Reports added or removed in another tab show up here too.
    this.watchKey(STORAGE_KEYS.classReports, (value) => {
      this.reports = [];
      this.restore(value);
      this.render();
    });
    this.render();
  }

  /** Reports kept from an earlier visit; anything unreadable in storage is skipped. */
  private restore(stored: string | null) {
    let codes: unknown;
    try {
      codes = JSON.parse(stored ?? '[]');
    } catch {
      codes = [];
    }
    if (!Array.isArray(codes)) return;
    for (const code of codes) {
      const decoded = typeof code === 'string' ? decodeReport(code) : undefined;
      if (decoded?.ok) this.reports = addReport(this.reports, decoded.report).reports;
    }
  }

  private saveReports() {
    this.save(STORAGE_KEYS.classReports, JSON.stringify(this.reports.map(encodeReportCode)));
  }

  private addPasted() {
    const area = this.required<HTMLTextAreaElement>('#assign-codes');
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
  private addInputs(inputs: Input[]): Input[] {
    const { t } = this;
    const messages: HTMLElement[] = [];
    const failed: Input[] = [];
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
      messages.push(el('li', `${input.label}: ${text}`, decoded.ok ? 'is-ok' : 'is-error'));
    }
    this.required('[data-messages]').replaceChildren(...messages);
    if (!inputs.length) {
      this.announce(t('assign.class.nothing'));
      return failed;
    }
    this.saveReports();
    this.render();
    this.announce(t('assign.class.summary', { added, failed: failed.length }));
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
      this.announce(this.t(`assign.class.sorted.${direction}`, { column: button.textContent?.trim() ?? key }));
    } else if (remove !== undefined) {
      const removed = this.reports[Number(remove)];
      this.reports = this.reports.filter((_, index) => index !== Number(remove));
      this.afterRemoval(removed ? this.t('assign.class.removed', { name: removed.learner }) : '');
    } else if (button.dataset.clear !== undefined) {
      if (!window.confirm(this.t('assign.class.clearConfirm'))) return;
      this.reports = [];
      this.afterRemoval(this.t('assign.class.cleared'));
    } else if (button.dataset.export !== undefined) {
      this.exportShown();
    } else if (button.dataset.print !== undefined) {
      window.print();
    }
  }

  private afterRemoval(message: string) {
    this.saveReports();
    this.render();
    this.required('#assign-codes').focus();
    if (message) this.announce(message);
  }

  private render() {
    const { t } = this;
    const { lang } = this.config;
    this.required('[data-results]').hidden = this.reports.length === 0;
    const reference = this.reports[0]?.assignment;
    if (!reference) return;
    this.required('[data-ref-assignment]').textContent = t('assign.report.assignmentValue', {
      title: reference.title,
      id: reference.id,
    });
    this.required('[data-ref-due]').textContent = reference.due
      ? formatCalendarDate(lang, reference.due)
      : t('assign.noDue');
    this.required('[data-ref-pass]').textContent = `${reference.passMark}%`;
    this.required('[data-report-list]').replaceChildren(
      ...this.reports.map((report, index) => this.reportItem(report, index)),
    );

    const status = this.required<HTMLSelectElement>('[data-filter-status]').value as StatusFilter;
    const filter = {
      name: this.required<HTMLInputElement>('[data-filter-name]').value,
      status: STATUS_FILTERS.includes(status) ? status : 'all',
    };
    const all = buildRows(this.reports, localOffsetOn);
    this.shown = sortRows(filterRows(all, filter), this.sort, this.collator.compare);
    this.required('[data-rows]').replaceChildren(...this.shown.map((row) => this.rowElement(row)));
    this.required('[data-count]').textContent = t('assign.class.count', {
      shown: this.shown.length,
      total: all.length,
    });
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
      const active = th.dataset.sortColumn === this.sort.key;
      if (active) th.setAttribute('aria-sort', this.sort.direction);
      else th.removeAttribute('aria-sort');
      th.querySelector('.assign-sort-icon')!.textContent = active
        ? this.sort.direction === 'ascending'
          ? '▲'
          : '▼'
        : '';
    }
  }

  private time(iso: string) {
    return formatTimestamp(this.config.lang, iso, { withTime: true, style: 'medium' });
  }

  private reportItem(report: Report, index: number): HTMLElement {
    const { t } = this;
    const reference = this.reports[0]!.assignment;
    const { done, total } = summariseReport(report);
    const li = el('li');
    li.append(
      el('strong', report.learner, /\S{20,}/.test(report.learner) ? 'is-long' : undefined),
      ` — ${t('assign.class.reportLine', { done, total, date: this.time(report.generatedAt) })}`,
    );
    if (report.assignment.id !== reference.id) {
      li.className = 'is-other';
      const { title, id } = report.assignment;
      li.append(el('span', t('assign.class.otherAssignment', { title, id }), 'assign-flag'));
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
      el('td', row.time ? this.time(row.time) : '—'),
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
    this.announce(t('assign.class.exported', { count: this.shown.length }));
  }
}

defineElement('smm-class-results', ClassResultsElement);
