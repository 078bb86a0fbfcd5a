/**
 * <smm-assignment>: shows the assignment in the link's "#…" with each item's status from this
 * browser's progress, and makes the learner's completion report (code, .json file, print).
 * Nothing from the link is parsed as HTML; item links come only from the build-time catalogue.
 * The report's sheet, copying and download load on first use (assignment-report.ts).
 */
import { decodeAssignment, type Assignment } from '../../lib/assignments/assignment';
import type { ItemLinks } from '../../lib/assignments/items';
import type { Report } from '../../lib/assignments/report';
import { buildReport, summariseReport } from '../../lib/assignments/report-build';
import { cleanText, NAME_MAX } from '../../lib/assignments/text';
import { formatCalendarDate } from '../../lib/dates';
import { getLessonStatus, parseLessonProgress } from '../../lib/progress/lessons';
import { parseRecord } from '../../lib/quiz/record';
import { isSiteStorageKey } from '../../lib/storage';
import { quizRecordKey, STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { fillItemRows } from './item-rows';

/** The report's own code, loaded the first time a learner makes a report. */
const loadReportTools = () => import('./assignment-report');

interface AssignmentData {
  items: ItemLinks;
  /** The builder, where the instructor can open this assignment to edit it. */
  builderPath: string;
  /** The final assessment's pass mark, stated next to the assignment's own. */
  finalMark: number;
}

export class AssignmentElement extends SmmElement<AssignmentData, UiKeyWith<'assign.'>> {
  private assignment?: Assignment;
  private report?: Report;

  protected setup() {
    this.listen(this.required('[data-report-form]'), 'submit', (event) => {
      event.preventDefault();
      void this.createReport();
    });
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(window, 'hashchange', () => this.load());
    // Progress made in another tab (a lesson marked complete, a quiz taken) shows up here.
    this.listen<StorageEvent>(window, 'storage', (event) => isSiteStorageKey(event.key) && this.refresh());
    this.listen(document, 'visibilitychange', () => document.hidden || this.refresh());
    this.load();
  }

  private show(selector: string, text: string) {
    this.required(selector).textContent = text;
  }

  private formatDue(due: string | undefined) {
    return due ? formatCalendarDate(this.config.lang, due) : this.t('assign.noDue');
  }

  private passMarkRule(passMark: number) {
    return this.t('assign.passMarkRule', { passMark, finalMark: this.config.finalMark });
  }

  private load() {
    const decoded = decodeAssignment(location.hash);
    const message = this.required('[data-message]');
    const noLink = !decoded.ok && decoded.reason === 'empty';
    this.assignment = decoded.ok ? decoded.data : undefined;
    this.report = undefined;
    this.classList.remove('has-report');
    this.required('[data-empty]').hidden = !noLink;
    message.hidden = decoded.ok || noLink;
    message.textContent = decoded.ok || noLink ? '' : this.t(`assign.linkError.${decoded.reason}`);
    this.required('[data-assignment]').hidden = !decoded.ok;
    this.required('[data-report-section]').hidden = !decoded.ok;
    this.required('[data-report]').hidden = true;
    if (!this.assignment) return;
    const a = this.assignment;
    this.show('[data-title]', a.title);
    this.show('[data-due]', this.formatDue(a.due));
    this.show('[data-pass]', this.passMarkRule(a.passMark));
    this.required<HTMLAnchorElement>('[data-edit]').href = this.config.builderPath + location.hash;
    this.show('[data-id]', a.id);
    this.show('[data-instructions]', a.instructions);
    this.required('[data-instructions-block]').hidden = !a.instructions;
    const name = this.required<HTMLInputElement>('#assign-learner');
    if (!name.value) name.value = this.store.read(STORAGE_KEYS.learnerName) ?? '';
    this.refresh();
  }

  /** Today's picture of the learner's progress, as a report with the given name. */
  private currentReport(learner: string): Report | undefined {
    if (!this.assignment) return undefined;
    // Read only, through the page's store: this page never changes progress, so it leaves migrating
    // or setting aside a damaged value to the pages that do (src/lib/progress/store.ts), and does not
    // load their code.
    const lessons = parseLessonProgress(this.store.read(STORAGE_KEYS.lessons));
    return buildReport({
      assignment: this.assignment,
      learner,
      lesson: (slug) => {
        const entry = Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
        return { status: getLessonStatus(entry), openedAt: entry?.openedAt, completedAt: entry?.completedAt };
      },
      quiz: (id) => parseRecord(this.store.read(quizRecordKey(id))),
      now: new Date(),
    });
  }

  private fillRows(selector: string, report: Report) {
    const { t } = this;
    const { lang, items } = this.config;
    fillItemRows(this.required(selector), report, report.assignment, { t, lang, items });
  }

  private refresh() {
    const report = this.currentReport('');
    if (!report) return;
    this.fillRows('[data-items]', report);
    const { done, total, complete } = summariseReport(report);
    this.show(
      '[data-summary]',
      complete ? this.t('assign.view.allDone', { total }) : this.t('assign.view.someDone', { done, total }),
    );
    this.showStorageNotice();
  }

  private async createReport() {
    const input = this.required<HTMLInputElement>('#assign-learner');
    const learner = cleanText(input.value, NAME_MAX);
    const error = this.required('[data-error="learner"]');
    if (!learner) {
      error.textContent = this.t('assign.report.nameMissing');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      this.announce(this.t('assign.report.nameMissing'));
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    this.save(STORAGE_KEYS.learnerName, learner);
    const report = this.currentReport(learner)!;
    const { showReport } = await loadReportTools();
    // Another link opened while the code loaded: this report is not for it.
    if (this.assignment?.id !== report.assignment.id) return;
    this.report = report;
    const { t } = this;
    const { lang, items } = this.config;
    const page = {
      t,
      lang,
      items,
      due: this.formatDue(report.assignment.due),
      pass: this.passMarkRule(report.assignment.passMark),
    };
    this.announce(showReport(this, report, page));
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    const report = this.report;
    if (!button || !report) return;
    const { copy, download, print } = button.dataset;
    // The report exists, so its code has loaded: these imports resolve at once.
    if (copy !== undefined)
      void loadReportTools().then(async (tools) => this.announce(await tools.copyReport(this, this.t)));
    else if (download !== undefined)
      void loadReportTools().then((tools) => this.announce(tools.downloadReport(report, this.t)));
    else if (print !== undefined) window.print();
  }
}

defineElement('smm-assignment', AssignmentElement);
