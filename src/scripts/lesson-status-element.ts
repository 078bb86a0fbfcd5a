/**
 * <smm-lesson-status>: records that a lesson was opened, shows its status and best quiz score, and
 * lets the learner mark it complete or undo that. Text goes into the page through textContent only.
 */
import { fillTemplate } from '../lib/format';
import { getLessonStatus, type LessonStatus } from '../lib/progress/lessons';
import { createProgressStore, isSiteStorageKey, type ProgressStore } from '../lib/progress/store';

interface Config {
  slug: string;
  strings: Record<string, string>;
}

const STATUS_KEYS: Record<LessonStatus, string> = {
  'not-started': 'progress.status.notStarted',
  'in-progress': 'progress.status.inProgress',
  completed: 'progress.status.completed',
};

class LessonStatusElement extends HTMLElement {
  private config?: Config;
  private store!: ProgressStore;
  private readonly refresh = () => this.render();
  private readonly onStorage = (event: StorageEvent) => {
    if (isSiteStorageKey(event.key)) this.render();
  };

  connectedCallback() {
    if (this.config) return;
    const data = this.querySelector('script[data-config]')?.textContent;
    if (!data) return;
    this.config = JSON.parse(data) as Config;
    this.store = createProgressStore(() => window.localStorage);
    this.store.openLesson(this.config.slug);
    this.querySelector<HTMLElement>('[data-progress-area]')!.hidden = false;
    this.querySelector('[data-progress-toggle]')!.addEventListener('click', () => this.toggle());
    window.addEventListener('storage', this.onStorage);
    // The quiz on this page saves its record on a click; re-read then to show a new best score.
    document.addEventListener('click', this.refresh);
    this.render();
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.onStorage);
    document.removeEventListener('click', this.refresh);
    this.config = undefined;
  }

  private t(key: string, values: Record<string, string | number> = {}) {
    return fillTemplate(this.config!.strings[key] ?? key, values);
  }

  private get status(): LessonStatus {
    const lessons = this.store.readLessons();
    const { slug } = this.config!;
    return getLessonStatus(Object.hasOwn(lessons, slug) ? lessons[slug] : undefined);
  }

  private toggle() {
    const done = this.status !== 'completed';
    this.store.setLessonCompleted(this.config!.slug, done);
    this.render();
    this.querySelector('[data-progress-live]')!.textContent = this.t(
      done ? 'progress.markedComplete' : 'progress.markedIncomplete',
    );
  }

  private render() {
    if (!this.config) return;
    const status = this.status;
    const record = this.store.readQuiz(this.config.slug);
    this.querySelector('[data-progress-status]')!.textContent = this.t(STATUS_KEYS[status]);
    this.querySelector('[data-progress-best]')!.textContent = `, ${
      record ? this.t('progress.bestScore', { score: record.best }) : this.t('progress.noQuizYet')
    }`;
    this.querySelector('[data-progress-toggle]')!.textContent = this.t(
      status === 'completed' ? 'progress.markIncomplete' : 'progress.markComplete',
    );
    this.querySelector<HTMLElement>('[data-progress-notice]')!.hidden = this.store.persistent;
  }
}

if (!customElements.get('smm-lesson-status')) customElements.define('smm-lesson-status', LessonStatusElement);
