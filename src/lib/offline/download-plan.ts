/**
 * What "Download the course for offline use" should do next, from the current course pack, the files
 * this device has stored and the pack it stored last time (kept in the pages cache as the record of
 * the download). Pure, so every state is unit-tested.
 */
import type { CoursePack, PackFile } from './pack';
import { isRecord, isTimestamp } from '../guards';

/**
 * none: nothing stored; partial: a download stopped part-way (or files went missing); complete:
 * everything of this version is stored; outdated: stored from an earlier version of the site.
 */
export type DownloadState = 'none' | 'partial' | 'complete' | 'outdated';

/** The pack as stored at the end of a download, with the time it finished. */
export interface StoredPack {
  version: string;
  storedAt: string;
}

export interface DownloadPlan {
  state: DownloadState;
  /** Files to fetch to make the download complete and current. */
  toFetch: PackFile[];
  bytesToFetch: number;
  /** Bytes of the pack already on the device. */
  bytesStored: number;
}

/** Reads the stored record; anything that is not one counts as no record. */
export function readStoredPack(value: unknown): StoredPack | undefined {
  if (!isRecord(value) || typeof value.version !== 'string' || !isTimestamp(value.storedAt)) return undefined;
  return { version: value.version, storedAt: value.storedAt };
}

/**
 * `stored` holds the URLs of the pack's files found in their caches. Hashed files (scripts, styles,
 * search index) change name when they change, so a stored one is current; pages and data keep their
 * address, so after an update they are fetched again.
 */
export function planDownload(pack: CoursePack, stored: ReadonlySet<string>, record?: StoredPack): DownloadPlan {
  const present = pack.files.filter((file) => stored.has(file.url));
  const bytesStored = present.reduce((sum, file) => sum + file.bytes, 0);
  const outdated = record !== undefined && record.version !== pack.version && present.length > 0;
  const toFetch = pack.files.filter((file) => !stored.has(file.url) || (outdated && file.cache === 'pages'));
  const bytesToFetch = toFetch.reduce((sum, file) => sum + file.bytes, 0);
  const state: DownloadState = outdated
    ? 'outdated'
    : present.length === 0
      ? 'none'
      : toFetch.length === 0
        ? 'complete'
        : 'partial';
  return { state, toFetch, bytesToFetch, bytesStored };
}

/** Megabytes with one decimal in the reader's language ("4.2", "4,2"); never "0.0" for a few bytes. */
export function formatMegabytes(bytes: number, lang: string): string {
  const mb = bytes / 1_000_000;
  const shown = bytes > 0 && mb < 0.1 ? 0.1 : mb;
  return new Intl.NumberFormat(lang === 'bg' ? 'bg-BG' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(shown);
}
