import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_NAMES } from '../../src/lib/offline/site-files';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';
import { cachedPaths, isOfflineNoise, pngSize, waitForCached, waitForWorker } from './offline-driver';
import { answer, readQuizConfig } from './quiz-driver';
import { searchFor } from './search';
import { strings } from './strings';

const en = strings('en');
const bg = strings('bg');
/** The first words of a message, before its first placeholder: what a test can match exactly. */
const lead = (text: string) => text.split(/[({]/)[0]!.trim();

/**
 * Opens `path`, waits for the worker of its language (`worker`) to control it, and returns the
 * manifest Chromium found with what keeps the page from being installable.
 */
async function readManifest({ page, context }: Session, path: string, worker: string) {
  await page.goto(url(path));
  await waitForWorker(page, worker);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await cdp.detach();
  const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown> & { icons: Record<string, string>[] };
  return { url: new URL(manifest.url).pathname, errors: manifest.errors, installabilityErrors, data };
}

/**
 * One visitor (one browser profile) through the whole story, so that each service worker installs
 * once: visit, go offline, come back; store the course, run out of space, store the rest; search
 * offline in both languages.
 */
describe.skipIf(!hasBrowser())('offline use', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ persistent: true });
  });
  afterAll(async () => session?.close());

  it('English: installable; a visited lesson reloads offline and its quiz works; other pages show the offline page', async () => {
    const { page, context } = session;
    const manifest = await readManifest(session, '/course/role/', '/sw.js');
    expect(manifest).toMatchObject({ url: '/manifest.webmanifest', errors: [], installabilityErrors: [] });
    expect(manifest.data).toMatchObject({ name: 'SMM Academy', start_url: '/', scope: '/', display: 'standalone' });
    for (const purpose of ['any', 'maskable'])
      for (const size of [192, 512]) {
        const icon = manifest.data.icons.find((i) => i.purpose === purpose && i.sizes === `${size}x${size}`);
        const png = new Uint8Array(await (await fetch(url(icon!.src!))).arrayBuffer());
        expect(pngSize(png), `${purpose} ${size}`).toEqual({ width: size, height: size });
      }

    await waitForCached(page, CACHE_NAMES.pages, '/course/role/');
    const title = await page.title();
    await context.setOffline(true);
    try {
      await page.reload();
      expect(await page.title()).toBe(title);
      await page.locator('#smm-connection').getByText(en('offline.status.offline')).waitFor();
      for (const question of (await readQuizConfig(page)).questions) await answer(page, question, true);
      const record = await page.evaluate(() => JSON.parse(localStorage.getItem('smm-academy:quiz:role') ?? 'null'));
      expect(record).toMatchObject({ best: 100, attempts: 1 });

      await page.goto(url('/course/paid-social/'));
      expect(await page.locator('h1').textContent()).toBe('You are offline');
      const stored = page.locator('smm-offline-pages [data-stored] a');
      await stored.first().waitFor();
      expect(await stored.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([
        '/course/role/',
      ]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('Bulgarian: installable as its own app; an unvisited page offline is the Bulgarian offline page', async () => {
    const { page, context } = session;
    const manifest = await readManifest(session, '/bg/', '/bg/sw.js');
    expect(manifest).toMatchObject({ url: '/bg/manifest.webmanifest', errors: [], installabilityErrors: [] });
    expect(manifest.data).toMatchObject({ name: 'SMM Академия', start_url: '/bg/', scope: '/bg/', lang: 'bg' });

    await context.setOffline(true);
    try {
      await page.goto(url('/bg/course/paid-social/'));
      expect(await page.locator('h1').textContent()).toBe('Няма връзка с интернет');
      expect(await page.locator('html').getAttribute('lang')).toBe('bg');
      await page.locator('smm-offline-pages [data-none]').getByText(bg('offline.pages.noneStored')).waitFor();
      await page.locator('#smm-connection').getByText(bg('offline.status.offline')).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });

  it('the course download: its size first; a full device stops it with a clear message; the rest completes it', async () => {
    const { page } = session;
    await page.goto(url('/course/'));
    const widget = page.locator('smm-offline-download');
    const button = widget.locator('[data-download]');
    await button.waitFor();
    expect(await button.textContent()).toMatch(/\(\d+\.\d MB\)$/);

    // The page's Cache API fills up after a few files, as on a full device (the worker's is untouched).
    await page.evaluate(() => {
      const put = Cache.prototype.put;
      let count = 0;
      Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
        if (++count > 6) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
        return put.apply(this, args);
      };
    });
    await button.click();
    const error = widget.locator('[data-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain(lead(en('offline.download.quota')));
    expect(await error.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await button.textContent()).toContain(lead(en('offline.download.resume')));
    // The widget's error state (a11y.test.ts covers its first state with every page).
    expect(await findViolations(session, 'smm-offline-download')).toEqual([]);

    await page.reload();
    await button.click();
    await widget.locator('[data-live]').getByText(en('offline.download.done')).waitFor({ timeout: 60_000 });
    expect(await widget.locator('[data-download-status]').textContent()).toContain(
      lead(en('offline.download.complete')),
    );
    expect(await button.isHidden()).toBe(true);
  });

  it('the Bulgarian download, from the progress page', async () => {
    const { page } = session;
    await page.goto(url('/bg/progress/'));
    const widget = page.locator('smm-offline-download');
    const button = widget.locator('[data-download]');
    await button.waitFor();
    expect(await button.textContent()).toMatch(/\(\d+,\d МБ\)$/);
    await button.click();
    await widget.locator('[data-live]').getByText(bg('offline.download.done')).waitFor({ timeout: 60_000 });
  });

  it.each([
    { prefix: '', query: 'engagement rate' },
    { prefix: '/bg', query: 'ангажираност' },
  ])(
    'offline after the download, search in "$prefix/" finds lessons that open, and the final assessment works',
    async ({ prefix, query }) => {
      const { page, context } = session;
      await context.setOffline(true);
      try {
        await page.goto(url(`${prefix}/course/`));
        const hrefs = await searchFor(session, query);
        expect(hrefs.length).toBeGreaterThan(0);
        expect(hrefs.every((href) => href.startsWith(`${prefix}/`))).toBe(true);
        const lesson = hrefs.find((href) => /\/course\/[\w-]+\/$/.test(href))!;
        await page.goto(url(lesson));
        expect(await page.locator('smm-offline-pages').count()).toBe(0);
        await page.goto(url(`${prefix}/course/final-assessment/`));
        await page.locator('smm-final-assessment .quiz-question').first().waitFor();
      } finally {
        await context.setOffline(false);
      }
    },
  );

  it('a new deploy: an open page offers the new version, and Reload keeps saved progress', async () => {
    const { page } = session;
    await page.goto(url('/course/'));
    await waitForWorker(page, '/sw.js');
    const saved = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await saved();
    // Any change to the worker's bytes is a new version for the browser, as a real deploy would be.
    const worker = resolve(import.meta.dirname, '../../dist/sw.js');
    const deployed = readFileSync(worker, 'utf8');
    writeFileSync(worker, `${deployed}\n// a new deploy\n`);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))?.update());
      const notice = page.locator('#smm-update');
      await notice.getByText(en('offline.update.message')).waitFor();
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: en('offline.update.reload') }).click(),
      ]);
      expect(await page.locator('#smm-update').count()).toBe(0);
      // The new worker took over (none left waiting) and serves the reloaded page.
      await waitForWorker(page, '/sw.js');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))?.waiting)).toBeNull();
      expect(await saved()).toBe(before);
    } finally {
      writeFileSync(worker, deployed);
    }
  });

  it('removes the English copy and keeps the Bulgarian one', async () => {
    const { page } = session;
    await page.goto(url('/course/'));
    const widget = page.locator('smm-offline-download');
    await widget.locator('[data-remove]').click();
    await widget.locator('[data-live]').getByText(en('offline.download.removed')).waitFor();
    await widget.locator('[data-download]').waitFor();
    const stored = await cachedPaths(page);
    expect(stored[CACHE_NAMES.pages]!.filter((p) => /^\/course\/[\w-]+\/$/.test(p))).toEqual([]);
    expect(stored[CACHE_NAMES.pages]!.filter((p) => p.startsWith('/bg/course/')).length).toBeGreaterThan(15);
    expect(stored[CACHE_NAMES.search]!.some((p) => /\/en_/.test(p))).toBe(false);
    expect(session.errors.filter((e) => !isOfflineNoise(e))).toEqual([]);
  });
});
