/**
 * <smm-offline-download>: "Download the course for offline use". Reads the language's course pack,
 * compares it with what this device has stored and offers the next step with its size in MB: download,
 * download the rest, update after a new version, or remove. Files go into the service worker's own
 * runtime caches (src/scripts/offline/cache-store.ts), so the worker serves them offline. A full
 * device or a lost connection stops the download with a message and keeps what was stored.
 */
import { formatMegabytes, planDownload, type DownloadPlan, type DownloadState } from '../../lib/offline/download-plan';
import type { CoursePack } from '../../lib/offline/pack';
import { formatTimestamp } from '../../lib/dates';
import type { UiKeyWith } from '../../lib/ui-strings';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import {
  pruneSearch,
  readRecord,
  removeDownload,
  storedPaths,
  storeFiles,
  writeRecord,
  type StoreError,
} from './cache-store';
import { fetchPack } from './pack-client';

type Key = UiKeyWith<'offline.download.'>;

const BUTTON_LABEL: Record<DownloadState, Key | undefined> = {
  none: 'offline.download.start',
  partial: 'offline.download.resume',
  outdated: 'offline.download.update',
  complete: undefined,
};
const ERROR_MESSAGE: Record<StoreError, Key> = {
  quota: 'offline.download.quota',
  network: 'offline.download.network',
  failed: 'offline.download.failed',
};

export class OfflineDownloadElement extends SmmElement<{ packUrl: string }, Key> {
  private pack: CoursePack | undefined;
  private plan: DownloadPlan | undefined;
  private busy = false;

  protected setup() {
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      this.status.textContent = this.t('offline.download.unsupported');
      return;
    }
    this.listen(this.required('[data-download]'), 'click', () => void this.download());
    this.listen(this.required('[data-remove]'), 'click', () => void this.removeCopy());
    void this.refresh();
  }

  private get status() {
    return this.required('[data-download-status]');
  }

  private mb(bytes: number) {
    return formatMegabytes(bytes, this.config.lang);
  }

  /** Reads the pack and the caches again, and shows the state and the buttons that fit it. */
  private async refresh() {
    this.pack ??= await fetchPack(this.config.packUrl);
    if (!this.pack) {
      this.status.textContent = this.t('offline.download.unavailable');
      return;
    }
    let record;
    try {
      const [stored, found] = await Promise.all([storedPaths(), readRecord(this.pack.lang)]);
      record = found;
      this.plan = planDownload(this.pack, stored, record);
    } catch {
      // Cache Storage refused (a private window with storage off, for instance).
      this.status.textContent = this.t('offline.download.unsupported');
      return;
    }
    const { state, bytesToFetch, bytesStored } = this.plan;
    const size = this.mb(bytesToFetch);
    this.status.textContent =
      state === 'complete'
        ? this.t('offline.download.complete', {
            size: this.mb(bytesStored),
            date: record ? formatTimestamp(this.config.lang, record.storedAt) : '',
          })
        : this.t(`offline.download.${state}`, { size, stored: this.mb(bytesStored) });
    const download = this.required<HTMLButtonElement>('[data-download]');
    const label = BUTTON_LABEL[state];
    download.hidden = label === undefined;
    if (label) download.textContent = this.t(label, { size });
    this.required('[data-remove]').hidden = bytesStored === 0;
  }

  private setBusy(busy: boolean) {
    this.busy = busy;
    for (const button of this.querySelectorAll('button')) button.disabled = busy;
  }

  private showProgress(done: number, total: number) {
    const bar = this.required<HTMLProgressElement>('[data-download-bar]');
    bar.max = Math.max(total, 1);
    bar.value = Math.min(done, bar.max);
    this.required('[data-progress-text]').textContent = this.t('offline.download.progress', {
      done: this.mb(done),
      total: this.mb(total),
    });
  }

  private async download() {
    const { pack, plan } = this;
    if (!pack || !plan || this.busy || plan.toFetch.length === 0) return;
    this.setBusy(true);
    const error = this.required('[data-error]');
    error.hidden = true;
    this.required('[data-progress]').hidden = false;
    const total = plan.bytesToFetch;
    this.showProgress(0, total);
    this.announce(this.t('offline.download.started', { size: this.mb(total) }));
    // Ask the browser not to evict the course under storage pressure; it may say no.
    void navigator.storage?.persist?.().catch(() => false);
    const result = await storeFiles(plan.toFetch, (done) => this.showProgress(done, total));
    if (result.error) {
      const stored = await storedPaths().catch(() => new Set<string>());
      const bytes = pack.files.filter((file) => stored.has(file.url)).reduce((sum, file) => sum + file.bytes, 0);
      error.textContent = this.t(ERROR_MESSAGE[result.error], { stored: this.mb(bytes) });
      error.hidden = false;
      error.focus();
    } else {
      await writeRecord(pack, new Date().toISOString()).catch(() => undefined);
      await pruneSearch(pack).catch(() => undefined);
      this.required('[data-progress]').hidden = true;
      this.announce(this.t('offline.download.done'));
    }
    this.setBusy(false);
    await this.refresh();
  }

  private async removeCopy() {
    if (!this.pack || this.busy) return;
    this.setBusy(true);
    await removeDownload(this.pack).catch(() => undefined);
    this.required('[data-error]').hidden = true;
    this.required('[data-progress]').hidden = true;
    this.setBusy(false);
    await this.refresh();
    this.announce(this.t('offline.download.removed'));
  }
}

defineElement('smm-offline-download', OfflineDownloadElement);
