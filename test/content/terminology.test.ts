import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, LANGS, listFiles, readYaml, type Lang } from '../support/content';
import { compileSheet, compileVariant, findSlips, formatSlip, type CompiledSheet } from '../support/terminology';

/** The files a locale's term sheet governs, relative to content/: lessons and pages, quizzes, glossary, checklists, taxonomy, the hiring kit, UI strings. */
function governedFiles(lang: Lang): string[] {
  const under = (dir: string, ext: RegExp) => listFiles(join(CONTENT, dir), (p) => ext.test(p)).map((p) => join(dir, p));
  const docs = under('docs', /\.mdx?$/).filter((p) => (lang === 'bg' ? p.startsWith('docs/bg/') : !p.startsWith('docs/bg/')));
  return [
    ...docs,
    ...under(`quizzes/${lang}`, /\.ya?ml$/),
    `glossary/${lang}.yaml`,
    ...under(`checklists/${lang}`, /\.ya?ml$/),
    ...under(`taxonomy/${lang}`, /\.ya?ml$/),
    ...under(`hiring/${lang}`, /\.ya?ml$/),
    `i18n/${lang}.json`,
  ];
}

const sheets = Object.fromEntries(LANGS.map((lang) => [lang, compileSheet(readYaml(`terminology/${lang}.yaml`))])) as Record<Lang, CompiledSheet>;

describe('the term sheets', () => {
  it('cover at least 60 Bulgarian concepts and the English fixed terms', () => {
    expect(sheets.bg.length).toBeGreaterThanOrEqual(60);
    expect(sheets.en.length).toBeGreaterThanOrEqual(10);
  });

  it('report a discouraged variant in a sample text with its line and the preferred form', () => {
    const sample = ['Първи ред без грешки.', 'Мемето събра много импресии и два рийла.', 'Трети ред.'].join('\n');
    const slips = findSlips(sample, sheets.bg);
    expect(slips.map((s) => [s.line, s.found, s.concept])).toEqual([
      [2, 'рийла', 'reels'],
      [2, 'импресии', 'impressions'],
    ].sort((a, b) => sheets.bg.findIndex((c) => c.concept === a[2]) - sheets.bg.findIndex((c) => c.concept === b[2])));
    expect(formatSlip('docs/bg/x.mdx', slips.find((s) => s.concept === 'impressions')!)).toBe(
      'docs/bg/x.mdx:2: "импресии" – write "показвания" (impressions)',
    );
  });

  it('match whole Cyrillic words, never inside longer words', () => {
    const sample = ['история', 'историите', 'трендафил', 'постоянен', 'пощенски', 'качество', 'импровизация', 'лайтмотив', 'реализация на проекта', 'многофункционален инструмент', 'колорит', 'пребори'].join('\n');
    expect(findSlips(sample, sheets.bg).map((s) => `${s.line}:${s.found}`)).toEqual([]);
    expect(findSlips('сторита и стори; тренд; постове; качествата', sheets.bg).map((s) => s.found)).toEqual(
      expect.arrayContaining(['сторита', 'стори', 'тренд', 'постове', 'качествата']),
    );
  });

  it('honour case where a variant asks for it, and match British spelling by stem', () => {
    expect(compileVariant({ regex: '\\breels?\\b', matchCase: true }).test('three Reels a week')).toBe(false);
    expect(findSlips('a 15-second reel', sheets.en).map((s) => s.concept)).toEqual(['reels']);
    expect(findSlips('We summarized it.\nOrganizations grow.', sheets.en).map((s) => [s.line, s.concept])).toEqual([
      [1, 'summarise'],
      [2, 'organise'],
    ]);
    expect(findSlips('summarise, organisation, sizeable, prize', sheets.en)).toEqual([]);
  });

  it('leave identifiers alone: ids, answer keys and id attributes are not prose', () => {
    const quiz = ['  - id: reels-data', '    answer: [reels-grow]', '      - { id: reels, left: Three reels, right: x }', '<Term id="reels">Reels</Term>'].join('\n');
    expect(findSlips(quiz, sheets.en).map((s) => [s.line, s.found])).toEqual([[3, 'reels']]);
  });

  it('leave search keywords and lines marked "terminology: allow" alone', () => {
    expect(findSlips('keywords: [скрийншот, чеклист]', sheets.bg)).toEqual([]);
    expect(findSlips('keywords:\n  [\n    чеклист,\n  ]\ntitle: чеклист', sheets.bg).map((s) => s.line)).toEqual([5]);
    expect(findSlips('скрийншот {/* terminology: allow */}', sheets.bg)).toEqual([]);
  });
});

describe.each(LANGS)('terminology (%s)', (lang) => {
  it.each(governedFiles(lang))('%s uses only the preferred forms', (file) => {
    const slips = findSlips(readFileSync(join(CONTENT, file), 'utf8'), sheets[lang]);
    expect(slips.map((slip) => formatSlip(`content/${file}`, slip))).toEqual([]);
  });
});
