/**
 * <smm-class-results>: loads learners' reports (pasted codes, however an email client wrapped
 * them, or .json files) and shows the class as a learner × item matrix, sortable, with a drill-down
 * into each report and a CSV of every detailed row. Versions of the assignment (same title, edited
 * details) are shown as such and can be merged. Report contents only ever reach the page through
 * textContent; item links come from the build-time catalogue, never from a report. Adding reports
 * (class-input.ts), the drill-down and the CSV (class-tools.ts) load on first use.
 */
import type { ItemLinks } from '../../lib/assignments/items';
import { buildMatrix, sortMatrix, type MatrixSort } from '../../lib/assignments/matrix';
import { encodeReportCode, type Report } from '../../lib/assignments/report';
import { decodeReport } from '../../lib/assignments/report-decode';
import { addReport, buildRows, type ResultRow } from '../../lib/assignments/results';
import { formatWhen, localOffsetOn } from '../../lib/assignments/timing';
import { classScope, findVersions, type ClassScope } from '../../lib/assignments/versions';
import { formatCalendarDate } from '../../lib/dates';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { Input } from './class-input';
import { renderKey, renderMatrix } from './class-matrix';

interface ClassResultsData {
  items: ItemLinks;
  /** The final assessment's pass mark, stated next to the assignment's own. */
  finalMark: number;
}

/** Reads a stored JSON list of strings; anything else is an empty list. */
function readList(stored: string | null): string[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export class ClassResultsElement extends SmmElement<ClassResultsData, UiKeyWith<'assign.'>> {
  private reports: Report[] = [];
  /** Ids of the assignment versions the instructor merged into one class. */
  private merged: string[] = [];
  private sort: MatrixSort = { key: 'learner', direction: 'ascending' };
  private scope?: ClassScope;
  /** Every detailed row, the class's in the matrix's order first: what the CSV holds. */
  private rows: ResultRow[] = [];
  private compare!: (a: string, b: string) => number;

  protected setup() {
    this.compare = new Intl.Collator(this.config.lang, { sensitivity: 'base', numeric: true }).compare;
    this.restore();
    this.listen(this.required('[data-paste-form]'), 'submit', (event) => {
      event.preventDefault();
      void this.addPasted();
    });
    const files = this.required<HTMLInputElement>('#assign-files');
    this.listen(files, 'change', () => void this.addFiles([...(files.files ?? [])]).then(() => (files.value = '')));
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
    this.listen(this, 'click', (event) => this.onClick(event));
    // Reports added or removed, or versions merged, in another tab show up here too.
    for (const key of [STORAGE_KEYS.classReports, STORAGE_KEYS.classMerged]) {
      this.watchKey(key, () => {
        this.restore();
        this.render();
      });
    }
    this.render();
  }

  /** Reports and merges kept from an earlier visit; anything unreadable in storage is skipped. */
  private restore() {
    this.reports = [];
    for (const code of readList(this.store.read(STORAGE_KEYS.classReports))) {
      const decoded = decodeReport(code);
      if (decoded.ok) this.reports = addReport(this.reports, decoded.report).reports;
    }
    this.merged = readList(this.store.read(STORAGE_KEYS.classMerged));
  }

  private saveAll() {
    this.save(STORAGE_KEYS.classReports, JSON.stringify(this.reports.map(encodeReportCode)));
    this.save(STORAGE_KEYS.classMerged, JSON.stringify(this.merged));
  }

  private async addPasted() {
    const area = this.required<HTMLTextAreaElement>('#assign-codes');
    const text = area.value;
    const { readPasted } = await import('./class-input');
    // Lines that could not be read stay, so nothing is lost and they can be fixed.
    area.value = (await this.addInputs(readPasted(text, this.t))).map((input) => input.text).join('\n');
  }

  private async addFiles(files: File[]) {
    const { readFiles } = await import('./class-input');
    await this.addInputs(await readFiles(files));
  }

  /** Adds what can be read, lists what happened to each input, and returns those that failed. */
  private async addInputs(inputs: Input[]): Promise<Input[]> {
    const { t } = this;
    const { addInputs } = await import('./class-input');
    const { reports, messages, added, failed } = addInputs(this.reports, inputs, t);
    this.reports = reports;
    this.required('[data-messages]').replaceChildren(...messages);
    if (!inputs.length) this.announce(t('assign.class.nothing'));
    else {
      this.saveAll();
      this.render();
      this.announce(t('assign.class.summary', { added, failed: failed.length }));
    }
    return failed;
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!button || !this.contains(button)) return;
    const { t } = this;
    const { sort, remove, detail } = button.dataset;
    if (sort) {
      const direction = this.sort.key === sort && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
      this.sort = { key: sort, direction };
      this.render();
      this.querySelector<HTMLElement>(`[data-sort="${CSS.escape(sort)}"]`)?.focus();
      const column = button.firstChild?.textContent?.trim() ?? sort;
      this.announce(t(`assign.class.sorted.${direction}`, { column }));
    } else if (detail !== undefined) {
      void this.showDetail(Number(detail));
    } else if (remove !== undefined) {
      const removed = this.reports[Number(remove)];
      this.reports = this.reports.filter((_, index) => index !== Number(remove));
      this.afterRemoval(removed ? t('assign.class.removed', { name: removed.learner }) : '');
    } else if (button.dataset.clear !== undefined) {
      if (!window.confirm(t('assign.class.clearConfirm'))) return;
      this.reports = [];
      this.merged = [];
      this.afterRemoval(t('assign.class.cleared'));
    } else if (button.dataset.merge !== undefined) {
      const merge = this.scope?.members.size === 1;
      this.merged = merge ? findVersions(this.reports).map((version) => version.assignment.id) : [];
      this.saveAll();
      this.render();
      this.announce(t(merge ? 'assign.versions.mergedNow' : 'assign.versions.splitNow'));
    } else if (button.dataset.export !== undefined) {
      void this.exportCsv();
    } else if (button.dataset.print !== undefined) {
      window.print();
    }
  }

  private afterRemoval(message: string) {
    this.saveAll();
    this.render();
    this.required('#assign-codes').focus();
    if (message) this.announce(message);
  }

  private show(selector: string, text: string) {
    this.required(selector).textContent = text;
  }

  private formatDue(due: string | undefined) {
    return due ? formatCalendarDate(this.config.lang, due) : this.t('assign.noDue');
  }

  private render() {
    const { t } = this;
    const { items, finalMark } = this.config;
    this.required('[data-results]').hidden = this.reports.length === 0;
    this.required('[data-detail-panel]').hidden = true;
    const scope = (this.scope = classScope(this.reports, this.merged));
    if (!scope) return;
    const { reference, members } = scope;
    this.show(
      '[data-ref-assignment]',
      t('assign.report.assignmentValue', { title: reference.title, id: reference.id }),
    );
    this.show('[data-ref-due]', this.formatDue(reference.due));
    this.show('[data-ref-pass]', t('assign.passMarkRule', { passMark: reference.passMark, finalMark }));
    this.renderVersions(scope);

    const all = buildRows(this.reports, localOffsetOn, scope);
    const matrix = buildMatrix(all);
    const sorted = sortMatrix(matrix, this.sort, this.compare);
    const order = [...sorted.map((row) => row.report), ...this.reports.keys()];
    this.rows = [...new Set(order)].flatMap((index) => all.filter((row) => row.report === index));
    renderMatrix(this.required('[data-matrix]'), matrix, sorted, { t, items, sort: this.sort });
    renderKey(this.required('[data-matrix-key]'), matrix, t, items);
    const others = this.reports.filter((report) => !members.has(report.assignment.id)).length;
    const note = this.required('[data-matrix-others]');
    note.hidden = !others;
    note.textContent = t('assign.matrix.others', { count: others });

    this.show('[data-loaded]', t('assign.class.loaded', { count: this.reports.length }));
    this.required('[data-report-list]').replaceChildren(
      ...this.reports.map((report, index) => this.reportItem(report, index, all)),
    );
  }

  /** The versions box: shown only when an edited assignment sent reports, so its code loads then. */
  private renderVersions(scope: ClassScope) {
    const versions = findVersions(this.reports);
    const box = this.required('[data-versions]');
    box.hidden = !versions.length;
    if (!versions.length) return;
    const merged = scope.members.size > 1;
    const formatDue = (due: string | undefined) => this.formatDue(due);
    void import('./class-tools').then(({ fillVersions }) => fillVersions(box, versions, merged, this.t, formatDue));
  }

  /** How a report relates to the class: the same assignment, a version of it, or another one. */
  private relation(report: Report): string {
    const { t } = this;
    const { id, title, due } = report.assignment;
    const first = this.reports[0]!.assignment;
    if (id === first.id) return '';
    const values = { title, id, due: this.formatDue(due) };
    if (this.scope?.members.has(id)) return t('assign.class.mergedVersion', values);
    const versions = findVersions(this.reports).map((version) => version.assignment.id);
    const position = versions.indexOf(id);
    if (position < 0) return t('assign.class.otherAssignment', values);
    return t(position > versions.indexOf(first.id) ? 'assign.class.newerVersion' : 'assign.class.olderVersion', values);
  }

  private reportItem(report: Report, index: number, rows: readonly ResultRow[]): HTMLElement {
    const { t } = this;
    const own = rows.filter((row) => row.report === index);
    const done = own.filter((row) => row.status === 'done').length;
    const li = el('li');
    const name = el('button', report.learner, `assign-name${/\S{20,}/.test(report.learner) ? ' is-long' : ''}`);
    name.type = 'button';
    name.dataset.detail = String(index);
    const date = formatWhen(this.config.lang, report.generatedAt);
    li.append(name, ` — ${t('assign.class.reportLine', { done, total: own.length, date })}`);
    const relation = this.relation(report);
    if (relation) li.append(el('span', relation, 'assign-flag'));
    if (!this.scope?.members.has(report.assignment.id)) li.className = 'is-other';
    const remove = el('button', t('assign.class.remove'), 'assign-button is-small is-secondary');
    remove.type = 'button';
    remove.dataset.remove = String(index);
    remove.setAttribute('aria-label', t('assign.class.removeNamed', { name: report.learner }));
    li.append(remove);
    return li;
  }

  /** The drill-down: one report item by item, judged as the matrix judges it. */
  private async showDetail(index: number) {
    const { fillItemRows } = await import('./class-tools');
    const report = this.reports[index];
    if (!report || !this.scope) return;
    const { t } = this;
    const { lang, items } = this.config;
    const member = this.scope.members.has(report.assignment.id);
    this.show('[data-detail-heading]', t('assign.class.detailHeading', { name: report.learner }));
    this.show(
      '[data-detail-meta]',
      [this.relation(report), t('assign.report.generated'), formatWhen(lang, report.generatedAt)]
        .filter(Boolean)
        .join(' · '),
    );
    fillItemRows(this.required('[data-detail-rows]'), report, member ? this.scope.reference : report.assignment, {
      t,
      lang,
      items,
    });
    this.required('[data-detail-panel]').hidden = false;
    this.required('[data-detail-heading]').focus();
  }

  private async exportCsv() {
    const { downloadCsv } = await import('./class-tools');
    const { t } = this;
    const { items, lang } = this.config;
    this.announce(downloadCsv(this.rows, this.scope?.reference.id ?? 'empty', { t, lang, items }));
  }
}

defineElement('smm-class-results', ClassResultsElement);
