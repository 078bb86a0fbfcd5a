/**
 * The service worker, built by src/integrations/offline.ts: esbuild bundles this file with Workbox's
 * modules, then workbox-build's injectManifest writes the precache list (the app shell, with content
 * revisions) into it, once per language (/sw.js for English, /bg/sw.js for Bulgarian). All caching is
 * Workbox's; this file only says which strategy serves which address.
 *
 * - Hashed files (/_astro/): from the assets cache, else the precache (copied into the assets cache,
 *   so that stored pages keep their own version's files after an update), else the network.
 * - The app shell: from the precache, updated with the service worker.
 * - Pages: network first (a slow connection falls back after 4 s), stored on the way in the pages
 *   cache; a page that is neither online nor stored gets the offline page in its language.
 * - Search (Pagefind): hashed index files from the cache, the rest network first.
 * - A new version waits until the learner reloads (the page offers it) or closes every tab.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSET_PREFIX, CACHE_NAMES, DOWNLOADS_PREFIX, offlinePagePath, SEARCH_PREFIX } from '../lib/offline/site-files';
import { sweepAssets } from '../scripts/offline/cache-store';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const matchOptions: CacheQueryOptions = { ignoreVary: true };
const NETWORK_TIMEOUT_SECONDS = 4;

const keepPrecachedCopy: WorkboxPlugin = {
  async cachedResponseWillBeUsed({ cacheName, request, cachedResponse }) {
    if (cachedResponse) return cachedResponse;
    const precached = await matchPrecache(request.url);
    if (precached) await (await caches.open(cacheName)).put(request, precached.clone());
    return precached ?? null;
  },
};

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(ASSET_PREFIX),
  new CacheFirst({ cacheName: CACHE_NAMES.assets, matchOptions, plugins: [keepPrecachedCopy] }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin && request.mode === 'navigate' && !url.pathname.startsWith(DOWNLOADS_PREFIX),
  new NetworkFirst({ cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, matchOptions }),
);

// The final assessment's question pool: data that belongs to the pages.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/quizzes\/[\w-]+\/[\w-]+\.json$/.test(url.pathname),
  new NetworkFirst({ cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, matchOptions }),
);

/**
 * Pagefind asks for its entry file with a new "?ts=…" each time, to get past HTTP caches: the search
 * cache keeps every file under its plain address (as the course download stores it), so offline the
 * entry file is found whatever the query.
 */
const plainAddress: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

// Pagefind names its index files by content; its loader, entry file and wasm keep their names.
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin &&
    url.pathname.startsWith(SEARCH_PREFIX) &&
    /(\/(index|fragment|filter)\/|\.pf_meta$)/.test(url.pathname),
  new CacheFirst({ cacheName: CACHE_NAMES.search, matchOptions, plugins: [plainAddress] }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(SEARCH_PREFIX),
  new NetworkFirst({
    cacheName: CACHE_NAMES.search,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions,
    plugins: [plainAddress],
  }),
);

setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache(offlinePagePath(url.pathname))) ?? Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * The pages open when the worker first takes over loaded before it existed, so no route stored them:
 * store them now, so that the lesson a learner opened first also works offline.
 */
async function storeOpenPages(): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.pages);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const url = new URL(client.url);
    url.hash = '';
    if (url.origin !== self.location.origin || url.pathname.startsWith(DOWNLOADS_PREFIX)) continue;
    if ((await matchPrecache(url.href)) || (await cache.match(url.href, matchOptions))) continue;
    await cache.add(url.href).catch(() => undefined);
  }
}

// A first install takes the open pages at once: nothing older serves them, so nothing can mix.
clientsClaim();
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([sweepAssets(), storeOpenPages()])));
