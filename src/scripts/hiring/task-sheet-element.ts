/**
 * <smm-task-sheet>: shows the one task a task link names, for the role it names, ready to print.
 * Without a link every sheet stays on the page; a damaged or newer link says so above them.
 */
import type { HiringKey } from '../../lib/hiring/kit';
import { decodeTaskLink } from '../../lib/hiring/task-link';
import type { DecodeFailure } from '../../lib/url-state';
import { defineElement, SmmElement } from '../toolkit/smm-element';

// The scorecard's messages, mapped here so that this page loads no scorecard code (see linkFailureKey).
const failureKey = (reason: DecodeFailure): HiringKey =>
  reason === 'future-version'
    ? 'scorecard.error.future'
    : reason === 'too-long'
      ? 'scorecard.error.tooLong'
      : 'scorecard.error.damaged';

export class TaskSheetElement extends SmmElement<{ tasks: string[] }, HiringKey> {
  protected setup() {
    this.listen(window, 'hashchange', () => this.load());
    this.listen(this.required('[data-print]'), 'click', () => window.print());
    this.load();
  }

  private load() {
    const none = this.required('[data-none]');
    const alert = this.required('[data-alert]');
    const role = this.required('[data-for]');
    const hash = location.hash.slice(1);
    const decoded = hash ? decodeTaskLink(hash, this.config.tasks) : undefined;
    none.hidden = hash !== '';
    alert.hidden = !decoded || decoded.ok;
    if (decoded && !decoded.ok) this.required('[data-alert-text]').textContent = this.t(failureKey(decoded.reason));
    const link = decoded?.ok ? decoded.link : undefined;
    role.hidden = !link?.role;
    role.textContent = link?.role ? this.t('hiring.task.for', { role: link.role }) : '';
    for (const sheet of this.querySelectorAll<HTMLElement>('[data-task]')) {
      sheet.hidden = link !== undefined && sheet.dataset.task !== link.task;
    }
  }
}

defineElement('smm-task-sheet', TaskSheetElement);
