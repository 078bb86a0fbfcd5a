/**
 * <smm-editorial-calendar>: plans posts on the device (`calendar:posts`), shows them in a month
 * grid and a dated list, edits and deletes them by keyboard, and exports CSV and iCalendar.
 * Everything it writes into the page goes through textContent, value or setAttribute.
 */
import { downloadText } from './toolkit/download';
import {
  announce,
  formatIsoDate,
  readConfig,
  revealControls,
  showStorageNotice,
  todayIso,
  translate,
  type WorksheetConfig,
} from './worksheet-dom';
import {
  buildCalendarCsv,
  buildMonthGrid,
  CALENDAR_KEY,
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
} from '../lib/workbench/calendar';
import { buildIcs, postsToEvents } from '../lib/workbench/ics';
import { createSafeStore, STORAGE_PREFIX, type SafeStore } from '../lib/storage';

const FIELDS: PostField[] = ['date', 'time', 'platform', 'format', 'topic', 'owner', 'status'];

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
};

class EditorialCalendarElement extends HTMLElement {
  private config!: WorksheetConfig;
  private t!: ReturnType<typeof translate>;
  private store!: SafeStore;
  private posts: Post[] = [];
  private month!: YearMonth;
  private editing?: string;
  private deleted?: Post;

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translate(config.strings);
    this.store = createSafeStore(() => window.localStorage);
    this.posts = parseCalendar(this.store.read(CALENDAR_KEY));
    this.month = this.monthOf(todayIso());
    revealControls(this);
    this.form.date.value = todayIso();
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('change', (event) => this.onChange(event));
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_PREFIX + CALENDAR_KEY) return;
      this.posts = parseCalendar(event.newValue);
      if (this.editing && !this.find(this.editing)) this.stopEditing();
      this.render();
    });
    this.render();
    showStorageNotice(this, this.store);
  }

  private get form() {
    return this.querySelector('form')!.elements as unknown as Record<PostField, HTMLInputElement | HTMLSelectElement>;
  }
  private find(id: string) {
    return this.posts.find((p) => p.id === id);
  }
  private monthOf(date: string): YearMonth {
    return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  }
  private date(iso: string) {
    return formatIsoDate(this.config.lang, iso);
  }
  private label(post: Post) {
    return `${post.time ? `${post.time} ` : ''}${this.t(`calendar.platform.${post.platform}`)}: ${post.topic}`;
  }

  private save() {
    this.store.write(CALENDAR_KEY, serializeCalendar(this.posts));
    showStorageNotice(this, this.store);
  }

  private render() {
    this.renderMonth();
    this.renderList();
    this.querySelector('[data-count]')!.textContent = this.t('calendar.count', {
      count: this.posts.length,
      max: MAX_POSTS,
    });
  }

  private renderMonth() {
    const prefix = monthPrefix(this.month);
    const today = todayIso();
    this.querySelector('[data-caption]')!.textContent = this.t('calendar.monthCaption', {
      month: formatIsoDate(this.config.lang, `${prefix}-01`, { month: 'long', year: 'numeric' }),
    });
    const inMonth = sortPosts(this.posts.filter((p) => p.date.startsWith(prefix)));
    const body = this.querySelector('[data-weeks]')!;
    body.replaceChildren();
    for (const week of buildMonthGrid(this.month)) {
      const row = el('tr');
      for (const day of week) {
        const cell = el('td');
        if (day !== null) {
          const iso = `${prefix}-${String(day).padStart(2, '0')}`;
          if (iso === today) cell.setAttribute('aria-current', 'date');
          cell.append(el('span', String(day), 'day'));
          const posts = inMonth.filter((p) => p.date === iso);
          if (posts.length > 0) {
            const list = el('ul');
            list.setAttribute('role', 'list');
            for (const post of posts) {
              const button = el('button', this.label(post), `chip status-${post.status}`);
              button.type = 'button';
              button.dataset.edit = post.id;
              button.append(el('span', ` (${this.t(`calendar.status.${post.status}`)})`, 'chip-status'));
              const item = el('li');
              item.append(button);
              list.append(item);
            }
            cell.append(list);
          }
        }
        row.append(cell);
      }
      body.append(row);
    }
    this.querySelector<HTMLElement>('[data-month-empty]')!.hidden = inMonth.length > 0;
  }

  private renderList() {
    const table = this.querySelector<HTMLTableElement>('[data-list]')!;
    const body = table.tBodies[0]!;
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
      const actions = el('div', '', 'row-actions no-print');
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
    table.hidden = this.posts.length === 0;
    this.querySelector<HTMLElement>('[data-list-empty]')!.hidden = this.posts.length > 0;
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'calendar-view') return;
    for (const view of this.querySelectorAll<HTMLElement>('[data-view]'))
      view.hidden = view.dataset.view !== input.value;
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const { step, edit, delete: remove, export: kind } = button.dataset;
    if (step !== undefined) {
      this.month = step === '0' ? this.monthOf(todayIso()) : shiftMonth(this.month, Number(step));
      this.renderMonth();
      announce(this, this.querySelector('[data-caption]')!.textContent ?? '');
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
      this.querySelector(`[data-error="${field}"]`)!.textContent = message;
      this.form[field].setAttribute('aria-invalid', String(message !== ''));
    }
  }

  private submit() {
    const draft = Object.fromEntries(FIELDS.map((f) => [f, this.form[f].value])) as PostDraft;
    const checked = validatePost(draft);
    if (!checked.ok) {
      const max = { topic: MAX_TOPIC_LENGTH, owner: MAX_OWNER_LENGTH } as Record<string, number>;
      const messages = Object.fromEntries(
        Object.entries(checked.errors).map(([f, code]) => [f, this.t(`calendar.error.${code}`, { max: max[f] ?? 0 })]),
      );
      this.showErrors(messages);
      const fields = FIELDS.filter((f) => messages[f]);
      this.form[fields[0]!].focus();
      announce(
        this,
        this.t('calendar.notSavedPost', { fields: fields.map((f) => this.t(`calendar.col.${f}`)).join(', ') }),
      );
      return;
    }
    if (!this.editing && this.posts.length >= MAX_POSTS) {
      this.showErrors({});
      announce(this, this.t('calendar.full', { max: MAX_POSTS }));
      this.querySelector('[data-count]')!.textContent = this.t('calendar.full', { max: MAX_POSTS });
      return;
    }
    this.showErrors({});
    const editing = this.editing;
    const post: Post = { id: editing ?? newId(), ...checked.post };
    this.posts = editing ? this.posts.map((p) => (p.id === editing ? post : p)) : [...this.posts, post];
    this.save();
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
    announce(this, this.t(editing ? 'calendar.updated' : 'calendar.added', { date: this.date(post.date) }));
  }

  private startEditing(id: string) {
    const post = this.find(id);
    if (!post) return;
    this.editing = id;
    for (const field of FIELDS) this.form[field].value = post[field];
    this.showErrors({});
    this.querySelector('[data-legend]')!.textContent = this.t('calendar.heading.edit');
    this.querySelector('[data-submit]')!.textContent = this.t('calendar.save');
    this.querySelector<HTMLElement>('[data-cancel]')!.hidden = false;
    this.form.date.focus();
    announce(this, this.t('calendar.editing', { post: this.label(post) }));
  }

  private stopEditing() {
    this.editing = undefined;
    this.querySelector('[data-legend]')!.textContent = this.t('calendar.heading.add');
    this.querySelector('[data-submit]')!.textContent = this.t('calendar.add');
    this.querySelector<HTMLElement>('[data-cancel]')!.hidden = true;
    this.showErrors({});
  }

  private deletePost(id: string) {
    const post = this.find(id);
    if (!post) return;
    this.posts = this.posts.filter((p) => p.id !== id);
    this.deleted = post;
    if (this.editing === id) this.stopEditing();
    this.save();
    this.render();
    const undo = this.querySelector<HTMLElement>('[data-undo-row]')!;
    undo.hidden = false;
    // The row and its buttons are gone; the undo button is the nearest useful place for focus.
    undo.querySelector('button')!.focus();
    announce(this, this.t('calendar.deleted', { post: this.label(post) }));
  }

  private undo() {
    const post = this.deleted;
    this.querySelector<HTMLElement>('[data-undo-row]')!.hidden = true;
    this.deleted = undefined;
    if (!post || this.find(post.id) || this.posts.length >= MAX_POSTS) return;
    this.posts = [...this.posts, post];
    this.save();
    this.render();
    this.querySelector<HTMLElement>(`[data-delete="${post.id}"]`)?.focus();
    announce(this, this.t('calendar.restored', { post: this.label(post) }));
  }

  private exportAs(kind: string) {
    if (this.posts.length === 0) {
      announce(this, this.t('calendar.nothingToExport'));
      return;
    }
    const t = this.t;
    const names = <T extends string>(group: string, ids: readonly T[]) =>
      Object.fromEntries(ids.map((id) => [id, t(`calendar.${group}.${id}`)])) as Record<T, string>;
    const labels = {
      platforms: names('platform', PLATFORMS),
      formats: names('format', FORMATS),
      statuses: names('status', STATUSES),
    };
    const file = `editorial-calendar-${todayIso()}.${kind}`;
    if (kind === 'csv') {
      const header = FIELDS.map((f) => t(`calendar.col.${f}`));
      downloadText(file, buildCalendarCsv(this.posts, { header, ...labels }), 'text/csv;charset=utf-8');
    } else {
      const events = postsToEvents(sortPosts(this.posts), {
        ...labels,
        format: t('calendar.col.format'),
        status: t('calendar.col.status'),
        owner: t('calendar.col.owner'),
      });
      const ics = buildIcs(events, {
        now: new Date(),
        prodId: `-//SMM Academy//Editorial calendar//${this.config.lang.toUpperCase()}`,
        name: t('calendar.icsName'),
      });
      downloadText(file, ics, 'text/calendar;charset=utf-8');
    }
    announce(this, t('calendar.exported', { file }));
  }
}

if (!customElements.get('smm-editorial-calendar'))
  customElements.define('smm-editorial-calendar', EditorialCalendarElement);
