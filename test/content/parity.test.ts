import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, docPages, listFiles, readDoc } from '../support/content';

describe('both locales have the same pages and data', () => {
  it('every English page has a Bulgarian twin with the same slug, and vice versa', () => {
    const en = docPages('en');
    expect(en.length).toBeGreaterThan(3);
    expect(docPages('bg')).toEqual(en);
  });

  it('no Bulgarian page is an English fallback: each is written in Cyrillic', () => {
    for (const page of docPages('bg')) {
      const { data, file } = readDoc('bg', page);
      expect(String(data.title), file).toMatch(/[\u0400-\u04FF]/);
      expect(String(data.description ?? ''), file).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('no English page is written in Bulgarian', () => {
    for (const page of docPages('en')) {
      const { data, file } = readDoc('en', page);
      expect(String(data.description ?? ''), file).not.toMatch(/[\u0400-\u04FF]{4}/);
    }
  });

  it.each(['quizzes', 'checklists'])('every %s file exists in both locales', (folder) => {
    const dir = join(CONTENT, folder);
    const en = existsSync(join(dir, 'en')) ? listFiles(join(dir, 'en')) : [];
    const bg = existsSync(join(dir, 'bg')) ? listFiles(join(dir, 'bg')) : [];
    expect(bg).toEqual(en);
  });

  it('sidebar order is the same in both locales', () => {
    for (const page of docPages('en')) {
      const order = (lang: 'en' | 'bg') => (readDoc(lang, page).data.sidebar as { order?: number } | undefined)?.order;
      expect(order('bg'), page).toBe(order('en'));
    }
  });
});
