/**
 * <smm-progress>: the progress page. Shows what this browser has stored, exports it to a file,
 * imports a file (validate → preview → merge or replace, nothing written before the learner
 * confirms), and resets after asking in a <dialog>. Text goes into the page via textContent only.
 */
import { fillTemplate } from '../lib/format';
import { applySnapshot, resetProgress, takeSnapshot } from '../lib/progress/backup';
import { countDone } from '../lib/checklist/progress';
import { parseChecklistState } from '../lib/checklist/state';
import { STORAGE_KEYS } from '../lib/storage-keys';
import { createProgressStore, isSiteStorageKey, type ProgressStore } from '../lib/progress/store';
import { summariseCourseProgress, type NextStep } from '../lib/progress/summary';
import {
  MAX_IMPORT_BYTES,
  buildExport,
  parseImport,
  planImport,
  type Change,
  type ImportError,
  type ImportMode,
  type ProgressData,
} from '../lib/progress/transfer';
import { downloadText } from './toolkit/download';

interface Lesson {
  slug: string;
  title: string;
  href: string;
}
interface Config {
  lang: string;
  passMark: number;
  lessons: Lesson[];
  finalHref: string;
  checklistHref: string;
  checklistIds: string[];
  strings: Record<string, string>;
}

const ERROR_KEYS: Record<ImportError | 'read-failed', string> = {
  'too-large': 'progress.error.tooLarge',
  'not-json': 'progress.error.notJson',
  'wrong-schema': 'progress.error.wrongSchema',
  'newer-version': 'progress.error.newerVersion',
  damaged: 'progress.error.damaged',
  'read-failed': 'progress.error.readFailed',
};
const STATUS_KEYS = {
  'not-started': 'progress.status.notStarted',
  'in-progress': 'progress.status.inProgress',
  completed: 'progress.status.completed',
} as const;

const cell = (tag: 'td' | 'th', text: string) => {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
};

class ProgressElement extends HTMLElement {
  private config!: Config;
  private store!: ProgressStore;
  private incoming?: { data: ProgressData; exportedAt: string };

  connectedCallback() {
    const data = this.querySelector('script[data-config]')?.textContent;
    if (!data || this.config) return;
    this.config = JSON.parse(data) as Config;
    this.store = createProgressStore(() => window.localStorage);
    this.querySelector<HTMLElement>('[data-noscript]')!.hidden = true;
    for (const node of this.querySelectorAll<HTMLElement>('[data-js]')) node.hidden = false;
    this.on('[data-export]', 'click', () => this.exportFile());
    this.on('[data-import]', 'change', () => void this.readFile());
    this.on('[data-apply]', 'click', () => this.applyImport());
    this.on('[data-cancel]', 'click', () => this.closePreview(this.t('progress.importCancelled')));
    this.on('[data-preview] fieldset', 'change', () => this.showPreview());
    this.on('[data-reset]', 'click', () => this.dialog.showModal());
    this.on('[data-reset-dialog]', 'close', () => this.onResetClosed());
    window.addEventListener('storage', (event) => {
      if (!isSiteStorageKey(event.key)) return;
      this.render();
      if (this.incoming) this.showPreview();
    });
    this.render();
  }

  private on(selector: string, type: string, listener: () => void) {
    this.querySelector(selector)!.addEventListener(type, listener);
  }
  private $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
  private t(key: string, values: Record<string, string | number> = {}) {
    return fillTemplate(this.config.strings[key] ?? key, values);
  }
  private get dialog() {
    return this.$<HTMLDialogElement>('[data-reset-dialog]');
  }
  private titleOf(slug: string) {
    return this.config.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  }
  private percent(score: number) {
    return this.t('progress.percent', { score });
  }

  private render() {
    const { lessons: list, passMark, checklistIds } = this.config;
    const store = this.store;
    const slugs = list.map((lesson) => lesson.slug);
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
    this.$<HTMLProgressElement>('[data-bar]').value = summary.completed;
    this.$('[data-summary]').textContent = this.t('progress.lessonsCompleted', {
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
        row.best === undefined ? this.t('progress.notTaken') : this.percent(row.best);
    }
    this.$('[data-final]').textContent = !final
      ? this.t('progress.finalNone', { passMark })
      : this.t(summary.finalPassed ? 'progress.finalPassed' : 'progress.finalNotPassed', {
          score: final.best,
          passMark,
        });
    this.$<HTMLProgressElement>('[data-checklist-bar]').value = checklistDone;
    this.$('[data-checklist]').textContent = this.t('progress.checklistDone', {
      done: checklistDone,
      total: checklistIds.length,
    });
    this.$('[data-notice]').hidden = store.persistent;
  }

  private renderNext(next: NextStep) {
    const target = this.$('[data-next]');
    if (next.kind === 'done') {
      target.textContent = this.t('progress.next.done');
      return;
    }
    const link = document.createElement('a');
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

  private say(text: string, kind: 'info' | 'error' = 'info', focus = false) {
    const message = this.$('[data-message]');
    message.dataset.kind = kind;
    message.textContent = text;
    if (focus) message.focus();
  }

  private exportFile() {
    const now = new Date();
    const file = `smm-academy-progress-${now.toISOString().slice(0, 10)}.json`;
    downloadText(file, buildExport(takeSnapshot(this.store), now), 'application/json');
    this.say(this.t('progress.exported', { file }));
  }

  private async readFile() {
    const input = this.$<HTMLInputElement>('[data-import]');
    const file = input.files?.[0];
    this.incoming = undefined;
    this.$('[data-preview]').hidden = true;
    if (!file) return;
    let result: ReturnType<typeof parseImport> | { ok: false; error: 'read-failed' };
    if (file.size > MAX_IMPORT_BYTES) result = { ok: false, error: 'too-large' };
    else {
      try {
        result = parseImport(await file.text());
      } catch {
        result = { ok: false, error: 'read-failed' };
      }
    }
    if (!result.ok) {
      input.value = '';
      this.say(this.t(ERROR_KEYS[result.error]), 'error');
      return;
    }
    this.say('');
    this.incoming = { data: result.data, exportedAt: result.exportedAt };
    this.showPreview();
    this.$('[data-preview]').focus();
  }

  private get mode(): ImportMode {
    return this.querySelector<HTMLInputElement>('input[name="progress-mode"]:checked')?.value === 'replace'
      ? 'replace'
      : 'merge';
  }

  private plan() {
    return planImport(takeSnapshot(this.store), this.incoming!.data, this.mode, new Date());
  }

  private labelOf(change: Change): string {
    const { key } = change;
    if (change.lesson) return this.t('progress.item.lesson', { title: this.titleOf(change.lesson) });
    if (key === 'quiz:final') return this.t('progress.finalHeading');
    if (key === 'checklist:personal-project') return this.t('progress.checklistHeading');
    if (key.startsWith('quiz:')) return this.t('progress.item.quiz', { title: this.titleOf(key.slice(5)) });
    if (key.startsWith('quiz-progress:')) {
      const id = key.slice('quiz-progress:'.length);
      return this.t('progress.item.attempt', {
        title: id === 'final' ? this.t('progress.finalHeading') : this.titleOf(id),
      });
    }
    if (key.startsWith('quarantine:')) return this.t('progress.item.quarantine', { key });
    return this.t('progress.item.other', { key });
  }

  private showPreview() {
    if (!this.incoming) return;
    const { changes } = this.plan();
    this.$('[data-preview-intro]').textContent = this.t('progress.previewIntro', {
      date: new Date(this.incoming.exportedAt).toLocaleString(this.config.lang),
    });
    const rows = changes.map((change) => {
      const tr = document.createElement('tr');
      tr.append(cell('th', this.labelOf(change)), cell('td', this.t(`progress.change.${change.status}`)));
      tr.firstElementChild!.setAttribute('scope', 'row');
      tr.dataset.change = change.status;
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement('tr');
      const td = cell('td', this.t('progress.previewNone'));
      td.colSpan = 2;
      tr.append(td);
      rows.push(tr);
    }
    this.$('[data-preview-rows]').replaceChildren(...rows);
    this.$('[data-preview]').hidden = false;
  }

  private applyImport() {
    if (!this.incoming) return;
    const plan = this.plan();
    applySnapshot(this.store, plan.result);
    const count = (status: Change['status']) => plan.changes.filter((c) => c.status === status).length;
    this.closePreview(
      this.t('progress.imported', { added: count('added'), changed: count('changed'), removed: count('removed') }),
    );
    this.render();
  }

  private closePreview(message: string) {
    this.incoming = undefined;
    this.$('[data-preview]').hidden = true;
    this.$<HTMLInputElement>('[data-import]').value = '';
    this.say(message, 'info', true);
  }

  private onResetClosed() {
    const confirmed = this.dialog.returnValue === 'confirm';
    this.dialog.returnValue = '';
    if (confirmed) {
      resetProgress(this.store);
      this.render();
    }
    this.$('[data-reset-message]').textContent = this.t(confirmed ? 'progress.resetDone' : 'progress.resetKept');
  }
}

if (!customElements.get('smm-progress')) customElements.define('smm-progress', ProgressElement);
