import { describe, expect, it } from 'vitest';
import { findPhrases, findPlaceholders } from '../../src/lib/hiring/phrases';
import {
  InterviewBankSchema,
  JobDescriptionContentSchema,
  WorkSamplesSchema,
  type InterviewBank,
  type JobDescriptionContent,
  type WorkSamples,
} from '../../src/schemas/hiring';
import { LANGS, readYaml, type Lang } from '../support/content';
import { describeIssues } from '../support/issues';
import { taxonomyEntries } from '../support/scorecard';

type Schema<T> = {
  safeParse(value: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};
function load<T>(schema: Schema<T>, path: string): T {
  const result = schema.safeParse(readYaml(path));
  if (!result.success) throw new Error(`${path}: ${describeIssues(result.error.issues)}`);
  return result.data;
}

const banks = Object.fromEntries(
  LANGS.map((lang) => [lang, load(InterviewBankSchema, `hiring/${lang}/questions.yaml`)]),
) as Record<Lang, InterviewBank>;
const samples = Object.fromEntries(
  LANGS.map((lang) => [lang, load(WorkSamplesSchema, `hiring/${lang}/work-samples.yaml`)]),
) as Record<Lang, WorkSamples>;
const jobs = Object.fromEntries(
  LANGS.map((lang) => [lang, load(JobDescriptionContentSchema, `hiring/${lang}/job-description.yaml`)]),
) as Record<Lang, JobDescriptionContent>;
const taxonomyIds = taxonomyEntries('en').map((entry) => entry.id);

/** Every sentence a locale's hiring content shows, with where it comes from. */
function texts(lang: Lang): [string, string][] {
  const bank = banks[lang];
  const questions = [...bank.items.flatMap((entry) => entry.questions), ...bank.custom];
  return [
    ...questions.flatMap((q): [string, string][] => [q.text, q.strong, q.weak, ...q.probes].map((t) => [q.id, t])),
    ...samples[lang].tasks.flatMap((task): [string, string][] => [
      ...[task.title, task.summary, ...task.context, ...task.steps, ...task.deliverables].map(
        (t): [string, string] => [task.id, t],
      ),
      ...(task.table ? [task.table.caption, ...task.table.columns, ...task.table.rows.flat()] : []).map(
        (t): [string, string] => [task.id, t],
      ),
      ...task.marking.flatMap((c) => [c.criterion, c.strong, c.weak].map((t): [string, string] => [c.id, t])),
    ]),
    ...jobs[lang].lines.map((line): [string, string] => [line.item, line.text]),
    ...[jobs[lang].defaults.about, jobs[lang].defaults.apply, ...jobs[lang].defaults.offer].map(
      (t): [string, string] => ['defaults', t],
    ),
    ...jobs[lang].phrases.flatMap((p) => [p.topic, p.why, p.instead].map((t): [string, string] => [p.id, t])),
  ];
}

describe('interview question bank', () => {
  it.each(LANGS)('%s: every taxonomy item, in the taxonomy’s order, has at least two questions', (lang) => {
    expect(banks[lang].items.map((entry) => entry.item)).toEqual(taxonomyIds);
    for (const entry of banks[lang].items) expect(entry.questions.length, entry.item).toBeGreaterThanOrEqual(2);
  });

  it('has the same question ids and kinds, item by item, in both locales', () => {
    const skeleton = (bank: InterviewBank) => ({
      items: bank.items.map((entry) => [entry.item, entry.questions.map((q) => [q.id, q.kind])]),
      custom: bank.custom.map((q) => [q.id, q.kind]),
    });
    expect(skeleton(banks.bg)).toEqual(skeleton(banks.en));
  });

  it.each(LANGS)('%s: every item gets one behavioural and one situational question at least', (lang) => {
    for (const entry of banks[lang].items) {
      expect(new Set(entry.questions.map((q) => q.kind)), entry.item).toEqual(new Set(['behavioural', 'situational']));
    }
  });

  it.each(LANGS)('%s: no question is asked twice', (lang) => {
    const questions = banks[lang].items.flatMap((entry) => entry.questions.map((q) => q.text));
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('rejects a bank with a repeated id or a question for one’s own items without the placeholder', () => {
    const broken = structuredClone(banks.en);
    broken.items[1]!.questions[0]!.id = broken.items[0]!.questions[0]!.id;
    broken.custom[0]!.text = 'Tell me about a time you did this well.';
    const result = InterviewBankSchema.safeParse(broken);
    expect(result.success).toBe(false);
    if (!result.success) {
      const issues = describeIssues(result.error.issues);
      expect(issues).toContain(`duplicate question id "${banks.en.items[0]!.questions[0]!.id}"`);
      expect(issues).toContain('custom.0.text: must name the item as {item}');
    }
  });
});

describe('work-sample tasks', () => {
  it('have the same ids, time boxes, tables and marking guides in both locales', () => {
    const skeleton = (file: WorkSamples) =>
      file.tasks.map((task) => ({
        id: task.id,
        minutes: task.minutes,
        table: task.table && [task.table.columns.length, task.table.rows.length],
        steps: task.steps.length,
        deliverables: task.deliverables.length,
        marking: task.marking.map((c) => [c.id, c.items]),
      }));
    expect(skeleton(samples.bg)).toEqual(skeleton(samples.en));
  });

  it('map every marking-guide criterion to items that exist in the taxonomy', () => {
    for (const task of samples.en.tasks) {
      for (const criterion of task.marking) {
        for (const item of criterion.items) expect(taxonomyIds, `${task.id}/${criterion.id}`).toContain(item);
      }
    }
  });

  it.each(LANGS)('%s: say in their first paragraph that the account is fictional', (lang) => {
    for (const task of samples[lang].tasks) expect(task.context[0], task.id).toMatch(lang === 'en' ? /fictional/ : /измислен/);
  });

  it.each(LANGS)('%s: the audit’s marking guide quotes the baseline its own figures give', (lang) => {
    const audit = samples[lang].tasks.find((task) => task.id === 'rrs-audit')!;
    const number = (cell: string) => Number(cell.replace(/[\s,]/g, ''));
    const column = (name: number) => audit.table!.rows.map((row) => number(row[name]!));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const reach = sum(column(2));
    const sharesAndSaves = sum(column(5)) + sum(column(6));
    const baseline = audit.marking.find((c) => c.id === 'baseline')!.strong;
    const grouped = (n: number) => (lang === 'en' ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB').replace(',', ' '));
    expect(baseline).toContain(String(sharesAndSaves));
    expect(baseline).toContain(grouped(reach));
    expect(baseline).toContain(String(Math.round((sharesAndSaves / reach) * 1000)));
  });
});

describe('job description content', () => {
  it.each(LANGS)('%s: has one line for every taxonomy item, in order', (lang) => {
    expect(jobs[lang].lines.map((line) => line.item)).toEqual(taxonomyIds);
  });

  it('has the same checks, with as many phrases, in both locales', () => {
    expect(jobs.bg.phrases.map((p) => p.id)).toEqual(jobs.en.phrases.map((p) => p.id));
    expect(jobs.bg.defaults.offer.length).toBe(jobs.en.defaults.offer.length);
  });

  it.each(LANGS)('%s: every phrase is found by its own check', (lang) => {
    for (const phrase of jobs[lang].phrases) {
      for (const match of phrase.match) {
        const sample = `Text before ${match.replace(/\*$/, 'ing')} and after.`;
        expect(findPhrases(sample, [phrase]).map((f) => f.id), `${phrase.id}: ${match}`).toEqual([phrase.id]);
      }
    }
  });

  it.each(LANGS)('%s: the lines and starting text pass the checks, apart from the [placeholders]', (lang) => {
    const { lines, defaults, phrases } = jobs[lang];
    const all = [...lines.map((line) => line.text), defaults.about, ...defaults.offer, defaults.apply].join('\n');
    expect(findPhrases(all, phrases)).toEqual([]);
    expect(findPlaceholders(defaults.about).length).toBeGreaterThan(0);
  });
});

describe.each(LANGS)('hiring content in %s', (lang) => {
  it('is written in its language, with its quotation marks', () => {
    for (const [where, text] of texts(lang)) {
      if (lang === 'bg') {
        expect(text, where).not.toMatch(/"/);
      } else expect(text, where).not.toMatch(/[\u0400-\u04FF]/);
    }
    const prose = texts(lang).filter(([, text]) => text.length > 40);
    for (const [where, text] of prose) if (lang === 'bg') expect(text, where).toMatch(/[\u0400-\u04FF]{4}/);
  });

  it('uses spaced en dashes, never em dashes', () => {
    for (const [where, text] of texts(lang)) expect(text, where).not.toMatch(/—/);
  });
});
