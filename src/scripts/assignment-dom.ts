/**
 * Helpers shared by the assignment builder, the assignment page and the class results: the JSON
 * config, translated strings, safe element creation, dates, copying and the live region.
 */
import { fillTemplate } from '../lib/format';

export interface BaseConfig {
  lang: string;
  strings: Record<string, string>;
  /** Item titles and site links by item key ("lesson:role"), made at build time. */
  items: Record<string, { title: string; href: string }>;
}

/** Reads the element's JSON block; undefined when it is missing or broken. */
export function readConfig<T extends BaseConfig>(root: HTMLElement): T | undefined {
  try {
    return JSON.parse(root.querySelector('script[data-config]')?.textContent ?? '') as T;
  } catch {
    return undefined;
  }
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export const makeTranslate =
  (strings: Record<string, string>): Translate =>
  (key, values = {}) =>
    fillTemplate(strings[key] ?? key, values);

/** Creates an element whose text is set with textContent (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link to a page of this site only: anything that is not a site-absolute path is refused. */
export function siteLink(href: string | undefined, text: string): HTMLElement {
  if (!href || !href.startsWith('/') || href.startsWith('//')) return el('span', text);
  const link = el('a', text);
  link.href = href;
  return link;
}

export const $ = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T =>
  root.querySelector<T>(selector)!;

/** Says a message through the element's live region. */
export function announce(root: HTMLElement, message: string): void {
  const live = root.querySelector('[data-live]');
  if (!live) return;
  // Clearing first makes screen readers repeat an identical message.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

/** Reveals controls that need JavaScript and hides the note that says so. */
export function revealControls(root: HTMLElement): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-needs-js]')) node.hidden = false;
  for (const node of root.querySelectorAll<HTMLElement>('[data-no-js]')) node.hidden = true;
}

/** Intl locale of a page language: the English pages are written in British English. */
const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/** A due date "YYYY-MM-DD" in words, read as a calendar date (no time zone shift). */
export function formatDue(lang: string, due: string): string {
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A date-time in the reader's language and time zone. */
export const formatTime = (lang: string, iso: string): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Copies text; false when the browser refuses (the page then asks for Ctrl+C on the selected text). */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

/** This device's offset from UTC on a due date (see computeDeadline), summer time included. */
export const offsetOn = (due: string): number => new Date(`${due}T12:00:00`).getTimezoneOffset();
