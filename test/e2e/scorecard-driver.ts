/** Helpers for the scorecard end-to-end tests (a plain module, so no test runs twice). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillTemplate } from '../../src/lib/format';
import { CONTENT } from '../support/content';

export type Strings = (key: string, values?: Record<string, string | number>) => string;

/** The UI strings of a language, as the pages show them. */
export function loadStrings(lang: 'en' | 'bg'): Strings {
  const all = JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
  return (key, values = {}) => {
    const text = all[`scorecard.${key}`];
    if (text === undefined) throw new Error(`no string scorecard.${key}`);
    return fillTemplate(text, values);
  };
}

/** Presses Tab until `selector` has the focus: proves it can be reached by keyboard. */
export async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Names of the picked items in the builder, in order. */
export const pickedNames = (page: Page) =>
  page.$$eval('[data-picked] > li .scorecard-name', (nodes) =>
    nodes.map((n) =>
      [...n.childNodes]
        .filter((c) => c.nodeType === 3)
        .map((c) => c.textContent)
        .join('')
        .trim(),
    ),
  );

/** Number of pages a PDF has. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
