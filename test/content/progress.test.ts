import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, LANGS, ROOT, readDoc, readYaml } from '../support/content';

const SOURCES = [
  'src/components/progress/LessonStatus.astro',
  'src/components/progress/ProgressPage.astro',
  'src/scripts/progress/lesson-status-element.ts',
  'src/scripts/progress/progress-element.ts',
  'src/scripts/progress/progress-backup.ts',
  'src/scripts/progress/status-keys.ts',
  'src/scripts/progress/continue-element.ts',
  'src/components/progress/ContinueCourse.astro',
];
/** Keys built at run time from a prefix and a value. */
const DYNAMIC = [
  ...['notStarted', 'inProgress', 'completed'].map((s) => `progress.status.${s}`),
  ...['start', 'continue', 'quiz', 'final', 'checklist', 'done'].map((s) => `progress.next.${s}`),
  ...['added', 'changed', 'unchanged', 'removed'].map((s) => `progress.change.${s}`),
];
const strings = (lang: string) =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();

describe('progress strings', () => {
  const en = strings('en');
  const bg = strings('bg');
  const used = new Set([
    ...DYNAMIC,
    // Whole keys only: 'progress.continue.' is a prefix group given to ElementConfig.
    ...SOURCES.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/'(progress\.[\w.]*\w)'/g)].map((m) => m[1]!),
    ),
  ]);
  const ours = Object.keys(en).filter((key) => key.startsWith('progress.'));

  it('defines every key the code uses, in both languages', () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !en[key]?.trim() || !bg[key]?.trim())).toEqual([]);
  });

  it('has no progress strings that nothing uses', () => {
    expect(ours.filter((key) => !used.has(key))).toEqual([]);
  });

  it('translates every sentence and keeps its placeholders', () => {
    for (const key of ours) {
      expect(placeholders(bg[key]!), key).toEqual(placeholders(en[key]!));
      if (/[a-z]{3}/i.test(en[key]!.replace(/\{\{\w+\}\}/g, ''))) {
        expect(bg[key], key).not.toBe(en[key]);
        expect(bg[key], key).toMatch(/[\u0400-\u04FF]/);
      }
    }
  });

  it('uses British spelling in English', () => {
    expect(ours.filter((key) => /\b(color|behavior|organiz|center)\b/i.test(en[key]!))).toEqual([]);
  });
});

describe('progress page', () => {
  it.each(LANGS)('exists in %s with a title, a 120–160 character description and keywords', (lang) => {
    const { data, body } = readDoc(lang, 'progress.mdx');
    expect(String(data.title).length).toBeGreaterThan(3);
    expect(String(data.description).length).toBeGreaterThanOrEqual(120);
    expect(String(data.description).length).toBeLessThanOrEqual(160);
    expect((data.keywords as string[]).length).toBeGreaterThanOrEqual(5);
    expect(body).toContain('<ProgressPage');
  });

  it('sits in the Course group of the sidebar, right after the final assessment', () => {
    const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/\{ slug: 'course\/final-assessment' \},\s*\{ slug: 'progress' \}/);
  });

  it('counts the same checklist items in both languages', () => {
    const ids = (lang: string) =>
      (readYaml(`checklists/${lang}/personal-project.yaml`) as { sections: { items: { id: string }[] }[] }).sections
        .flatMap((s) => s.items.map((i) => i.id))
        .sort();
    expect(ids('bg')).toEqual(ids('en'));
    expect(ids('en').length).toBeGreaterThan(0);
  });
});
