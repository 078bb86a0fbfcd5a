/**
 * The course download's work on the Cache API, shared by the download widget and the service worker:
 * store a pack's files in the runtime caches the service worker reads (the same names), remove them,
 * and drop hashed files that no stored page needs any more. Only Cache Storage and fetch: it runs in
 * a page and in the worker alike.
 */
import { assetClosure } from '../../lib/offline/asset-refs';
import { readStoredPack, type StoredPack } from '../../lib/offline/download-plan';
import { cacheNameOf, type CoursePack, type PackFile } from '../../lib/offline/pack';
import { CACHE_NAMES, packPath, SEARCH_PREFIX } from '../../lib/offline/site-files';
import type { Lang } from '../../lib/paths';

/** Files fetched at once: enough to hide latency, few enough not to starve the page. */
const PARALLEL = 4;
/** Stored responses are matched by address only: hosts vary on Accept-Encoding, which pages cannot see. */
const MATCH: CacheQueryOptions = { ignoreVary: true };

export type StoreError = 'quota' | 'network' | 'failed';

/** Why storing stopped: the device is full, the connection went, or anything else. */
export function classifyError(error: unknown): StoreError {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota';
  if (error instanceof TypeError) return 'network';
  return 'failed';
}

const pathOf = (request: Request) => new URL(request.url).pathname;

/** The site paths stored in each runtime cache. */
export async function storedPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const name of Object.values(CACHE_NAMES)) {
    if (!(await caches.has(name))) continue;
    for (const request of await (await caches.open(name)).keys()) paths.add(pathOf(request));
  }
  return paths;
}

/**
 * Fetches and stores files one batch at a time, reporting bytes done. Stops at the first failure and
 * keeps what was stored: every file is complete or absent, never half-written.
 */
export async function storeFiles(
  files: readonly PackFile[],
  onProgress: (bytesDone: number) => void,
): Promise<{ bytesDone: number; error?: StoreError }> {
  let bytesDone = 0;
  let next = 0;
  let error: StoreError | undefined;
  const worker = async () => {
    while (error === undefined && next < files.length) {
      const file = files[next++]!;
      try {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
        await (await caches.open(cacheNameOf(file))).put(file.url, response);
        bytesDone += file.bytes;
        onProgress(bytesDone);
      } catch (caught) {
        error ??= classifyError(caught);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  return error === undefined ? { bytesDone } : { bytesDone, error };
}

/** The record of the last finished download of a language: its pack's version and when it finished. */
export async function readRecord(lang: Lang): Promise<StoredPack | undefined> {
  const response = await (await caches.open(CACHE_NAMES.pages)).match(packPath(lang), MATCH);
  return response ? readStoredPack(await response.json().catch(() => undefined)) : undefined;
}

/**
 * Marks a download finished. The record is the pack itself, kept with the pages: it lists the hashed
 * files of the download, so sweepAssets keeps them, and its version tells an update apart.
 */
export async function writeRecord(pack: CoursePack, storedAt: string): Promise<void> {
  const body = JSON.stringify({ ...pack, storedAt });
  const headers = { 'content-type': 'application/json' };
  await (await caches.open(CACHE_NAMES.pages)).put(packPath(pack.lang), new Response(body, { headers }));
}

/** Search files of `lang` that no pack lists any more (an earlier version's index). */
const isOldSearchFile = (path: string, lang: Lang, keep: ReadonlySet<string>) =>
  path.startsWith(SEARCH_PREFIX) && !keep.has(path) && new RegExp(`[./]${lang}_`).test(path);

/** Drops an earlier version's search index of `lang`, once the current one is stored. */
export async function pruneSearch(pack: CoursePack): Promise<void> {
  const keep = new Set(pack.files.map((file) => file.url));
  const cache = await caches.open(CACHE_NAMES.search);
  for (const request of await cache.keys())
    if (isOldSearchFile(pathOf(request), pack.lang, keep)) await cache.delete(request);
}

/** Removes the download of a language: its pages, data, search index and record; then unused files. */
export async function removeDownload(pack: CoursePack): Promise<void> {
  const listed = new Set(pack.files.filter((file) => file.cache !== 'assets').map((file) => file.url));
  for (const kind of ['pages', 'search'] as const) {
    const cache = await caches.open(CACHE_NAMES[kind]);
    for (const request of await cache.keys()) {
      const path = pathOf(request);
      if (listed.has(path) || path === packPath(pack.lang) || isOldSearchFile(path, pack.lang, listed))
        await cache.delete(request);
    }
  }
  await sweepAssets();
}

/**
 * Deletes the hashed files that no stored page (nor the record of a download) needs. Stored pages keep
 * the files of the version they came from, so a page stored before an update still works offline
 * after it, until it is visited online again.
 */
export async function sweepAssets(): Promise<number> {
  if (!(await caches.has(CACHE_NAMES.assets))) return 0;
  const pages = await caches.open(CACHE_NAMES.pages);
  const assets = await caches.open(CACHE_NAMES.assets);
  const texts = await Promise.all(
    (await pages.keys()).map(async (request) => (await pages.match(request, MATCH))?.text() ?? ''),
  );
  const keep = await assetClosure(texts, async (path) => (await assets.match(path, MATCH))?.text());
  let removed = 0;
  for (const request of await assets.keys()) {
    if (keep.has(pathOf(request))) continue;
    await assets.delete(request);
    removed++;
  }
  return removed;
}
