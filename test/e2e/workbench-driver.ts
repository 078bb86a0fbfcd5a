/** Helpers shared by the worksheet end-to-end tests. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

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

/** Reads CSV as a spreadsheet does (RFC 4180 quoting), splitting on `delimiter` only. */
export function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === delimiter) {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Whether the page itself scrolls sideways (a table scrolling inside its own box does not count). */
export const pageScrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
