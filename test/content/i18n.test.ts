import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { UiStringsSchema } from '../../src/schemas/ui-strings';
import { CONTENT } from '../support/content';

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

/** Every key Starlight knows: its own UI, Pagefind's and Expressive Code's, plus ours. */
const ALL_KEYS = Object.keys(i18nSchema({ extend: UiStringsSchema }).shape);

describe('UI strings', () => {
  const en = read('en');
  const bg = read('bg');

  it('English defines every key of our own UI strings schema', () => {
    expect(UiStringsSchema.safeParse(en).success).toBe(true);
  });

  it('Bulgarian has every key of the English set: ours, Starlight’s, Pagefind’s and Expressive Code’s', () => {
    expect(ALL_KEYS.filter((key) => key.startsWith('pagefind.')).length).toBeGreaterThanOrEqual(10);
    expect(ALL_KEYS.filter((key) => key.startsWith('expressiveCode.')).length).toBeGreaterThanOrEqual(3);
    const missing = [...new Set([...Object.keys(en), ...ALL_KEYS])].filter((key) => !bg[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('Bulgarian has no keys that nothing uses', () => {
    const known = new Set(ALL_KEYS);
    expect(Object.keys(bg).filter((key) => !known.has(key))).toEqual([]);
  });

  // Bulgarian dates end in "г." ("3 май 2026 г."), so a full stop after one would read "г..":
  // the sentence is turned so that the date does not end it, or its own full stop ends it.
  it('Bulgarian never puts a full stop right after a date', () => {
    const afterDate = /\{\{(date|due|month|previous|current)\}\}\./;
    expect(Object.entries(bg).filter(([, value]) => afterDate.test(value))).toEqual([]);
  });

  it('keeps the interpolation placeholders of our own strings', () => {
    for (const [key, value] of Object.entries(en)) {
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}|\[[A-Z_]+\]/g) ?? []).sort();
      if (bg[key]) expect(placeholders(bg[key]), key).toEqual(placeholders(value));
    }
  });
});
