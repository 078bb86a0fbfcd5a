/**
 * <smm-checklist>: makes the server-rendered checklist interactive. Keeps the learner's own
 * progress on the device (under `checklistKey(id)`, which the component puts in the config),
 * shows someone else's progress from a share link read-only (never writing it anywhere), and
 * offers share, print and downloads. Everything it writes into the page goes through
 * textContent, value or setAttribute.
 */
import { exportCsv, exportMarkdown } from '../../lib/checklist/export';
import { listItemIds, summariseChecklist, type ChecklistOutline } from '../../lib/checklist/progress';
import { createShareLink, readShareLink, type SharedChecklist } from '../../lib/checklist/share';
import {
  clampNote,
  getItem,
  isEvidenceUrl,
  parseChecklistState,
  readEvidenceInput,
  serialiseChecklistState,
  updateItem,
  type ChecklistState,
} from '../../lib/checklist/state';
import type { UiKeyWith } from '../../lib/ui-strings';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { defineElement, SmmElement } from '../toolkit/smm-element';

interface ChecklistData {
  /** Where the learner's progress is kept: `checklistKey(id)` from src/lib/storage-keys.ts. */
  storageKey: string;
  /** The longest note kept, in characters. */
  maxNote: number;
  outline: ChecklistOutline;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

export class ChecklistElement extends SmmElement<ChecklistData, UiKeyWith<'checklist.'>> {
  private ids: string[] = [];
  private own!: ChecklistState;
  /** Someone else's progress from the link, while it is shown. */
  private shared: SharedChecklist | undefined;

  protected setup() {
    this.ids = listItemIds(this.config.outline);
    this.own = this.readOwn();
    this.listen(this, 'input', (event) => this.onInput(event));
    this.listen(this, 'change', (event) => this.onChange(event));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(window, 'hashchange', () => this.readHash());
    // Another tab changed the checklist: show its version (the learner's own, never a shared one).
    this.watchKey(this.key, () => {
      this.own = this.readOwn();
      if (!this.shared) this.render(true);
    });
    this.readHash();
  }

  private get key() {
    return this.config.storageKey;
  }
  private get shown(): ChecklistState {
    return this.shared?.state ?? this.own;
  }
  private find<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
    return root.querySelector<T>(selector)!;
  }
  private itemRoot(id: string) {
    return this.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
  }
  private readOwn() {
    return parseChecklistState(this.store.read(this.key), this.ids);
  }

  /** Shows the progress in the link after "#", if there is one, or the learner's own. */
  private readHash() {
    const hash = window.location.hash.slice(1);
    const error = this.required('[data-link-error]');
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
    this.required('[data-shared-banner]').hidden = !shared;
    this.required('[data-shared-notes]').hidden = !shared?.notesShortened;
    this.required('[data-shared-evidence]').hidden = !shared?.evidenceOmitted;
    this.required('[data-action="share"]').hidden = !!shared;
    this.required('[data-share-output]').hidden = true;
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
      const link = el('a', evidence);
      link.rel = 'noopener noreferrer';
      link.href = evidence;
      slot.replaceChildren(link);
    } else slot.replaceChildren();
  }

  private renderProgress() {
    const summary = summariseChecklist(this.config.outline, this.shown);
    const bySection = new Map(summary.sections.map((s) => [s.id, s]));
    for (const wrap of this.querySelectorAll<HTMLElement>('[data-progress]')) {
      const part = wrap.dataset.progress ? bySection.get(wrap.dataset.progress) : summary;
      if (!part) continue;
      this.find<HTMLProgressElement>('progress', wrap).value = part.done;
      this.find('[data-progress-text]', wrap).textContent = this.t('checklist.progress', {
        done: part.done,
        total: part.total,
      });
    }
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
    this.find('[data-evidence-error]', root).textContent = invalid ? this.t('checklist.evidenceInvalid') : '';
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
      const { maxNote } = this.config;
      const note = clampNote(field.value, maxNote);
      if (note !== field.value) field.value = note;
      this.renderCount(root);
      if (note.length >= maxNote) this.announce(this.t('checklist.noteLimit', { max: maxNote }));
      this.saveItem(updateItem(this.own, id, { note }), id);
    } else if (field.dataset.field === 'evidence') {
      // Valid links are kept as they are typed; anything else waits for the change event's message.
      const evidence = readEvidenceInput(field.value);
      if (!evidence.ok) return;
      this.setEvidenceError(root, false);
      this.saveItem(updateItem(this.own, id, { evidence: evidence.value }), id);
    }
  }

  private onChange(event: Event) {
    const target = this.fieldOf(event);
    if (!target) return;
    const { field, root, id } = target;
    if (field.dataset.field === 'done') {
      const done = (field as HTMLInputElement).checked;
      this.saveItem(updateItem(this.own, id, { done }), id);
      const item = this.config.outline.sections.flatMap((s) => s.items).find((i) => i.id === id)?.title ?? id;
      const { done: count, total } = summariseChecklist(this.config.outline, this.own);
      const progress = this.t('checklist.progress', { done: count, total });
      this.announce(this.t(done ? 'checklist.markedDone' : 'checklist.markedNotDone', { item, progress }));
    } else if (field.dataset.field === 'evidence') {
      const evidence = readEvidenceInput(field.value);
      this.setEvidenceError(root, !evidence.ok);
      if (!evidence.ok) this.announce(this.t('checklist.evidenceInvalid'));
    }
  }

  private saveItem(state: ChecklistState, id: string) {
    this.own = state;
    this.save(this.key, serialiseChecklistState(state));
    this.renderView(this.itemRoot(id)!, id);
    this.renderProgress();
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
    const output = this.required('[data-share-output]');
    const input = this.required<HTMLInputElement>('[data-share-url]');
    const link = createShareLink(this.own, this.ids);
    if (!link) {
      output.hidden = true;
      this.announce(this.t('checklist.linkTooLong'));
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${link.hash}`;
    input.value = url;
    output.hidden = false;
    const copied = await copyText(url, input);
    const message = [
      this.t(copied ? 'checklist.linkCopied' : 'checklist.linkNotCopied'),
      link.notesShortened ? this.t('checklist.linkNotesShortened') : '',
      link.evidenceOmitted ? this.t('checklist.linkEvidenceOmitted') : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.required('[data-share-info]').textContent = message;
    this.announce(message);
  }

  private downloadCsv() {
    const t = (key: 'Section' | 'Item' | 'Done' | 'Note' | 'Evidence') => this.t(`checklist.csv${key}`);
    const labels = {
      section: t('Section'),
      item: t('Item'),
      done: t('Done'),
      note: t('Note'),
      evidence: t('Evidence'),
      yes: this.t('checklist.yes'),
      no: this.t('checklist.no'),
    };
    this.download('csv', exportCsv(this.config.outline, this.shown, labels, this.config.lang));
  }

  private download(extension: 'md' | 'csv', text: string) {
    const file = `${this.t('checklist.fileName')}.${extension}`;
    downloadText(file, text, extension === 'md' ? 'text/markdown;charset=utf-8' : 'text/csv;charset=utf-8');
    this.announce(this.t('checklist.downloaded', { file }));
  }

  private backToOwn() {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    this.required('[data-link-error]').hidden = true;
    this.own = this.readOwn();
    this.showShared(undefined);
    this.required('[data-progress=""]').focus();
    this.announce(this.t('checklist.showingOwn'));
  }
}

defineElement('smm-checklist', ChecklistElement);
