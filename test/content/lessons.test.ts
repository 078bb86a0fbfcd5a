import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../src/schemas/lesson';
import { GlossarySchema } from '../../src/schemas/glossary';
import { LESSON_ORDER, LESSON_SLUGS } from '../support/lessons';
import { countWords, docPages, h2Headings, LANGS, readDoc, readYaml, type Lang } from '../support/content';


/** The fixed sections every lesson has, in this order, per locale. */
const SECTIONS: Record<Lang, { why: string; example: RegExp; exercise: string; takeaways: string }> = {
  en: { why: 'Why this matters', example: /^Worked example: .+/, exercise: 'Practice exercise', takeaways: 'Key takeaways' },
  bg: { why: 'Защо е важно', example: /^Пример от практиката: .+/, exercise: 'Практическо упражнение', takeaways: 'Основни изводи' },
};

const glossaryIds = (lang: Lang) => new Set(GlossarySchema.parse(readYaml(`glossary/${lang}.yaml`)).terms.map((t) => t.id));

describe('the course', () => {
  it('has only lessons, the overview and the final assessment, the same pages in both locales', () => {
    for (const lang of LANGS) {
      const course = docPages(lang).filter((p) => p.startsWith('course/'));
      const expected = ['index', 'final-assessment', ...LESSON_SLUGS].map((s) => `course/${s}.mdx`);
      expect(course.sort()).toEqual(expected.sort());
    }
  });

  it('numbers its lessons without gaps or ties, and the final assessment comes after them', () => {
    const orders = [...LESSON_ORDER.values()];
    expect(new Set(orders).size).toBe(orders.length);
    const final = (readDoc('en', 'course/final-assessment.mdx').data.sidebar as { order: number }).order;
    expect(Math.max(...orders)).toBeLessThan(final);
  });
});

describe.each(LESSON_SLUGS)('lesson %s', (slug) => {
  const docs = { en: readDoc('en', `course/${slug}.mdx`), bg: readDoc('bg', `course/${slug}.mdx`) };

  it.each(LANGS)('has complete frontmatter (%s)', (lang) => {
    const { data, file } = docs[lang];
    expect(typeof data.title, file).toBe('string');
    expect(String(data.description).length, `${file}: description`).toBeGreaterThanOrEqual(60);
    expect((data.sidebar as { order?: number }).order, `${file}: sidebar.order`).toBe(LESSON_ORDER.get(slug));
    const lesson = LessonSchema.safeParse(data.lesson);
    expect(lesson.success, `${file}: lesson ${JSON.stringify(lesson.error?.issues)}`).toBe(true);
    expect((data.keywords as string[] | undefined)?.length ?? 0, `${file}: keywords`).toBeGreaterThan(0);
  });

  it('teaches the same thing in both locales: minutes, number of objectives, key terms', () => {
    const en = LessonSchema.parse(docs.en.data.lesson);
    const bg = LessonSchema.parse(docs.bg.data.lesson);
    expect(bg.minutes).toBe(en.minutes);
    expect(bg.module).toBe(en.module);
    expect(bg.objectives.length).toBe(en.objectives.length);
    expect(bg.terms).toEqual(en.terms);
  });

  it.each(LANGS)('uses only glossary terms that exist (%s)', (lang) => {
    const ids = glossaryIds(lang);
    const { data, body, file } = docs[lang];
    const used = [...LessonSchema.parse(data.lesson).terms, ...[...body.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!)];
    expect(used.filter((id) => !ids.has(id)), file).toEqual([]);
  });

  it.each(LANGS)('has the lesson structure, in order, ending with its quiz (%s)', (lang) => {
    const { body, file } = docs[lang];
    const headings = h2Headings(body);
    const s = SECTIONS[lang];
    const why = headings.indexOf(s.why);
    const example = headings.findIndex((h) => s.example.test(h));
    const exercise = headings.indexOf(s.exercise);
    const takeaways = headings.indexOf(s.takeaways);
    expect([why, example, exercise, takeaways].every((i) => i >= 0), `${file}: ${headings.join(' | ')}`).toBe(true);
    expect(why < example && example < exercise && exercise < takeaways, file).toBe(true);
    expect(body.split(/^## /m)[0]!.replace(/^import .*$/gm, '').trim().length, `${file}: an opening before the first heading`).toBeGreaterThan(100);
    expect(body.trim().endsWith(`<Quiz lesson="${slug}" />`), file).toBe(true);
  });

  it.each(LANGS)('is substantial: at least 600 words (%s)', (lang) => {
    expect(countWords(docs[lang].body), docs[lang].file).toBeGreaterThanOrEqual(600);
  });

  it('has about the same length in both locales', () => {
    const ratio = countWords(docs.bg.body) / countWords(docs.en.body);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.5);
  });
});
