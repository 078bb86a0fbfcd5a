import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeyOf } from '../../src/lib/quiz/record';
import { ChecklistSchema, type Checklist } from '../../src/schemas/checklist';
import { GlossarySchema, type Glossary } from '../../src/schemas/glossary';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz';
import { CONTENT, LANGS, readYaml } from '../support/content';
import { describeIssues } from '../support/issues';

function load<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, path: string): T {
  const result = schema.safeParse(readYaml(path));
  if (!result.success) throw new Error(`${path}: ${describeIssues(result.error.issues)}`);
  return result.data;
}

const files = (folder: string) =>
  existsSync(join(CONTENT, folder, 'en')) ? readdirSync(join(CONTENT, folder, 'en')).filter((f) => f.endsWith('.yaml')).sort() : [];

describe('glossary', () => {
  const glossaries = Object.fromEntries(LANGS.map((lang) => [lang, load<Glossary>(GlossarySchema, `glossary/${lang}.yaml`)]));
  const en = glossaries.en!;
  const bg = glossaries.bg!;

  it('has the same term ids in the same order in both locales', () => {
    expect(bg.terms.map((t) => t.id)).toEqual(en.terms.map((t) => t.id));
  });

  it('pairs every English term with its Bulgarian term', () => {
    const bgById = new Map(bg.terms.map((t) => [t.id, t]));
    for (const term of en.terms) {
      expect(term.translation, term.id).toBe(bgById.get(term.id)?.term);
      expect(bgById.get(term.id)?.translation, term.id).toBe(term.term);
    }
  });
});

describe.each(files('quizzes'))('quiz bank %s', (file) => {
  const en = load<QuizBank>(QuizBankSchema, `quizzes/en/${file}`);
  const bg = load<QuizBank>(QuizBankSchema, `quizzes/bg/${file}`);

  it('is valid in both locales and named after its lesson', () => {
    expect(en.lesson).toBe(file.replace(/\.yaml$/, ''));
    expect(bg.lesson).toBe(en.lesson);
    expect(existsSync(join(CONTENT, 'docs/course', `${en.lesson}.mdx`))).toBe(true);
  });

  it('has identical ids and answer keys in English and Bulgarian', () => {
    expect(bg.questions.map(answerKeyOf)).toEqual(en.questions.map(answerKeyOf));
  });

  it('mixes question types and includes scenarios', () => {
    expect(new Set(en.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    expect(en.questions.filter((q) => q.scenario).length).toBeGreaterThanOrEqual(1);
    expect(bg.questions.filter((q) => q.scenario).length).toBe(en.questions.filter((q) => q.scenario).length);
  });
});

describe.each(files('checklists'))('checklist %s', (file) => {
  const en = load<Checklist>(ChecklistSchema, `checklists/en/${file}`);
  const bg = load<Checklist>(ChecklistSchema, `checklists/bg/${file}`);
  const skeleton = (c: Checklist) => ({ id: c.id, sections: c.sections.map((s) => [s.id, s.items.map((i) => i.id)]) });

  it('is named after its id and has the same ids in both locales', () => {
    expect(en.id).toBe(file.replace(/\.yaml$/, ''));
    expect(skeleton(bg)).toEqual(skeleton(en));
  });
});
