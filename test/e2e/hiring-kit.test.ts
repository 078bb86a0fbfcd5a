import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format';
import { WorkSamplesSchema } from '../../src/schemas/hiring';
import { readYaml } from '../support/content';
import { taxonomyEntries } from '../support/scorecard';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';
import { countPdfPages, printedText } from './scorecard-driver';

/**
 * One hiring manager's journey per language: build a scorecard, open its interview guide and job
 * description, print both, send a practical task; axe on every page state.
 */
const LOCALES = [
  { lang: 'en' as const, prefix: '', role: 'Social media manager, bike shop', ageism: 'young' },
  { lang: 'bg' as const, prefix: '/bg', role: 'Мениджър на социални медии, веломагазин', ageism: 'млад' },
];
const ITEMS = ['strategy', 'crisis', 'canva'];

function loadStrings(lang: 'en' | 'bg') {
  const path = join(import.meta.dirname, '../../content/i18n', `${lang}.json`);
  const all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return (key: string, values: Record<string, string | number> = {}) => fillTemplate(all[key]!, values);
}

describe.skipIf(!hasBrowser()).each(LOCALES)('hiring kit ($lang)', (locale) => {
  const t = loadStrings(locale.lang);
  const names = new Map(taxonomyEntries(locale.lang).map((entry) => [entry.id, entry.name]));
  const tasks = WorkSamplesSchema.parse(readYaml(`hiring/${locale.lang}/work-samples.yaml`)).tasks;
  let session: Session;
  const links = { guide: '', job: '', tasks: '' };

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('builds a scorecard whose link opens the rest of the kit', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/hiring/scorecard-builder/`));
    await page.fill('[data-role]', locale.role);
    for (const id of ITEMS) await page.check(`#scorecard-pick-${id}`);
    await page.waitForSelector('[data-link-ready]:not([hidden])');
    for (const kit of ['guide', 'job', 'tasks'] as const) {
      links[kit] = (await page.getAttribute(`a[data-kit="${kit}"]`, 'href'))!;
      expect(links[kit]).toMatch(new RegExp(`^${locale.prefix}/hiring/[a-z-]+/#.+`));
    }
  });

  it('opens the interview guide: questions per item, picks in its own link, axe clean', async () => {
    const { page } = session;
    await page.goto(url(links.guide));
    await page.waitForSelector('[data-guide]:not([hidden])');
    const legends = await page.locator('[data-items] legend').allTextContents();
    expect(legends).toEqual(ITEMS.map((id, i) => `${i + 1}. ${names.get(id)}`));
    await page.check('#guide-q-1-1');
    await page.fill('#guide-own-2', 'Walk us through a Canva template you built');
    await page.waitForFunction(
      () => (document.querySelector('[data-link]') as HTMLInputElement).value === location.href,
    );
    links.guide = page.url();
    expect(await findViolations(session)).toEqual([]);
    // Reopened from its link, the guide keeps the picks.
    await page.reload();
    await page.waitForSelector('[data-guide]:not([hidden])');
    expect(await page.isChecked('#guide-q-1-1')).toBe(true);
    expect(await page.inputValue('#guide-own-2')).toBe('Walk us through a Canva template you built');
    expect(session.errors).toEqual([]);
  });

  it('prints the guide on A4 with the chosen items, notes space and the scale', async () => {
    const { page } = session;
    const printed = await printedText(page);
    for (const id of ITEMS) expect(printed).toContain(names.get(id)!);
    expect(printed).toContain('Walk us through a Canva template you built');
    expect(printed).toContain(t('hiring.guide.notes'));
    expect(printed).not.toContain(t('hiring.guide.link.heading'));
    const pages = countPdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('writes the job description from the scorecard, flags exclusionary wording, axe clean', async () => {
    const { page } = session;
    await page.goto(url(links.job));
    await page.waitForSelector('[data-editor]:not([hidden])');
    expect(await page.inputValue('[data-field="title"]')).toBe(locale.role);
    const skills = await page.inputValue('[data-field="skills"]');
    await page.fill('[data-field="skills"]', `${skills}\n${locale.ageism}`);
    await page.waitForFunction(
      (word) => document.querySelector('[data-checks]')?.textContent?.includes(word),
      locale.ageism,
    );
    expect(await page.locator('[data-preview] h2').textContent()).toBe(locale.role);
    expect(await findViolations(session)).toEqual([]);
    const printed = await printedText(page);
    expect(printed).toContain(locale.role);
    expect(printed).toContain(t('hiring.job.duties'));
    expect(printed).not.toContain(t('hiring.job.check.heading'));
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    expect(session.errors).toEqual([]);
  });

  it('opened without a link, the guide and the job description say where links come from, axe clean', async () => {
    const { page } = session;
    for (const slug of ['interview-guide', 'job-description']) {
      await page.goto(url(`${locale.prefix}/hiring/${slug}/`));
      await page.waitForSelector('[data-none]:not([hidden])');
      expect(await page.textContent('[data-none] p')).toBe(t('hiring.none'));
      expect(await findViolations(session)).toEqual([]);
    }
    expect(session.errors).toEqual([]);
  });

  it('opened without a link, the task sheet shows every task, axe clean', async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/hiring/task/`));
    await page.waitForSelector('[data-none]:not([hidden])');
    expect(await page.locator('section[data-task]:visible').count()).toBe(3);
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('sends a practical task whose sheet has no marking guide, axe clean', async () => {
    const { page } = session;
    await page.goto(url(links.tasks));
    expect(await page.locator('.hiring-task').count()).toBe(3);
    expect(await findViolations(session)).toEqual([]);
    const task = tasks[1]!;
    await page.check(`#task-pick-${task.id}`);
    await page.fill('[data-role]', locale.role);
    const link = await page.inputValue('[data-link]');
    await page.goto(link);
    await page.waitForSelector('[data-for]:not([hidden])');
    expect(await page.locator('section[data-task]:visible h2').allTextContents()).toEqual([task.title]);
    expect(await page.textContent('[data-for]')).toBe(t('hiring.task.for', { role: locale.role }));
    const html = await page.content();
    expect(html).not.toContain(task.marking[0]!.strong);
    expect(await findViolations(session)).toEqual([]);
    const printed = await printedText(page);
    expect(printed).toContain(task.title);
    expect(printed).not.toContain(tasks[0]!.title);
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    expect(session.errors).toEqual([]);
  });
});
