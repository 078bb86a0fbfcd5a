import type { Page } from 'playwright-core';

/** Waits until a service worker whose script ends with `script` ("/sw.js", "/bg/sw.js") controls the page. */
export async function waitForWorker(page: Page, script: string): Promise<void> {
  await page.waitForFunction((end) => navigator.serviceWorker.controller?.scriptURL.endsWith(end) === true, script, {
    timeout: 30_000,
  });
}

/** The site paths stored in each cache, by cache name. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    return out;
  });
}

/** Waits until `path` is in the cache `name` (the service worker stores pages after it answers). */
export async function waitForCached(page: Page, name: string, path: string): Promise<void> {
  await page.waitForFunction(
    async ([cacheName, wanted]) =>
      (await (await caches.open(cacheName!)).keys()).some((r) => new URL(r.url).pathname === wanted),
    [name, path],
    { timeout: 20_000 },
  );
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Console errors the browser itself writes for requests that fail while offline. */
export const isOfflineNoise = (message: string): boolean => /ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(message);
