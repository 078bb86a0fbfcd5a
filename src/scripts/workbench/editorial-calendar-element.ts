/**
 * <smm-editorial-calendar>: plans posts on the device (STORAGE_KEYS.calendar), shows them in a
 * month grid and a dated list, edits and deletes them by keyboard, and exports CSV and iCalendar.
 * Everything it writes into the page goes through textContent, value or setAttribute.
 */
import { formatCalendarDate, toCalendarDate } from '../../lib/dates';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { UiKeyWith } from '../../lib/ui-strings';
import {
  buildCalendarCsv,
  buildMonthGrid,
  formatMonth,
  FORMATS,
  MAX_OWNER_LENGTH,
  MAX_POSTS,
  MAX_TOPIC_LENGTH,
  monthPrefix,
  parseCalendar,
  PLATFORMS,
  serializeCalendar,
  shiftMonth,
  sortPosts,
  STATUSES,
  validatePost,
  type Post,
  type PostDraft,
  type PostField,
  type YearMonth,
} from '../../lib/workbench/calendar';
import { buildIcs, postsToEvents } from '../../lib/workbench/ics';
import { labelEach } from '../../lib/workbench/labels';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';

const FIELDS: PostField[] = ['date', 'time', 'platform', 'format', 'topic', 'owner', 'status'];
/** Below this width a month's seven columns leave a post too little room: the list opens first. */
const NARROW = '(max-width: 40rem)';

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const today = () => toCalendarDate(new Date());

export class EditorialCalendarElement extends SmmElement<object, UiKeyWith<'calendar.'>> {
  private posts: Post[] = [];
  private month!: YearMonth;
  private editing?: string;
  private deleted?: Post;

  protected setup() {
    this.posts = parseCalendar(this.store.read(STORAGE_KEYS.calendar));
    this.month = this.monthOf(today());
    this.form.date.value = today();
    if (window.matchMedia?.(NARROW).matches) this.showView('list');
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(this, 'change', (event) => this.onChange(event));
    this.listen(this.required('form'), 'submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.watchKey(STORAGE_KEYS.calendar, (value) => {
      this.posts = parseCalendar(value);
      if (this.editing && !this.find(this.editing)) this.stopEditing();
      this.render();
    });
    this.render();
  }

  private get form() {
    return this.required<HTMLFormElement>('form').elements as unknown as Record<
      PostField,
      HTMLInputElement | HTMLSelectElement
    >;
  }
  private find(id: string) {
    return this.posts.find((p) => p.id === id);
  }
  private monthOf(date: string): YearMonth {
    return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  }
  private date(iso: string) {
    return formatCalendarDate(this.config.lang, iso, 'medium');
  }
  private label(post: Post) {
    return `${post.time ? `${post.time} ` : ''}${this.t(`calendar.platform.${post.platform}`)}: ${post.topic}`;
  }

  private saveState() {
    this.save(STORAGE_KEYS.calendar, serializeCalendar(this.posts));
  }

  private render() {
    this.renderMonth();
    this.renderList();
    this.required('[data-count]').textContent = this.t('calendar.count', { count: this.posts.length, max: MAX_POSTS });
  }

  private renderMonth() {
    const prefix = monthPrefix(this.month);
    const now = today();
    this.required('[data-caption]').textContent = this.t('calendar.monthCaption', {
      month: formatMonth(this.config.lang, this.month),
    });
    const inMonth = sortPosts(this.posts.filter((p) => p.date.startsWith(prefix)));
    const body = this.required('[data-weeks]');
    body.replaceChildren();
    for (const week of buildMonthGrid(this.month)) {
      const row = el('tr');
      for (const day of week) {
        const cell = row.appendChild(el('td'));
        if (day === null) continue;
        const iso = `${prefix}-${String(day).padStart(2, '0')}`;
        if (iso === now) cell.setAttribute('aria-current', 'date');
        cell.append(el('span', String(day), 'day'));
        const posts = inMonth.filter((p) => p.date === iso);
        if (posts.length > 0) cell.append(this.renderChips(posts));
      }
      body.append(row);
    }
    this.required('[data-month-empty]').hidden = inMonth.length > 0;
  }

  /**
   * A day's posts as chips that open the post for editing. On a narrow screen CSS keeps each
   * chip to one line; the whole label stays its accessible name and its tooltip.
   */
  private renderChips(posts: readonly Post[]) {
    const list = el('ul');
    list.setAttribute('role', 'list');
    for (const post of posts) {
      const status = this.t(`calendar.status.${post.status}`);
      const button = el('button', this.label(post), `chip status-${post.status}`);
      button.type = 'button';
      button.dataset.edit = post.id;
      button.title = `${this.label(post)} (${status})`;
      button.append(el('span', ` (${status})`, 'chip-status'));
      list.appendChild(el('li')).append(button);
    }
    return list;
  }

  private renderList() {
    const body = this.required<HTMLTableSectionElement>('[data-list] tbody');
    body.replaceChildren();
    for (const post of sortPosts(this.posts)) {
      const row = el('tr');
      row.dataset.post = post.id;
      const date = el('th', post.time ? `${this.date(post.date)}, ${post.time}` : this.date(post.date));
      date.scope = 'row';
      const topic = el('td');
      topic.append(el('span', post.topic, 'topic'));
      if (post.owner) topic.append(el('span', `${this.t('calendar.col.owner')}: ${post.owner}`, 'owner'));
      // In the topic cell rather than a column of their own, so the table fits a phone.
      const actions = el('div', undefined, 'row-actions no-print');
      actions.setAttribute('role', 'group');
      actions.setAttribute('aria-label', this.t('calendar.col.actions'));
      for (const action of ['edit', 'delete'] as const) {
        const button = el('button', this.t(`calendar.${action}`));
        button.type = 'button';
        button.dataset[action] = post.id;
        // Visible "Edit", heard as "Edit: 12 May 2025, Instagram: topic".
        button.append(el('span', `: ${this.date(post.date)}, ${this.label(post)}`, 'sr-only'));
        actions.append(button);
      }
      topic.append(actions);
      row.append(
        date,
        el('td', `${this.t(`calendar.platform.${post.platform}`)} · ${this.t(`calendar.format.${post.format}`)}`),
        topic,
        el('td', this.t(`calendar.status.${post.status}`)),
      );
      body.append(row);
    }
    this.required('[data-list]').hidden = this.posts.length === 0;
    this.required('[data-list-empty]').hidden = this.posts.length > 0;
  }

  private showView(view: string) {
    const radio = this.querySelector<HTMLInputElement>(`input[name="calendar-view"][value="${view}"]`);
    if (radio) radio.checked = true;
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]'))
      section.hidden = section.dataset.view !== view;
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.name === 'calendar-view') this.showView(input.value);
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const { step, edit, delete: remove, export: kind } = button.dataset;
    if (step !== undefined) {
      this.month = step === '0' ? this.monthOf(today()) : shiftMonth(this.month, Number(step));
      this.renderMonth();
      this.announce(this.required('[data-caption]').textContent ?? '');
    } else if (edit) this.startEditing(edit);
    else if (remove) this.deletePost(remove);
    else if (button.dataset.undo !== undefined) this.undo();
    else if (button.dataset.cancel !== undefined) {
      this.stopEditing();
      this.form.date.focus();
    } else if (kind) this.exportAs(kind);
    else if (button.dataset.print !== undefined) window.print();
  }

  private showErrors(errors: Partial<Record<PostField, string>>) {
    for (const field of FIELDS) {
      const message = errors[field] ?? '';
      this.required(`[data-error="${field}"]`).textContent = message;
      this.form[field].setAttribute('aria-invalid', String(message !== ''));
    }
  }

  private submit() {
    const draft = Object.fromEntries(FIELDS.map((f) => [f, this.form[f].value])) as PostDraft;
    const checked = validatePost(draft);
    if (!checked.ok) {
      const max: Partial<Record<PostField, number>> = { topic: MAX_TOPIC_LENGTH, owner: MAX_OWNER_LENGTH };
      const messages = Object.fromEntries(
        Object.entries(checked.errors).map(([f, code]) => [
          f,
          this.t(`calendar.error.${code}`, { max: max[f as PostField] ?? 0 }),
        ]),
      );
      this.showErrors(messages);
      const fields = FIELDS.filter((f) => messages[f]);
      this.form[fields[0]!].focus();
      const names = fields.map((f) => this.t(`calendar.col.${f}`)).join(', ');
      this.announce(this.t('calendar.notSavedPost', { fields: names }));
      return;
    }
    if (!this.editing && this.posts.length >= MAX_POSTS) {
      this.showErrors({});
      this.announce(this.t('calendar.full', { max: MAX_POSTS }));
      this.required('[data-count]').textContent = this.t('calendar.full', { max: MAX_POSTS });
      return;
    }
    this.showErrors({});
    const editing = this.editing;
    const post: Post = { id: editing ?? newId(), ...checked.post };
    this.posts = editing ? this.posts.map((p) => (p.id === editing ? post : p)) : [...this.posts, post];
    this.saveState();
    this.month = this.monthOf(post.date);
    this.render();
    if (editing) {
      this.stopEditing();
      this.form.date.focus();
    } else {
      // Date, platform, format and status stay, so a week of posts is quick to enter.
      for (const field of ['time', 'topic', 'owner'] as const) this.form[field].value = '';
      this.form.topic.focus();
    }
    this.announce(this.t(editing ? 'calendar.updated' : 'calendar.added', { date: this.date(post.date) }));
  }

  /** Puts the form into "add" or "edit" mode: its legend, its submit button and Cancel. */
  private setFormMode(editing: boolean) {
    this.required('[data-legend]').textContent = this.t(editing ? 'calendar.heading.edit' : 'calendar.heading.add');
    this.required('[data-submit]').textContent = this.t(editing ? 'calendar.save' : 'calendar.add');
    this.required('[data-cancel]').hidden = !editing;
  }

  private startEditing(id: string) {
    const post = this.find(id);
    if (!post) return;
    this.editing = id;
    for (const field of FIELDS) this.form[field].value = post[field];
    this.showErrors({});
    this.setFormMode(true);
    this.form.date.focus();
    this.announce(this.t('calendar.editing', { post: this.label(post) }));
  }

  private stopEditing() {
    this.editing = undefined;
    this.setFormMode(false);
    this.showErrors({});
  }

  private deletePost(id: string) {
    const post = this.find(id);
    if (!post) return;
    this.posts = this.posts.filter((p) => p.id !== id);
    this.deleted = post;
    if (this.editing === id) this.stopEditing();
    this.saveState();
    this.render();
    const undo = this.required('[data-undo-row]');
    undo.hidden = false;
    // The row and its buttons are gone; the undo button is the nearest useful place for focus.
    undo.querySelector('button')!.focus();
    this.announce(this.t('calendar.deleted', { post: this.label(post) }));
  }

  private undo() {
    const post = this.deleted;
    this.required('[data-undo-row]').hidden = true;
    this.deleted = undefined;
    if (!post || this.find(post.id) || this.posts.length >= MAX_POSTS) return;
    this.posts = [...this.posts, post];
    this.saveState();
    this.render();
    this.querySelector<HTMLElement>(`[data-delete="${post.id}"]`)?.focus();
    this.announce(this.t('calendar.restored', { post: this.label(post) }));
  }

  private exportAs(kind: string) {
    if (this.posts.length === 0) return this.announce(this.t('calendar.nothingToExport'));
    const labels = {
      platforms: labelEach(PLATFORMS, (id) => this.t(`calendar.platform.${id}`)),
      formats: labelEach(FORMATS, (id) => this.t(`calendar.format.${id}`)),
      statuses: labelEach(STATUSES, (id) => this.t(`calendar.status.${id}`)),
    };
    const { lang } = this.config;
    const file = `editorial-calendar-${today()}.${kind}`;
    if (kind === 'csv') {
      const header = FIELDS.map((f) => this.t(`calendar.col.${f}`));
      downloadText(file, buildCalendarCsv(this.posts, { header, ...labels }, lang), 'text/csv;charset=utf-8');
    } else {
      // Times were planned on this device's clock; the file says which zone that is.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      const ics = buildIcs(
        postsToEvents(
          sortPosts(this.posts),
          {
            ...labels,
            format: this.t('calendar.col.format'),
            status: this.t('calendar.col.status'),
            owner: this.t('calendar.col.owner'),
            time: this.t('calendar.icsTime'),
          },
          timeZone,
        ),
        {
          now: new Date(),
          timeZone,
          prodId: `-//SMM Academy//Editorial calendar//${lang.toUpperCase()}`,
          name: this.t('calendar.icsName'),
        },
      );
      downloadText(file, ics, 'text/calendar;charset=utf-8');
    }
    this.announce(this.t('calendar.exported', { file }));
  }
}

defineElement('smm-editorial-calendar', EditorialCalendarElement);
