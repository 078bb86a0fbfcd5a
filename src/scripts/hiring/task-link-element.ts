/**
 * <smm-task-link>: the hiring manager picks a work-sample task and, optionally, names the role; the
 * element makes the link that opens the task sheet alone (no marking guide). It loads no scorecard
 * code, which keeps the scorecard pages' shared modules in one file. Typed text goes in as text.
 */
import type { HiringKey } from '../../lib/hiring/kit';
import { encodeTaskLink, MAX_TASK_ROLE_LENGTH } from '../../lib/hiring/task-link';
import { cleanLine } from '../../lib/scorecard/text';
import { copyText } from '../toolkit/copy';
import { defineElement, SmmElement } from '../toolkit/smm-element';

export interface TaskLinkData {
  paths: { task: string };
  tasks: string[];
}

export class TaskLinkElement extends SmmElement<TaskLinkData, HiringKey> {
  private picked = '';

  protected setup() {
    this.picked = this.querySelector<HTMLInputElement>('[data-task]:checked')?.value ?? this.config.tasks[0]!;
    this.listen(this, 'input', () => this.render());
    this.listen(this, 'change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.matches('[data-task]') && target.checked) this.picked = target.value;
      this.render();
    });
    this.listen(this.required('[data-form]'), 'submit', (event) => event.preventDefault());
    this.listen(this.required('[data-copy]'), 'click', () => void this.copy());
    this.render();
  }

  private render() {
    const role = cleanLine(this.required<HTMLInputElement>('[data-role]').value, MAX_TASK_ROLE_LENGTH);
    const link = new URL(`${this.config.paths.task}#${encodeTaskLink({ task: this.picked, role })}`, location.href)
      .href;
    this.required<HTMLInputElement>('[data-link]').value = link;
    this.required<HTMLAnchorElement>('[data-open]').href = link;
  }

  private async copy() {
    const field = this.required<HTMLInputElement>('[data-link]');
    const copied = await copyText(field.value, field);
    this.announce(this.t(copied ? 'scorecard.link.copied' : 'scorecard.link.copyFailed'));
  }
}

defineElement('smm-task-link', TaskLinkElement);
