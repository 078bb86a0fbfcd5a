/**
 * <smm-assignment>: shows the assignment in the link's "#…" with each item's status from this
 * browser's progress, and makes the learner's completion report (code, .json file, print).
 * Nothing from the link is parsed as HTML; item links come only from the build-time catalogue.
 */
import { decodeAssignment, type Assignment } from '../lib/assignments/assignment';
import { itemKey } from '../lib/assignments/items';
import {
  assessItem,
  buildReport,
  encodeReportCode,
  encodeReportFile,
  summariseReport,
  type Report,
} from '../lib/assignments/report';
import { cleanText, NAME_MAX } from '../lib/assignments/text';
import { computeDeadline, judgeTimeliness } from '../lib/assignments/timing';
import { getLessonStatus, parseLessonProgress } from '../lib/progress/lessons';
import { parseRecord } from '../lib/quiz/record';
import { createSafeStore, type SafeStore } from '../lib/storage';
import {
  $,
  announce,
  copyText,
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

const NAME_KEY = 'assign:learner-name';

class AssignmentView extends HTMLElement {
  private config!: BaseConfig;
  private t!: Translate;
  private store!: SafeStore;
  private assignment?: Assignment;
  private report?: Report;

  connectedCallback() {
    const config = readConfig<BaseConfig>(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = makeTranslate(config.strings);
    this.store = createSafeStore(() => window.localStorage);
    revealControls(this);
    $(this, '[data-report-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.createReport();
    });
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('hashchange', () => this.load());
    // Progress made in another tab (a lesson marked complete, a quiz taken) shows up here.
    window.addEventListener('storage', () => this.refresh());
    document.addEventListener('visibilitychange', () => document.hidden || this.refresh());
    this.load();
  }

  private load() {
    const decoded = decodeAssignment(location.hash);
    const message = $(this, '[data-message]');
    const noLink = !decoded.ok && decoded.reason === 'empty';
    this.assignment = decoded.ok ? decoded.data : undefined;
    this.report = undefined;
    this.classList.remove('has-report');
    $(this, '[data-empty]').hidden = !noLink;
    message.hidden = decoded.ok || noLink;
    message.textContent = decoded.ok || noLink ? '' : this.t(`assign.linkError.${decoded.reason}`);
    $(this, '[data-assignment]').hidden = !decoded.ok;
    $(this, '[data-report-section]').hidden = !decoded.ok;
    $(this, '[data-report]').hidden = true;
    if (!this.assignment) return;
    const a = this.assignment;
    $(this, '[data-title]').textContent = a.title;
    $(this, '[data-due]').textContent = a.due ? formatDue(this.config.lang, a.due) : this.t('assign.noDue');
    $(this, '[data-pass]').textContent = `${a.passMark}%`;
    $(this, '[data-id]').textContent = a.id;
    $(this, '[data-instructions]').textContent = a.instructions;
    $(this, '[data-instructions-block]').hidden = !a.instructions;
    const name = $<HTMLInputElement>(this, '#assign-learner');
    if (!name.value) name.value = this.store.read(NAME_KEY) ?? '';
    this.refresh();
  }

  /** Today's picture of the learner's progress, as a report without a name. */
  private currentReport(learner: string): Report | undefined {
    if (!this.assignment) return undefined;
    const lessons = parseLessonProgress(this.store.read('lessons'));
    return buildReport({
      assignment: this.assignment,
      learner,
      lesson: (slug) => {
        const entry = Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
        return { status: getLessonStatus(entry), openedAt: entry?.openedAt, completedAt: entry?.completedAt };
      },
      quiz: (id) => parseRecord(this.store.read(`quiz:${id}`)),
      now: new Date(),
    });
  }

  private refresh() {
    const report = this.currentReport('');
    if (!report) return;
    this.fillRows($(this, '[data-items]'), report);
    const { done, total, complete } = summariseReport(report);
    $(this, '[data-summary]').textContent = complete
      ? this.t('assign.view.allDone', { total })
      : this.t('assign.view.someDone', { done, total });
    $(this, '[data-storage-notice]').hidden = this.store.persistent;
  }

  /** One row per item: link, status, scores, date (and whether it was late). */
  private fillRows(body: HTMLElement, report: Report) {
    const { t } = this;
    const { lang, items } = this.config;
    const { due, passMark } = report.assignment;
    const deadline = due ? computeDeadline(due, offsetOn(due)) : undefined;
    body.replaceChildren(
      ...report.items.map((item) => {
        const outcome = assessItem(item, passMark);
        const entry = items[itemKey(item)];
        const row = el('tr');
        const name = el('td');
        name.append(siteLink(entry?.href, entry?.title ?? item.id));
        const score =
          item.kind === 'quiz' && item.attempts > 0
            ? t('assign.scores', { best: item.best ?? 0, last: item.last ?? 0, attempts: item.attempts })
            : '—';
        const timeliness = judgeTimeliness({
          done: outcome.status === 'done',
          time: outcome.time,
          deadline,
          generatedAt: report.generatedAt,
        });
        let date = outcome.time ? formatTime(lang, outcome.time) : '—';
        if (timeliness !== 'none') date += ` (${t(`assign.timeliness.${timeliness}`)})`;
        const status = el('td', t(`assign.status.${outcome.detail}`), `assign-status is-${outcome.status}`);
        row.append(name, status, el('td', score), el('td', date));
        return row;
      }),
    );
  }

  private createReport() {
    const input = $<HTMLInputElement>(this, '#assign-learner');
    const learner = cleanText(input.value, NAME_MAX);
    const error = $(this, '[data-error="learner"]');
    if (!learner) {
      error.textContent = this.t('assign.report.nameMissing');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      announce(this, this.t('assign.report.nameMissing'));
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    this.store.write(NAME_KEY, learner);
    const report = this.currentReport(learner)!;
    this.report = report;
    const { t } = this;
    const { done, total, complete } = summariseReport(report);
    $(this, '[data-r-learner]').textContent = report.learner;
    $(this, '[data-r-assignment]').textContent = t('assign.report.assignmentValue', {
      title: report.assignment.title,
      id: report.assignment.id,
    });
    $(this, '[data-r-due]').textContent = report.assignment.due
      ? formatDue(this.config.lang, report.assignment.due)
      : t('assign.noDue');
    $(this, '[data-r-generated]').textContent = formatTime(this.config.lang, report.generatedAt);
    $(this, '[data-r-state]').textContent = complete
      ? t('assign.report.complete', { total })
      : t('assign.report.incomplete', { done, total });
    this.fillRows($(this, '[data-r-items]'), report);
    $<HTMLTextAreaElement>(this, '[data-code]').value = encodeReportCode(report);
    $(this, '[data-report]').hidden = false;
    // Printing then gives the report alone (see assignments.css).
    this.classList.add('has-report');
    $(this, '[data-report-sheet]').focus();
    announce(this, t(complete ? 'assign.report.created' : 'assign.report.createdIncomplete', { done, total }));
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    const report = this.report;
    if (!button || !report) return;
    if (button.dataset.copy !== undefined) {
      const field = $<HTMLTextAreaElement>(this, '[data-code]');
      void copyText(field.value, field).then((ok) =>
        announce(this, this.t(ok ? 'assign.report.copied' : 'assign.copyFailed')),
      );
    } else if (button.dataset.download !== undefined) {
      const name =
        report.learner
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'learner';
      downloadText(
        `assignment-report-${report.assignment.id}-${name}.json`,
        encodeReportFile(report),
        'application/json',
      );
      announce(this, this.t('assign.report.downloaded'));
    } else if (button.dataset.print !== undefined) {
      window.print();
    }
  }
}

if (!customElements.get('smm-assignment')) customElements.define('smm-assignment', AssignmentView);
