/**
 * Small helpers shared by the KPI plan and editorial calendar elements: reading the JSON config,
 * translated strings, the live region, the storage notice and dates in the learner's language.
 */
import { fillTemplate } from '../lib/format';
import type { SafeStore } from '../lib/storage';

export interface WorksheetConfig {
  lang: string;
  strings: Record<string, string>;
}

/** Reads the element's JSON block; undefined when it is missing or not JSON. */
export function readConfig<T extends WorksheetConfig>(root: HTMLElement): T | undefined {
  try {
    return JSON.parse(root.querySelector('script[data-config]')?.textContent ?? '') as T;
  } catch {
    return undefined;
  }
}

export const translate =
  (strings: Record<string, string>) =>
  (key: string, values: Record<string, string | number> = {}): string =>
    fillTemplate(strings[key] ?? key, values);

/** Says a message through the element's live region. */
export function announce(root: HTMLElement, message: string): void {
  const live = root.querySelector('[data-live]');
  if (!live) return;
  // Clearing first makes screen readers repeat an identical message.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

/** Shows the "won't be kept" notice whenever storage has failed. */
export function showStorageNotice(root: HTMLElement, store: SafeStore): void {
  const notice = root.querySelector<HTMLElement>('[data-storage-notice]');
  if (notice) notice.hidden = store.persistent;
}

/** Today's date on this device as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The site writes British English, so dates read "3 May 2025", not "May 3, 2025". */
export const toLocale = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);

/** A YYYY-MM-DD date in words; the date is read as UTC so that no time zone shifts it. */
export function formatIsoDate(
  lang: string,
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(toLocale(lang), { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Reveals the controls that need JavaScript and hides the no-JavaScript note. */
export function revealControls(root: HTMLElement): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-needs-js]')) node.hidden = false;
  for (const node of root.querySelectorAll<HTMLElement>('[data-no-js]')) node.hidden = true;
}
