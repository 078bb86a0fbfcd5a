import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFilled, startScorecard, type FilledScorecard } from '../../src/lib/scorecard/filled';
import type { ScorecardTemplate } from '../../src/lib/scorecard/template';
import { findViolations } from './axe';
import { hasBrowser, openSession, url, type Session } from './browser';
import {
  brokenWords,
  INTERVIEW_ITEMS,
  countPdfLinks,
  countPdfPages,
  loadStrings,
  printedText,
  scrollsSideways,
} from './scorecard-driver';
import { parseCsv, taxonomyEntries } from '../support/scorecard';

const LOCALES = [
  { lang: 'en' as const, prefix: '', role: 'Social media manager, bakery chain', decimal: '.' },
  { lang: 'bg' as const, prefix: '/bg', role: 'Мениджър на социални медии, пекарни', decimal: ',' },
];

/** A realistic panel: twelve items, two interviewers and a self-assessment, each with notes. */
const IDS = INTERVIEW_ITEMS;

function panel(role: string) {
  const template: ScorecardTemplate = {
    role,
    items: [
      ...IDS.map((id) => ({ kind: 'taxonomy' as const, id })),
      { kind: 'custom' as const, text: 'Community management in Greek and Bulgarian' },
    ],
    scale: 'four',
  };
  const card = (
    use: 'self' | 'interviewer',
    candidate: string,
    interviewer: string,
    shift: number,
  ): FilledScorecard => ({
    ...startScorecard(template, use),
    candidate,
    interviewer,
    ratings: template.items.map((_, i) => ((i + shift) % 4) + 1),
    notes: template.items.map((_, i) =>
      i % 3 === 0 ? `Example ${i}: a campaign for a local brand, with numbers.` : '',
    ),
  });
  return [
    card('interviewer', 'Мария Иванова', 'Ivan Petrov', 0),
    card('interviewer', 'Мария Иванова', 'Елена Георгиева', 1),
    card('self', 'Мария Иванова', '', 2),
  ];
}

const linkOf = (prefix: string, card: FilledScorecard) => {
  const encoded = encodeFilled(card);
  if (!encoded.ok) throw new Error('link too long');
  return url(`${prefix}/hiring/scorecard/#${encoded.hash}`);
};

describe.skipIf(!hasBrowser()).each(LOCALES)('comparing scorecards ($lang)', (locale) => {
  const t = loadStrings(locale.lang);
  const names = new Map(taxonomyEntries(locale.lang).map((entry) => [entry.id, entry.name]));
  const cards = panel(locale.role);
  const links = cards.map((card) => linkOf(locale.prefix, card));
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  const compare = async () => {
    const { page } = session;
    await page.goto(url(`${locale.prefix}/hiring/compare/`));
    await page.fill('[data-links]', links.join('\n'));
    await page.click('[data-compare]');
    await page.locator('[data-result] table').waitFor();
  };

  it('prints one page with only the title and the table: no links, no form', async () => {
    const { page } = session;
    await compare();
    const printed = await printedText(page);
    expect(printed).toContain(await page.locator('h1').textContent());
    expect(printed).toContain(t('compare.caption', { role: locale.role }));
    expect(printed).toContain(names.get('strategy'));
    expect(printed).toContain('Ivan Petrov');
    for (const absent of ['#ey', '/hiring/scorecard/', t('compare.label'), t('compare.problems'), t('print')]) {
      expect(printed).not.toContain(absent);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(countPdfPages(pdf)).toBe(1);
    expect(countPdfLinks(pdf)).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('exports the comparison as CSV in the page’s language and as Markdown', async () => {
    const { page } = session;
    await compare();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    expect(csvDownload.suggestedFilename()).toMatch(/^compare-.+\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1), locale.lang === 'bg' ? ';' : ',');
    const people = [
      t('compare.byInterviewer', { name: 'Мария Иванова', interviewer: 'Ivan Petrov' }),
      t('compare.byInterviewer', { name: 'Мария Иванова', interviewer: 'Елена Георгиева' }),
      t('compare.self', { name: 'Мария Иванова' }),
    ];
    expect(rows[0]).toEqual([
      t('csv.role'),
      t('csv.group'),
      t('csv.item'),
      ...people.flatMap((person) => [t('compare.csv.rating', { person }), t('compare.csv.note', { person })]),
    ]);
    expect(rows).toHaveLength(IDS.length + 3);
    expect(rows[1]!.slice(2, 6)).toEqual([
      names.get('strategy'),
      '1',
      'Example 0: a campaign for a local brand, with numbers.',
      '2',
    ]);
    // The average row keeps numbers a spreadsheet can use, with the language's decimal mark.
    const average = rows.at(-1)!;
    expect(average[2]).toBe(t('compare.average'));
    expect(average[3]).toMatch(new RegExp(`^\\d(\\${locale.decimal}\\d+)?$`));

    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="md"]')]);
    const markdown = readFileSync((await mdDownload.path())!, 'utf8').split('\n');
    expect(markdown[0]).toBe(`# ${t('compare.caption', { role: locale.role })}`);
    expect(markdown).toContain(`| ${t('compare.item')} | ${people.join(' | ')} |`);
    expect(markdown.find((line) => line.startsWith(`| ${names.get('strategy')} |`))).toBe(
      `| ${names.get('strategy')} | 1 – ${t('scale.four.1')}<br>Example 0: a campaign for a local brand, with numbers. | 2 – ${t('scale.four.2')}<br>Example 0: a campaign for a local brand, with numbers. | 3 – ${t('scale.four.3')}<br>Example 0: a campaign for a local brand, with numbers. |`,
    );
    await page.waitForFunction(
      (text) => document.querySelector('smm-scorecard-compare [data-live]')?.textContent === text,
      t('export.started', { file: mdDownload.suggestedFilename() }),
    );
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('on a phone, the table scrolls in its own box and no word is broken mid-word', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await compare();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await brokenWords(page, '[data-result] table')).toEqual([]);
      // The box scrolls by keyboard: it is a focusable region named by the table's caption.
      const box = page.locator('[data-result] [role="region"]');
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await box.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
      expect(await findViolations(session)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
