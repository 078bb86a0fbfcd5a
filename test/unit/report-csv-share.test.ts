import { describe, expect, it } from 'vitest';
import { applyCsvRows, buildInputsCsv, CSV_COLUMNS, readReportCsv } from '../../src/lib/report/csv-import';
import { emptyReport, parseReport } from '../../src/lib/report/model';
import { decodeReport, encodeReport } from '../../src/lib/report/share';
import { buildFiguresCsv, buildMarkdown } from '../../src/lib/report/export';
import { formulaOf, metricRows, showFigure } from '../../src/lib/report/summary';

const EN = [
  'Month,Channel,Followers at start,Followers at end,Reach,Impressions,Interactions,Reactions,Comments,Shares,Saves,Link clicks,Conversions,Spend',
  '2026-10,Facebook,"4,120","4,210","18,400","31,200",690,,,,,410,24,',
  '2026-09,Facebook,4020,4120,16900,27300,640,,,,,350,21,',
].join('\r\n');
const BG = [
  'Месец;Канал;Последователи в началото;…',
  '2026-10;Facebook;4 120;4 210;18 400;31 200;690;;;;;410;24;12,5',
].join('\n');

const format = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n);

describe('report CSV import', () => {
  it('reads the English template with "1,234" numbers', () => {
    const reading = readReportCsv(EN, 'en');
    expect(reading).toMatchObject({ ok: true });
    if (!reading.ok) return;
    expect(reading.rows[0]).toEqual({
      month: '2026-10',
      name: 'Facebook',
      kind: 'facebook',
      inputs: {
        followersStart: 4120,
        followersEnd: 4210,
        reach: 18400,
        impressions: 31200,
        interactions: 690,
        clicks: 410,
        conversions: 24,
      },
    });
  });

  it('reads the Bulgarian template: ";" and "1 234,5"', () => {
    const reading = readReportCsv(BG, 'bg');
    expect(reading.ok && reading.rows[0]!.inputs).toMatchObject({ followersStart: 4120, reach: 18400, spend: 12.5 });
  });

  it('names the row and column of every bad cell and imports nothing', () => {
    const text = ['Month,Channel,Followers at start', '2026-13,Facebook,abc', '2026-10,,-5'].join('\n');
    expect(readReportCsv(text, 'en')).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'month', problem: 'month' },
        { row: 2, column: 'followersStart', problem: 'not-a-number' },
        { row: 3, column: 'channel', problem: 'channel' },
        { row: 3, column: 'followersStart', problem: 'negative' },
      ],
    });
  });

  it('refuses a huge paste, a wrong encoding, an empty file and too many columns', () => {
    expect(readReportCsv('x'.repeat(10_000_000), 'en')).toEqual({ ok: false, failure: 'too-big' });
    expect(readReportCsv('Month,Channel\n2026-10,Фейсбук\uFFFD', 'en')).toEqual({ ok: false, failure: 'encoding' });
    expect(readReportCsv('Month,Channel\n', 'en')).toEqual({ ok: false, failure: 'empty' });
    const wide = `2026-10,Facebook${',1'.repeat(CSV_COLUMNS.length)}`;
    expect(readReportCsv(wide, 'en')).toMatchObject({ ok: false, problems: [{ row: 1, problem: 'columns' }] });
  });

  it('applies rows to channels by name, adds new ones, and writes the same layout back', () => {
    const reading = readReportCsv(`${EN}\r\n2026-10,Pinterest,,,500,,,,,,,,,`, 'en');
    if (!reading.ok) throw new Error('not read');
    const report = applyCsvRows(emptyReport('2026-01'), reading.rows)!;
    expect(report.month).toBe('2026-10');
    expect(report.channels.map((c) => [c.id, c.kind, c.name])).toContainEqual(['c4', 'other', 'Pinterest']);
    expect(report.months['2026-10']!.c1!.reach).toBe(18400);
    const csv = buildInputsCsv(report, ['2026-10', '2026-09'], CSV_COLUMNS, 'bg');
    const again = readReportCsv(csv, 'bg');
    expect(again.ok && again.rows.map((r) => r.inputs)).toEqual(
      reading.ok && [reading.rows[0]!.inputs, reading.rows[2]!.inputs, reading.rows[1]!.inputs],
    );
  });
});

describe('report summary, exports and share link', () => {
  const reading = readReportCsv(EN, 'en');
  const report = reading.ok ? applyCsvRows(emptyReport('2026-10'), reading.rows)! : emptyReport('2026-10');
  report.targets = { all: { er: 4 } };

  it('shows each figure with its worked formula', () => {
    const rows = metricRows(report);
    const er = rows.find((r) => r.id === 'er')!;
    expect(showFigure(er.current, 'er', format)).toBe('3.75%');
    expect(formulaOf(er.current, format)).toBe('690 ÷ 18,400 × 100');
    expect(showFigure(er.change, 'er', format, true)).toBe('-0.04 pp');
    expect(er.status).toBe('close');
    const reach = rows.find((r) => r.id === 'reach')!;
    expect(showFigure(reach.change, 'reach', format, true)).toBe('+8.88%');
    expect(rows.some((r) => r.id === 'cpm')).toBe(false);
  });

  it('exports CSV in the page language and Markdown', () => {
    const labels = {
      header: ['Scope', 'Metric', 'Now', 'Before', 'Change', 'Target', 'Status'],
      metric: String,
      status: String,
      scope: String,
    };
    const csv = buildFiguresCsv(report, 'bg', labels);
    expect(csv).toContain('all;er;3,75;3,79;-0,04;4;close');
    const md = buildMarkdown(
      report,
      { ...labels, title: 'October', story: [['What worked', 'Reels']], points: 'pp' },
      format,
    );
    expect(md).toContain('| er | 3.75% | 3.79% | -0.04 pp | 4 | close |');
    expect(md).toContain('## What worked\n\nReels');
  });

  it('round-trips through the share link, and refuses a damaged one', () => {
    report.story.worked = 'Reels about the sourdough starter';
    const hash = encodeReport(report)!;
    expect(hash.length).toBeLessThanOrEqual(2000);
    const decoded = decodeReport(hash);
    expect(decoded.ok && metricRows(decoded.data)).toEqual(metricRows(report));
    expect(decoded.ok && decoded.data.story.worked).toBe('Reels about the sourdough starter');
    expect(decodeReport(hash.slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeReport('%%%')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('says when a report is too big for a link', () => {
    const big = { ...report, story: { worked: 'ж'.repeat(600), notWorked: 'ш'.repeat(600), next: 'щ'.repeat(600) } };
    expect(encodeReport(big)).toBeUndefined();
  });

  it('reads stored reports safely', () => {
    expect(parseReport('not json', '2026-10').channels).toHaveLength(3);
    const stored = parseReport(JSON.stringify({ ...report, basis: 'impressions', months: { bad: 1 } }), '2026-01');
    expect([stored.month, stored.basis, Object.keys(stored.months)]).toEqual(['2026-10', 'impressions', []]);
  });
});
