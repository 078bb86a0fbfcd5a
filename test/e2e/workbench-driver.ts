/** Helpers shared by the worksheet end-to-end tests. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { STORAGE_PREFIX } from '../../src/lib/storage';
import { STORAGE_KEYS } from '../../src/lib/storage-keys';

export { parseCsv } from '../support/csv';

/** Clicks a button and returns the name and text (byte-order mark removed) of the file it downloads. */
export async function downloadOf(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''),
  };
}

/** The delimiter a spreadsheet in the page's language splits on: ";" in Bulgarian, "," in English. */
export const csvDelimiter = (lang: string): ',' | ';' => (lang === 'bg' ? ';' : ',');

/** Where a worksheet keeps its data in the browser's localStorage, from the key registry. */
export const storageKeyOf = (name: keyof typeof STORAGE_KEYS): string => STORAGE_PREFIX + STORAGE_KEYS[name];

/** Puts a value into the page's localStorage, as a learner's earlier visit would have. */
export const seedStorage = (page: Page, key: string, value: string): Promise<void> =>
  page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);

/** Whether the page itself scrolls sideways (a table scrolling inside its own box does not count). */
export const pageScrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
