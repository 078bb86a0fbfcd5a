/**
 * Export and import, loaded by <smm-progress> the first time the learner uses either. Export
 * writes everything the site keeps to a file; import checks a file, previews what merging or
 * replacing would change, and writes only when the learner confirms. Preview rows name each stored
 * key in words (classifyKey), never as raw data.
 */
import { formatTimestamp, toCalendarDate } from '../../lib/dates';
import { applySnapshot, buildExport, takeSnapshot } from '../../lib/progress/backup';
import type { ProgressStore } from '../../lib/progress/store';
import {
  MAX_IMPORT_BYTES,
  parseImport,
  planImport,
  type Change,
  type ImportError,
  type ImportMode,
  type ProgressData,
} from '../../lib/progress/transfer';
import { classifyKey } from '../../lib/storage-key-kinds';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';

type Key = UiKeyWith<'progress.'>;

/** What export and import need from the page's element. */
export interface BackupContext {
  root: HTMLElement;
  t: Translate<Key>;
  lang: string;
  store: ProgressStore;
  titleOf(slug: string): string;
  say(text: string, kind?: 'info' | 'error', focus?: boolean): void;
  /** Redraws the page from storage, after an import. */
  render(): void;
}

const ERROR_KEYS: Record<ImportError | 'read-failed', Key> = {
  'too-large': 'progress.error.tooLarge',
  'not-json': 'progress.error.notJson',
  'wrong-schema': 'progress.error.wrongSchema',
  'newer-version': 'progress.error.newerVersion',
  damaged: 'progress.error.damaged',
  'read-failed': 'progress.error.readFailed',
};

/** The worksheets and tools whose data travels with an export, by their storage key. */
const TOOL_KEYS: Partial<Record<string, Key>> = {
  [STORAGE_KEYS.rrs]: 'progress.item.rrs',
  [STORAGE_KEYS.swot]: 'progress.item.swot',
  [STORAGE_KEYS.kpiPlan]: 'progress.item.kpiPlan',
  [STORAGE_KEYS.calendar]: 'progress.item.calendar',
  [STORAGE_KEYS.classReports]: 'progress.item.classReports',
  [STORAGE_KEYS.learnerName]: 'progress.item.learnerName',
  [STORAGE_KEYS.reviewDeck]: 'progress.item.reviewDeck',
};

export class ProgressBackup {
  private incoming: { data: ProgressData; exportedAt: string } | undefined;

  constructor(private readonly page: BackupContext) {}

  /** Downloads everything the site keeps in this browser, worksheets included. */
  exportFile(): void {
    const now = new Date();
    const file = `smm-academy-progress-${toCalendarDate(now)}.json`;
    downloadText(file, buildExport(takeSnapshot(this.page.store), now), 'application/json');
    this.page.say(this.page.t('progress.exported', { file }));
  }

  private part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.page.root.querySelector<T>(selector)!;
  }

  /** Reads the chosen file; a file that is refused leaves storage and the preview untouched. */
  async read(): Promise<void> {
    const { t, say } = this.page;
    const input = this.part<HTMLInputElement>('[data-import]');
    const file = input.files?.[0];
    this.incoming = undefined;
    this.part('[data-preview]').hidden = true;
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
      say(t(ERROR_KEYS[result.error]), 'error');
      return;
    }
    say('');
    this.incoming = { data: result.data, exportedAt: result.exportedAt };
    this.show();
    this.part('[data-preview]').focus();
  }

  private get mode(): ImportMode {
    const checked = this.part<HTMLInputElement>('input[name="progress-mode"]:checked');
    return checked?.value === 'replace' ? 'replace' : 'merge';
  }

  private plan() {
    return planImport(takeSnapshot(this.page.store), this.incoming!.data, this.mode, new Date());
  }

  /** A row's label: what the key holds, in words. */
  private labelOf(change: Change): string {
    const { t, titleOf } = this.page;
    const family = classifyKey(change.key);
    const quizTitle = (id: string) => (id === 'final' ? t('progress.finalHeading') : titleOf(id));
    switch (family.kind) {
      case 'lessons':
        return t('progress.item.lesson', { title: titleOf(change.lesson ?? '') });
      case 'quiz-record':
        return family.quizId === 'final'
          ? t('progress.finalHeading')
          : t('progress.item.quiz', { title: quizTitle(family.quizId) });
      case 'quiz-progress':
        // Kept after an attempt ends too (the quiz shows its last answers), so not "under way".
        return t('progress.item.answers', { title: quizTitle(family.quizId) });
      case 'checklist':
        if (change.key === STORAGE_KEYS.personalChecklist) return t('progress.checklistHeading');
        break;
      case 'quarantine':
        return t('progress.item.quarantine', { key: change.key });
    }
    const tool = TOOL_KEYS[change.key];
    return tool ? t(tool) : t('progress.item.other', { key: change.key });
  }

  /** Shows (or refreshes, after a change in another tab) what the import would change. */
  show(): void {
    if (!this.incoming) return;
    const { t, lang } = this.page;
    const date = formatTimestamp(lang, this.incoming.exportedAt, { withTime: true });
    this.part('[data-preview-intro]').textContent = t('progress.previewIntro', { date });
    const rows = this.plan().changes.map((change) => {
      const row = el('tr');
      const label = el('th', this.labelOf(change));
      label.scope = 'row';
      row.append(label, el('td', t(`progress.change.${change.status}`)));
      row.dataset.change = change.status;
      return row;
    });
    if (!rows.length) {
      const cell = el('td', t('progress.previewNone'));
      cell.colSpan = 2;
      rows.push(el('tr'));
      rows[0]!.append(cell);
    }
    this.part('[data-preview-rows]').replaceChildren(...rows);
    this.part('[data-preview]').hidden = false;
  }

  apply(): void {
    if (!this.incoming) return;
    const plan = this.plan();
    applySnapshot(this.page.store, plan.result);
    const count = (status: Change['status']) => plan.changes.filter((c) => c.status === status).length;
    this.close(
      this.page.t('progress.imported', { added: count('added'), changed: count('changed'), removed: count('removed') }),
    );
    this.page.render();
  }

  cancel(): void {
    this.close(this.page.t('progress.importCancelled'));
  }

  private close(message: string) {
    this.incoming = undefined;
    this.part('[data-preview]').hidden = true;
    this.part<HTMLInputElement>('[data-import]').value = '';
    this.page.say(message, 'info', true);
  }
}
