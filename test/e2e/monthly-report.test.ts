import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { hasBrowser, openSession, type Session, url } from './browser';
import { downloadOf, parseCsv } from './workbench-driver';

const countPdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const LOCALES = [
  {
    prefix: '',
    lang: 'en',
    delimiter: ',' as const,
    er: '3.75%',
    formula: '690 ÷ 18,400 × 100',
    shared: 'shared with you',
  },
  {
    prefix: '/bg',
    lang: 'bg',
    delimiter: ';' as const,
    er: '3,75%',
    formula: '690 ÷ 18 400 × 100',
    shared: 'споделил с вас',
  },
];

describe.skipIf(!hasBrowser()).each(LOCALES)('Monthly report ($prefix)', (locale) => {
  let session: Session;
  const path = `${locale.prefix}/tools/monthly-report/`;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('imports the template and shows figures with formulas and charts', async () => {
    const { page } = session;
    await page.goto(url(path));
    const template = await downloadOf(page, '[data-template]');
    expect(template.name).toBe(`monthly-report-template-${locale.lang}.csv`);
    expect(parseCsv(template.text, locale.delimiter)).toHaveLength(7);
    await page.locator('#report-csv').fill(template.text);
    await page.locator('[data-import]').click();
    await page.locator('#report-scope').selectOption('c1');
    const er = page.locator('[data-figures] tbody tr', { hasText: /Engagement rate|Процент на ангажираност/ });
    expect((await er.locator('td').first().textContent())?.replace(/\u00a0|\u202f/g, ' ')).toBe(
      `${locale.er}${locale.formula}`,
    );
    // The month-on-month chart: a row per channel, a bar per month.
    expect(await page.locator('[data-charts] .bars tbody tr').count()).toBe(3);
    expect(await page.locator('[data-charts] .bars .bar').count()).toBe(6);
    await page.locator('#report-story-worked').fill('=HYPERLINK("http://example.com")');
    expect(await findViolations(session)).toEqual([]);
  });

  it('exports the numbers and the figures as CSV in the page language', async () => {
    const { page } = session;
    const template = await downloadOf(page, '[data-template]');
    const numbers = await downloadOf(page, '[data-export-inputs]');
    expect(parseCsv(numbers.text, locale.delimiter)).toEqual(parseCsv(template.text, locale.delimiter));
    const figures = await downloadOf(page, '[data-export-csv]');
    expect(figures.text).toContain(locale.delimiter === ';' ? ';3,75;' : ',3.75,');
  });

  it('prints the report on one A4 page, without the form', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#report-csv').isVisible()).toBe(false);
    expect(await page.locator('[data-story-print="worked"]').textContent()).toContain('=HYPERLINK');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(countPdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('copies a read-only link that opens in a fresh profile without touching its storage', async () => {
    const { page } = session;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-share]').click();
    // The share code loads on first use, so the link appears a moment after the click.
    await expect.poll(() => page.locator('#report-share-link').inputValue()).toContain('#');
    const link = await page.locator('#report-share-link').inputValue();
    const fresh = await openSession({ colorScheme: 'dark' });
    try {
      await fresh.page.goto(link);
      await fresh.page.locator('[data-shared]:not([hidden])').waitFor();
      expect(await fresh.page.locator('[data-shared]').textContent()).toContain(locale.shared);
      expect(await fresh.page.locator('#report-c1-cur-reach').getAttribute('readonly')).not.toBeNull();
      expect(await fresh.page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('report')))).toEqual(
        [],
      );
      expect(await findViolations(fresh)).toEqual([]);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(session.errors).toEqual([]);
  });
});
