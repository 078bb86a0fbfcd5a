/**
 * <smm-continue>: the home page's start button. The server renders "Start the course"; for a
 * returning learner it becomes "Continue with lesson N" (the first lesson not completed), from the
 * progress this browser keeps, and follows changes made in other tabs.
 */
import { findContinuePoint } from '../../lib/progress/continue';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import { siteProgressStore } from '../toolkit/site-progress-store';
import { defineElement, SmmElement } from '../toolkit/smm-element';

interface ContinueData {
  /** The course's lessons in order. */
  lessons: { slug: string; title: string; href: string }[];
  /** Where a new learner starts (the course overview). */
  startHref: string;
  /** Where a learner who completed every lesson goes next. */
  progressHref: string;
}

export class ContinueElement extends SmmElement<ContinueData, UiKeyWith<'progress.continue.'>> {
  protected setup() {
    this.watchKey(STORAGE_KEYS.lessons, () => this.render());
    this.render();
  }

  private render() {
    const { lessons, startHref, progressHref } = this.config;
    const point = findContinuePoint(
      lessons.map((lesson) => lesson.slug),
      siteProgressStore().readLessons(),
    );
    const link = this.required<HTMLAnchorElement>('[data-continue]');
    const label = this.required('[data-continue-label]');
    const index = point.kind === 'lesson' ? lessons.findIndex((lesson) => lesson.slug === point.slug) : -1;
    if (index >= 0) {
      link.href = lessons[index]!.href;
      label.textContent = this.t('progress.continue.lesson', { number: index + 1, title: lessons[index]!.title });
    } else if (point.kind === 'done') {
      link.href = progressHref;
      label.textContent = this.t('progress.continue.done');
    } else {
      link.href = startHref;
      label.textContent = this.t('progress.continue.start');
    }
  }
}

defineElement('smm-continue', ContinueElement);
