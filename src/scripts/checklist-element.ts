/**
 * <smm-checklist>: makes the server-rendered checklist interactive. Keeps the learner's own
 * progress in localStorage when it may, shows someone else's progress from a share link read-only
 * (never writing it anywhere), and offers share, print and downloads. Everything it writes into
 * the page goes through textContent, value or setAttribute.
 */
import { exportCsv, exportMarkdown } from '../lib/checklist/export';
import { listItemIds, summarizeProgress, type ChecklistOutline } from '../lib/checklist/progress';
import { createShareLink, readShareLink, type SharedChecklist } from '../lib/checklist/share';
import {
  checklistStorageKey,
  clampNote,
  getItem,
  isEvidenceUrl,
  parseChecklistState,
  readEvidenceInput,
  serializeChecklistState,
  updateItem,
  type ChecklistState,
} from '../lib/checklist/state';
import { fillTemplate } from '../lib/format';
import { createSafeStore, STORAGE_PREFIX, type SafeStore } from '../lib/storage';
import { downloadText } from './toolkit/download';

interface Config {
  id: string;
  maxNote: number;
  outline: ChecklistOutline;
  strings: Record<string, string>;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

class ChecklistElement extends HTMLElement {
  private config!: Config;
  private store!: SafeStore;
  private ids: string[] = [];
  private own!: ChecklistState;
  /** Someone else's progress from the link, while it is shown. */
  private shared: SharedChecklist | undefined;

  connectedCallback() {
    const data = this.querySelector('script[data-config]')?.textContent;
    if (!data || this.config) return;
    this.config = JSON.parse(data) as Config;
    this.ids = listItemIds(this.config.outline);
    this.store = createSafeStore(() => window.localStorage);
    this.own = this.readOwn();
    this.find('[data-no-script]').hidden = true;
    for (const node of this.querySelectorAll<HTMLElement>('[data-edit], [data-actions], [data-progress]'))
      node.hidden = false;
    this.addEventListener('input', (event) => this.onInput(event));
    this.addEventListener('change', (event) => this.onChange(event));
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('storage', (event) => this.onStorage(event));
    window.addEventListener('hashchange', () => this.readHash());
    this.readHash();
    this.showStorageNotice();
  }

  private get key() {
    return checklistStorageKey(this.config.id);
  }
  private get shown(): ChecklistState {
    return this.shared?.state ?? this.own;
  }
  private t(key: string, values: Record<string, string | number> = {}) {
    return fillTemplate(this.config.strings[key] ?? key, values);
  }
  private find<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
    return root.querySelector<T>(selector)!;
  }
  private itemRoot(id: string) {
    return this.find(`[data-item="${CSS.escape(id)}"]`);
  }
  private readOwn() {
    return parseChecklistState(this.store.read(this.key), this.ids);
  }

  /** Shows the progress in the link after "#", if there is one, or the learner's own. */
  private readHash() {
    const hash = window.location.hash.slice(1);
    const error = this.find('[data-link-error]');
    error.hidden = true;
    if (!hash) return this.showShared(undefined);
    let anchor = hash;
    try {
      anchor = decodeURIComponent(hash);
    } catch {
      // Not an anchor then; it is read as a link below.
    }
    // A heading anchor (#training) is navigation, not a share link: keep showing what was shown.
    if (document.getElementById(anchor)) return this.render(true);
    const result = readShareLink(hash, this.ids);
    if (result.ok) return this.showShared(result.shared);
    error.textContent = this.t(result.reason === 'future-version' ? 'checklist.linkFuture' : 'checklist.linkBroken');
    error.hidden = false;
    this.showShared(undefined);
    this.announce(error.textContent);
  }

  private showShared(shared: SharedChecklist | undefined) {
    this.shared = shared;
    this.classList.toggle('is-shared', !!shared);
    this.find('[data-shared-banner]').hidden = !shared;
    this.find('[data-shared-notes]').hidden = !shared?.notesShortened;
    this.find('[data-shared-evidence]').hidden = !shared?.evidenceOmitted;
    this.find('[data-action="share"]').hidden = !!shared;
    this.find('[data-share-output]').hidden = true;
    this.render(true);
  }

  /** Updates everything shown from the state; `fields` also rewrites the form controls. */
  private render(fields: boolean) {
    const shared = !!this.shared;
    for (const id of this.ids) {
      const root = this.itemRoot(id);
      if (!root) continue;
      this.find('[data-edit]', root).hidden = shared;
      this.find('[data-view]', root).hidden = !shared;
      if (fields) this.writeFields(root, id);
      this.renderView(root, id);
    }
    this.renderProgress();
  }

  private writeFields(root: HTMLElement, id: string) {
    const item = getItem(this.own, id);
    this.find<HTMLInputElement>('[data-field="done"]', root).checked = item.done;
    const set = (field: Field, value: string) => {
      if (field.value !== value) field.value = value;
    };
    set(this.find<HTMLTextAreaElement>('[data-field="note"]', root), item.note ?? '');
    set(this.find<HTMLInputElement>('[data-field="evidence"]', root), item.evidence ?? '');
    this.setEvidenceError(root, false);
    this.renderCount(root);
  }

  /** The read-only view: what a share link shows, and what is printed. */
  private renderView(root: HTMLElement, id: string) {
    const { done, note, evidence } = getItem(this.shown, id);
    root.classList.toggle('is-done', done);
    this.find('[data-view-status]', root).textContent = this.t(
      done ? 'checklist.statusDone' : 'checklist.statusNotDone',
    );
    const noteLine = this.find('[data-view-note]', root);
    noteLine.hidden = !note;
    this.find('span', noteLine).textContent = note ?? '';
    const evidenceLine = this.find('[data-view-evidence]', root);
    // Links from storage or a URL are rendered only when they are http(s); the anchor is made
    // here so that the page never carries an empty, uncrawlable <a>.
    const safe = !!evidence && isEvidenceUrl(evidence);
    evidenceLine.hidden = !safe;
    const slot = this.find('[data-evidence-slot]', evidenceLine);
    if (safe) {
      const link = document.createElement('a');
      link.rel = 'noopener noreferrer';
      link.href = evidence;
      link.textContent = evidence;
      slot.replaceChildren(link);
    } else slot.replaceChildren();
  }

  private renderProgress() {
    const summary = summarizeProgress(this.config.outline, this.shown);
    const bySection = new Map(summary.sections.map((s) => [s.id, s]));
    for (const wrap of this.querySelectorAll<HTMLElement>('[data-progress]')) {
      const part = wrap.dataset.progress ? bySection.get(wrap.dataset.progress) : summary;
      if (!part) continue;
      this.find<HTMLProgressElement>('progress', wrap).value = part.done;
      this.find('[data-progress-text]', wrap).textContent = this.progressText(part.done, part.total);
    }
  }

  private progressText(done: number, total: number) {
    return this.t('checklist.progress', { done, total });
  }

  private renderCount(root: HTMLElement) {
    const { length } = this.find<HTMLTextAreaElement>('[data-field="note"]', root).value;
    this.find('[data-count]', root).textContent = this.t('checklist.noteCount', {
      count: length,
      max: this.config.maxNote,
    });
  }

  private setEvidenceError(root: HTMLElement, invalid: boolean) {
    const input = this.find<HTMLInputElement>('[data-field="evidence"]', root);
    const error = this.find('[data-evidence-error]', root);
    error.textContent = invalid ? this.t('checklist.evidenceInvalid') : '';
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  private fieldOf(event: Event): { field: Field; root: HTMLElement; id: string } | undefined {
    const field = event.target as Field;
    const root = field.closest?.<HTMLElement>('[data-item]');
    if (!field.dataset?.field || !root || this.shared) return undefined;
    return { field, root, id: root.dataset.item! };
  }

  private onInput(event: Event) {
    const target = this.fieldOf(event);
    if (!target) return;
    const { field, root, id } = target;
    if (field.dataset.field === 'note') {
      const note = clampNote(field.value, this.config.maxNote);
      if (note !== field.value) field.value = note;
      this.renderCount(root);
      if (note.length >= this.config.maxNote)
        this.announce(this.t('checklist.noteLimit', { max: this.config.maxNote }));
      this.save(updateItem(this.own, id, { note }), id);
    } else if (field.dataset.field === 'evidence') {
      // Valid links are kept as they are typed; anything else waits for the change event's message.
      const evidence = readEvidenceInput(field.value);
      if (!evidence.ok) return;
      this.setEvidenceError(root, false);
      this.save(updateItem(this.own, id, { evidence: evidence.value }), id);
    }
  }

  private onChange(event: Event) {
    const target = this.fieldOf(event);
    if (!target) return;
    const { field, root, id } = target;
    if (field.dataset.field === 'done') {
      const done = (field as HTMLInputElement).checked;
      this.save(updateItem(this.own, id, { done }), id);
      const summary = summarizeProgress(this.config.outline, this.own);
      const title = this.config.outline.sections.flatMap((s) => s.items).find((i) => i.id === id)?.title ?? id;
      this.announce(
        this.t(done ? 'checklist.markedDone' : 'checklist.markedNotDone', {
          item: title,
          progress: this.progressText(summary.done, summary.total),
        }),
      );
    } else if (field.dataset.field === 'evidence') {
      const evidence = readEvidenceInput(field.value);
      this.setEvidenceError(root, !evidence.ok);
      if (!evidence.ok) this.announce(this.t('checklist.evidenceInvalid'));
    }
  }

  private save(state: ChecklistState, id: string) {
    this.own = state;
    this.store.write(this.key, serializeChecklistState(state));
    this.renderView(this.itemRoot(id), id);
    this.renderProgress();
    this.showStorageNotice();
  }

  /** Another tab changed the checklist: show its version (the learner's own, never a shared one). */
  private onStorage(event: StorageEvent) {
    if (event.key !== null && event.key !== STORAGE_PREFIX + this.key) return;
    this.own = this.readOwn();
    if (!this.shared) this.render(true);
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]');
    if (!button || !this.contains(button)) return;
    const action = button.dataset.action;
    if (action === 'share') void this.share();
    else if (action === 'print') window.print();
    else if (action === 'markdown') this.download('md', exportMarkdown(this.config.outline, this.shown));
    else if (action === 'csv') this.downloadCsv();
    else if (action === 'own') this.backToOwn();
  }

  private async share() {
    const output = this.find('[data-share-output]');
    const input = this.find<HTMLInputElement>('[data-share-url]');
    const info = this.find('[data-share-info]');
    const link = createShareLink(this.own, this.ids);
    if (!link) {
      output.hidden = true;
      this.announce(this.t('checklist.linkTooLong'));
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${link.hash}`;
    input.value = url;
    const notes = [
      link.notesShortened ? this.t('checklist.linkNotesShortened') : '',
      link.evidenceOmitted ? this.t('checklist.linkEvidenceOmitted') : '',
    ].filter(Boolean);
    output.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      input.focus();
      input.select();
    }
    const message = [this.t(copied ? 'checklist.linkCopied' : 'checklist.linkNotCopied'), ...notes].join(' ');
    info.textContent = message;
    this.announce(message);
  }

  private downloadCsv() {
    const labels = {
      section: this.t('checklist.csvSection'),
      item: this.t('checklist.csvItem'),
      done: this.t('checklist.csvDone'),
      note: this.t('checklist.csvNote'),
      evidence: this.t('checklist.csvEvidence'),
      yes: this.t('checklist.yes'),
      no: this.t('checklist.no'),
    };
    this.download('csv', exportCsv(this.config.outline, this.shown, labels));
  }

  private download(extension: 'md' | 'csv', text: string) {
    const file = `${this.t('checklist.fileName')}.${extension}`;
    downloadText(file, text, extension === 'md' ? 'text/markdown;charset=utf-8' : 'text/csv;charset=utf-8');
    this.announce(this.t('checklist.downloaded', { file }));
  }

  private backToOwn() {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    this.find('[data-link-error]').hidden = true;
    this.own = this.readOwn();
    this.showShared(undefined);
    this.find('[data-progress=""]').focus();
    this.announce(this.t('checklist.showingOwn'));
  }

  private showStorageNotice() {
    this.find('[data-storage-notice]').hidden = this.store.persistent;
  }

  private announce(message: string) {
    const live = this.find('[data-live]');
    // Clearing first makes screen readers repeat an identical message.
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 50);
  }
}

if (!customElements.get('smm-checklist')) customElements.define('smm-checklist', ChecklistElement);
