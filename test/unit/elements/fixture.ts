/** What the worksheet element tests share: their strings, a clean page per test, and downloads. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { fillTemplate } from '../../../src/lib/format';

/** The UI strings of one prefix ("rrs.") in a language, as the server puts them in a config block. */
export function stringsWith(prefix: string, lang: 'en' | 'bg' = 'en'): Record<string, string> {
  const path = resolve(import.meta.dirname, `../../../content/i18n/${lang}.json`);
  const all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix)));
}

/** A translator over those strings, for expected texts; a missing key fails loudly. */
export const translatorOf =
  (strings: Record<string, string>) =>
  (key: string, values: Record<string, string | number> = {}): string => {
    if (strings[key] === undefined) throw new Error(`no string ${key}`);
    return fillTemplate(strings[key], values);
  };

/** Each test starts with empty storage and fake timers (for the live region), and ends with an empty page. */
export function useCleanPage(): void {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** Catches the next file the page offers for download; resolves to its text. */
export function catchDownload(): () => Promise<string> {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return () => {
    if (!blob) throw new Error('nothing was downloaded');
    return blob.text();
  };
}
