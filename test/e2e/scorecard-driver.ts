/** Helpers for the scorecard end-to-end tests (a plain module, so no test runs twice). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillTemplate } from '../../src/lib/format';
import { CONTENT } from '../support/content';

/** The items of a realistic full interview: twelve from every group of the taxonomy. */
export const INTERVIEW_ITEMS = [
  'strategy',
  'content',
  'community',
  'analytics',
  'campaigns',
  'crisis',
  'know-audience',
  'define-kpis',
  'creativity',
  'communication',
  'storyteller',
  'canva',
];

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

/** Number of clickable links in a PDF (Chromium writes each as a /Link annotation). */
export function countPdfLinks(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Subtype\s*\/Link/g)?.length ?? 0;
}

/** The text a printed page shows: the page's text under print media (what is hidden is left out). */
export async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() => document.body.innerText);
  } finally {
    // Back to no emulation: page.pdf() prints with screen styles while 'screen' is emulated.
    await page.emulateMedia({ media: null });
  }
}

/**
 * Words in `selector` that the layout breaks across two lines mid-word: each word (or each part of
 * a hyphenated word) must sit on one line. Returns the broken words (empty when none is).
 */
export const brokenWords = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (roots) => {
    const broken: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A break after a hyphen ("self-assessment") is where the word allows one.
        for (const match of text.matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });

/** True when the page scrolls sideways (something is wider than the viewport). */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
