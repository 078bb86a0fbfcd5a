/**
 * <smm-progress>: the progress page. Shows what this browser has stored, exports it to a file,
 * imports a file (validate → preview → merge or replace, nothing written before the learner
 * confirms) and resets after asking in a <dialog>. Export and import load the first time they are
 * used (./progress-backup.ts): most visits only look, and they are the larger half of the code.
 */
import { countDone } from '../../lib/checklist/progress';
import { parseChecklistState } from '../../lib/checklist/state';
import { resetProgress } from '../../lib/progress/backup';
import { isSiteStorageKey, type ProgressStore } from '../../lib/progress/store';
import { summariseCourseProgress, type NextStep } from '../../lib/progress/summary';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { siteProgressStore } from '../toolkit/site-progress-store';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { ProgressBackup } from './progress-backup';
import { STATUS_KEYS } from './status-keys';

export interface ProgressLesson {
  slug: string;
  title: string;
  href: string;
}

export interface ProgressData {
  /** Pass mark of the final assessment, in percent. */
  passMark: number;
  /** The course's lessons in order. */
  lessons: ProgressLesson[];
  finalHref: string;
  checklistHref: string;
  /** The personal-project checklist's item ids. */
  checklistIds: string[];
}

export type ProgressKey = UiKeyWith<'progress.'>;

export class ProgressElement extends SmmElement<ProgressData, ProgressKey> {
  private progress!: ProgressStore;
  private backup: Promise<ProgressBackup> | undefined;

  protected setup() {
    this.progress = siteProgressStore();
    this.listen(this.required('[data-export]'), 'click', () => void this.withBackup((b) => b.exportFile()));
    this.listen(this.required('[data-import]'), 'change', () => void this.withBackup((b) => b.read()));
    this.listen(this.required('[data-apply]'), 'click', () => void this.withBackup((b) => b.apply()));
    this.listen(this.required('[data-cancel]'), 'click', () => void this.withBackup((b) => b.cancel()));
    this.listen(this.required('[data-preview] fieldset'), 'change', () => void this.withBackup((b) => b.show()));
    this.listen(this.required('[data-reset]'), 'click', () => this.dialog.showModal());
    this.listen(this.dialog, 'close', () => this.onResetClosed());
    // Lesson pages and tools in other tabs write many keys; any of them can change this page.
    this.listen<StorageEvent>(window, 'storage', (event) => {
      if (!isSiteStorageKey(event.key)) return;
      this.render();
      if (this.backup) void this.withBackup((b) => b.show());
    });
    this.render();
  }

  /** Runs an export or import step once their code is loaded (the first time either is used). */
  private async withBackup(step: (backup: ProgressBackup) => unknown) {
    this.backup ??= import('./progress-backup').then(
      ({ ProgressBackup }) =>
        new ProgressBackup({
          root: this,
          t: this.t,
          lang: this.config.lang,
          store: this.progress,
          titleOf: (slug) => this.config.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug,
          say: (text, kind, focus) => this.say(text, kind, focus),
          render: () => this.render(),
        }),
    );
    step(await this.backup);
  }

  private get dialog() {
    return this.required<HTMLDialogElement>('[data-reset-dialog]');
  }

  /** Shows a message under the backup controls. */
  private say(text: string, kind: 'info' | 'error' = 'info', focus = false): void {
    const message = this.required('[data-message]');
    message.dataset.kind = kind;
    message.textContent = text;
    if (focus) message.focus();
  }

  private render() {
    const { lessons, passMark, checklistIds } = this.config;
    const store = this.progress;
    const slugs = lessons.map((lesson) => lesson.slug);
    const checklistDone = countDone(parseChecklistState(store.read(STORAGE_KEYS.personalChecklist)), checklistIds);
    const final = store.readQuiz('final');
    const summary = summariseCourseProgress({
      slugs,
      lessons: store.readLessons(),
      quizzes: Object.fromEntries(slugs.map((slug) => [slug, store.readQuiz(slug)])),
      final,
      passMark,
      checklistDone,
      checklistTotal: checklistIds.length,
    });
    this.required<HTMLProgressElement>('[data-bar]').value = summary.completed;
    this.required('[data-summary]').textContent = this.t('progress.lessonsCompleted', {
      done: summary.completed,
      total: slugs.length,
    });
    this.renderNext(summary.next);
    for (const row of summary.rows) {
      const tr = this.querySelector(`tr[data-lesson="${CSS.escape(row.slug)}"]`);
      const status = tr?.querySelector<HTMLElement>('[data-status]');
      if (!tr || !status) continue;
      status.textContent = this.t(STATUS_KEYS[row.status]);
      status.dataset.state = row.status;
      tr.querySelector('[data-quiz]')!.textContent =
        row.best === undefined ? this.t('progress.notTaken') : this.t('progress.percent', { score: row.best });
    }
    this.required('[data-final]').textContent = !final
      ? this.t('progress.finalNone', { passMark })
      : this.t(summary.finalPassed ? 'progress.finalPassed' : 'progress.finalNotPassed', {
          score: final.best,
          passMark,
        });
    this.required<HTMLProgressElement>('[data-checklist-bar]').value = checklistDone;
    this.required('[data-checklist]').textContent = this.t('progress.checklistDone', {
      done: checklistDone,
      total: checklistIds.length,
    });
    this.showStorageNotice();
  }

  private renderNext(next: NextStep) {
    const target = this.required('[data-next]');
    if (next.kind === 'done') {
      target.textContent = this.t('progress.next.done');
      return;
    }
    const link = el('a');
    if (next.kind === 'final') {
      link.href = this.config.finalHref;
      link.textContent = this.t('progress.next.final');
    } else if (next.kind === 'checklist') {
      link.href = this.config.checklistHref;
      link.textContent = this.t('progress.next.checklist');
    } else {
      const lesson = this.config.lessons.find((l) => l.slug === next.slug)!;
      const key = next.kind === 'quiz' ? 'quiz' : next.started ? 'continue' : 'start';
      // The quiz section's heading id is "<lesson>-quiz-heading" (src/components/quiz/QuizForm.astro).
      link.href = next.kind === 'quiz' ? `${lesson.href}#${lesson.slug}-quiz-heading` : lesson.href;
      link.textContent = this.t(`progress.next.${key}`, { title: lesson.title });
    }
    target.replaceChildren(link);
  }

  private onResetClosed() {
    const confirmed = this.dialog.returnValue === 'confirm';
    this.dialog.returnValue = '';
    if (confirmed) {
      resetProgress(this.progress);
      this.render();
    }
    this.required('[data-reset-message]').textContent = this.t(confirmed ? 'progress.resetDone' : 'progress.resetKept');
  }
}

defineElement('smm-progress', ProgressElement);
