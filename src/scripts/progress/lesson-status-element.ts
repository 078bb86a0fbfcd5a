/**
 * <smm-lesson-status>: records that a lesson was opened, shows its status and best quiz score, and
 * lets the learner mark it complete or undo that. It hears of a new score from the quiz on the page
 * (`smm-quiz-recorded`) and of changes in other tabs from storage events.
 */
import { getLessonStatus, type LessonStatus } from '../../lib/progress/lessons';
import type { ProgressStore } from '../../lib/progress/store';
import type { QuizRecord } from '../../lib/quiz/record';
import { quizRecordKey, STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { siteProgressStore } from '../toolkit/site-progress-store';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { STATUS_KEYS } from './status-keys';

interface LessonStatusData {
  /** Lesson id, the same in both locales. */
  slug: string;
}

export class LessonStatusElement extends SmmElement<LessonStatusData, UiKeyWith<'progress.'>> {
  private progress!: ProgressStore;

  protected setup() {
    this.progress = siteProgressStore();
    this.progress.openLesson(this.config.slug);
    this.listen(this.required('[data-progress-toggle]'), 'click', () => this.toggle());
    this.listen<CustomEvent<{ quizId: string; record: QuizRecord }>>(document, 'smm-quiz-recorded', (event) => {
      if (event.detail.quizId === this.config.slug) this.render();
    });
    this.watchKey(STORAGE_KEYS.lessons, () => this.render());
    this.watchKey(quizRecordKey(this.config.slug), () => this.render());
    this.render();
  }

  private get status(): LessonStatus {
    const lessons = this.progress.readLessons();
    const { slug } = this.config;
    return getLessonStatus(Object.hasOwn(lessons, slug) ? lessons[slug] : undefined);
  }

  private toggle() {
    const done = this.status !== 'completed';
    this.progress.setLessonCompleted(this.config.slug, done);
    this.render();
    this.announce(this.t(done ? 'progress.markedComplete' : 'progress.markedIncomplete'));
  }

  private render() {
    const status = this.status;
    const record = this.progress.readQuiz(this.config.slug);
    this.required('[data-progress-status]').textContent = this.t(STATUS_KEYS[status]);
    this.required('[data-progress-best]').textContent = `, ${
      record ? this.t('progress.bestScore', { score: record.best }) : this.t('progress.noQuizYet')
    }`;
    this.required('[data-progress-toggle]').textContent = this.t(
      status === 'completed' ? 'progress.markIncomplete' : 'progress.markComplete',
    );
    this.showStorageNotice();
  }
}

defineElement('smm-lesson-status', LessonStatusElement);
