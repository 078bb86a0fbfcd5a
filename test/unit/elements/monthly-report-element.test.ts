// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { exampleReport } from '../../../src/lib/report/example';
import { METRIC_IDS } from '../../../src/lib/report/figures';
import { emptyReport, FIELDS } from '../../../src/lib/report/model';
import { encodeReport } from '../../../src/lib/report/share';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/report/monthly-report-element';
// Loaded up front, so that the widget's on-demand imports resolve within a test.
import '../../../src/scripts/report/report-actions';
import '../../../src/scripts/report/report-chart';
import { catchDownload, stringsWith, translatorOf, useCleanPage } from './fixture';

const strings = stringsWith('report.');
const t = translatorOf(strings);
const KEY = STORAGE_PREFIX + STORAGE_KEYS.monthlyReport;

const field = (name: string) =>
  `<div class="field"><label>${name}</label><input data-field="${name}" /><p data-note></p></div>`;
/** One month of the channel template: the total, then its parts in a disclosure, then the rest. */
const monthFields = () =>
  `<fieldset class="month"><legend></legend>${FIELDS.slice(0, 5).map(field).join('')}<details><summary>Parts</summary>${FIELDS.slice(5, 9).map(field).join('')}</details>${FIELDS.slice(9).map(field).join('')}</fieldset>`;
const table = (columns: number) =>
  `<table><caption></caption><thead><tr>${'<th></th>'.repeat(columns)}</tr></thead><tbody></tbody></table>`;
/** The bar chart (a table whose cells draw bars) and the trend (an SVG line with its table). */
const charts = `<figure hidden>${table(3)}<p data-legend></p></figure><figure hidden><figcaption></figcaption><svg role="img"><polyline></polyline></svg>${table(2)}</figure>`;

/** The parts of MonthlyReport.astro the element works with. */
function mount(lang: 'en' | 'bg' = 'en'): HTMLElement {
  const host = document.createElement('smm-monthly-report');
  host.innerHTML = `
    <p data-no-js>Needs JavaScript</p>
    <div data-js hidden>
      <p data-storage-notice hidden></p>
      <p data-link-message hidden></p>
      <div data-shared hidden><button type="button" data-copy>Copy</button></div>
      <section data-edit-only>
        <input id="report-month" type="month" data-report-month />
        ${['reach', 'followers', 'impressions'].map((b) => `<input type="radio" name="b" value="${b}" data-basis />`).join('')}
        <button type="button" data-example>Example</button><button type="button" data-kpi>KPI</button>
      </section>
      <div data-channels></div>
      <template data-channel-template><fieldset><legend></legend><div data-edit-only><label>Rename</label><input data-rename /><button type="button" data-remove>Remove<span></span></button></div>${monthFields()}${monthFields()}</fieldset></template>
      <select data-new-kind><option value="linkedin">LinkedIn</option></select>
      <input data-new-name /><button type="button" data-add>Add</button>
      <textarea data-csv></textarea><input type="file" data-file /><ul data-csv-problems></ul>
      <button type="button" data-import>Import</button><button type="button" data-template>Template</button>
      <h2 data-title></h2><p data-compared></p>
      <select data-scope></select>
      <table data-figures><tbody>${METRIC_IDS.map(
        (id) =>
          `<tr data-metric="${id}"><th>${t(`report.metric.${id}`)}${id === 'er' ? '<span data-basis-name></span>' : ''}</th><td></td><td></td><td></td><td><input data-target="${id}" /><span class="status"></span></td></tr>`,
      ).join('')}</tbody></table>
      <select data-chart-metric><option value="reach">Reach</option><option value="er">ER</option></select>
      <div data-charts>${charts}</div>
      ${['worked', 'notWorked', 'next'].map((p) => `<textarea data-story="${p}"></textarea><p data-story-print="${p}"></p>`).join('')}
      <button type="button" data-export-csv>CSV</button><button type="button" data-share>Share</button>
      <div hidden><input data-share-link /></div>
      <div data-live></div>
    </div>
    <script type="application/json" data-config>${JSON.stringify({
      lang,
      strings: stringsWith('report.', lang),
      locale: lang === 'bg' ? 'bg' : 'en-GB',
      example: exampleReport(),
    })}</script>`;
  document.body.append(host);
  return host;
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const live = (host: HTMLElement) => {
  vi.advanceTimersByTime(100);
  return host.querySelector('[data-live]')!.textContent;
};
/** Clicks a button and waits for the on-demand half of the widget (report-actions.ts) if it loads. */
async function click(host: HTMLElement, selector: string) {
  host.querySelector<HTMLButtonElement>(selector)!.click();
  await settled();
}

/** Waits until the on-demand module is loaded and the code that waited for it has run. */
async function settled() {
  await vi.dynamicImportSettled();
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
const row = (host: HTMLElement, metric: string) =>
  [...host.querySelectorAll('[data-figures] tbody tr')].find(
    (tr) => tr.querySelector('th')!.firstChild!.textContent === t(`report.metric.${metric}`),
  )!;

function type(host: HTMLElement, selector: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input;
}

describe('<smm-monthly-report>', () => {
  useCleanPage();

  it('loads the Zarno example: figures with their formulas, a chart with its table, and saves', async () => {
    const host = mount();
    expect(host.querySelector<HTMLElement>('[data-js]')!.hidden).toBe(false);
    await click(host, '[data-example]');
    expect(live(host)).toBe(t('report.exampleLoaded'));
    expect(host.querySelector('[data-title]')!.textContent).toBe(t('report.title', { month: 'October 2026' }));
    const er = row(host, 'er').querySelectorAll('td');
    // all channels: 3,300 interactions ÷ 52,500 reach
    expect(er[0]!.textContent).toBe('6.29%3,300 ÷ 52,500 × 100');
    host.querySelector<HTMLSelectElement>('[data-scope]')!.value = 'c1';
    host.querySelector('[data-scope]')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(row(host, 'er').querySelector('td')!.textContent).toBe('3.75%690 ÷ 18,400 × 100');
    expect(row(host, 'reach').querySelectorAll('td')[2]!.textContent).toBe('+8.88%');
    const bars = host.querySelector('[data-charts] figure')!;
    expect(bars.querySelector('caption')!.textContent).toBe(
      t('report.chart.title', { metric: t('report.metric.reach') }),
    );
    const rows = [...bars.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.textContent)).toEqual([
      'Facebook16,90018,400',
      'Instagram10,80012,600',
      'TikTok15,20021,500',
    ]);
    // Each value's bar is its share of the largest (TikTok's 21,500 this month).
    const width = (row: number, cell: number) =>
      rows[row]!.querySelectorAll('td')[cell]!.querySelector<HTMLElement>('.bar')!.style.width;
    expect(width(0, 1)).toBe(`${(18400 / 21500) * 100}%`);
    expect(width(2, 0)).toBe(`${(15200 / 21500) * 100}%`);
    expect(width(2, 1)).toBe('100%');
    expect(stored().months['2026-10'].c1.reach).toBe(18400);
  });

  it('draws the trend line over every stored month once three have the metric', async () => {
    const report = exampleReport();
    localStorage.setItem(KEY, JSON.stringify(report));
    const host = mount();
    await settled();
    const trend = host.querySelectorAll<HTMLElement>('[data-charts] figure')[1]!;
    // Two months (September and October): no line yet.
    expect(trend.hidden).toBe(true);
    report.months['2026-08'] = { c1: { reach: 15000 }, c2: { reach: 9000 }, c3: { reach: 12000 } };
    localStorage.setItem(KEY, JSON.stringify(report));
    host.remove();
    const again = mount();
    await settled();
    const line = again.querySelectorAll<HTMLElement>('[data-charts] figure')[1]!;
    expect(line.hidden).toBe(false);
    expect(line.querySelector('figcaption')!.textContent).toBe(
      t('report.trend.title', { metric: t('report.metric.reach') }),
    );
    // All channels' reach: 36,000, 42,900, 52,500; the highest at the top of the 600 × 200 view box.
    expect(line.querySelector('polyline')!.getAttribute('points')).toBe(
      `20,${190 - (36000 / 52500) * 170} 300,${190 - (42900 / 52500) * 170} 580,20`,
    );
    expect([...line.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
      'August 202636,000',
      'September 202642,900',
      'October 202652,500',
    ]);
  });

  it('reads both number forms, says how, and refuses what is not a number without saving it', async () => {
    const host = mount('bg');
    const bg = translatorOf(stringsWith('report.', 'bg'));
    type(host, '[data-report-month]', '2026-10');
    const field = '#report-c1-cur-reach';
    type(host, field, '18 400,5');
    expect(host.querySelector(`${field}-note`)!.textContent).toBe(
      bg('report.readAs', { value: new Intl.NumberFormat('bg').format(18400.5) }),
    );
    expect(stored().months['2026-10'].c1.reach).toBe(18400.5);
    type(host, field, 'lots');
    expect(host.querySelector(field)!.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector(`${field}-note`)!.textContent).toBe(bg('report.error.not-a-number'));
    expect(stored().months['2026-10'].c1.reach).toBe(18400.5);
  });

  it('shows "—" and the reason for a division by zero', async () => {
    const host = mount();
    type(host, '[data-report-month]', '2026-10');
    type(host, '#report-c1-cur-interactions', '5');
    type(host, '#report-c1-cur-reach', '0');
    const cell = row(host, 'er').querySelector('td')!;
    expect(cell.textContent).toBe(`—${t('report.why.zero', { what: t('report.field.reach') })}`);
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('imports CSV, and names the row and column of a bad cell without changing anything', async () => {
    const host = mount();
    type(host, '[data-csv]', 'Month,Channel,Followers at start\n2026-10,LinkedIn,abc');
    await click(host, '[data-import]');
    expect(host.querySelector('[data-csv-problems]')!.textContent).toBe(
      t('report.csv.cell.not-a-number', { row: 2, column: 3 }),
    );
    expect(stored()).toBeNull();
    type(host, '[data-csv]', 'Month,Channel,Followers at start\n2026-10,LinkedIn,"1,200"');
    await click(host, '[data-import]');
    expect(live(host)).toBe(t('report.csv.imported'));
    expect(stored().channels.at(-1)).toEqual({ id: 'c4', kind: 'linkedin', name: 'LinkedIn' });
    expect(stored().months['2026-10'].c4.followersStart).toBe(1200);
  });

  it('asks before the example replaces a report with work in it, and keeps it when the learner declines', async () => {
    const host = mount();
    await click(host, '[data-example]');
    const story = host.querySelector<HTMLTextAreaElement>('[data-story="worked"]')!;
    story.value = 'Our own story';
    story.dispatchEvent(new Event('input', { bubbles: true }));
    // happy-dom has no dialogs: the browser's confirm is stood in for.
    const ask = vi.fn(() => false);
    vi.stubGlobal('confirm', ask);
    await click(host, '[data-example]');
    expect(ask).toHaveBeenCalledWith(t('report.exampleConfirm'));
    expect(live(host)).toBe(t('report.exampleKept'));
    expect(stored().story.worked).toBe('Our own story');
    ask.mockReturnValue(true);
    await click(host, '[data-example]');
    expect(live(host)).toBe(t('report.exampleLoaded'));
    expect(stored().story.worked).not.toBe('Our own story');
    vi.unstubAllGlobals();
  });

  it('judges a target and takes targets from the KPI plan', async () => {
    const host = mount();
    await click(host, '[data-example]');
    const input = type(host, '[data-target="er"]', '6');
    expect(input.closest('td')!.querySelector('.status')!.textContent).toContain(t('report.status.on'));
    localStorage.setItem(
      STORAGE_PREFIX + STORAGE_KEYS.kpiPlan,
      JSON.stringify({ v: 1, entries: { 'click-through-rate': { target: '1,5' } } }),
    );
    await click(host, '[data-kpi]');
    expect(stored().targets.all).toEqual({ er: 6, ctr: 1.5 });
  });

  it('opens a share link read-only and leaves the stored report alone until a copy is asked for', async () => {
    localStorage.setItem(KEY, JSON.stringify(emptyReport('2026-03')));
    const shared = emptyReport('2026-10');
    shared.months['2026-10'] = { c1: { reach: 1000, interactions: 50 } };
    shared.story.worked = '<b>Reels</b>';
    location.hash = `#${encodeReport(shared)}`;
    const host = mount();
    await settled();
    expect(host.querySelector<HTMLElement>('[data-shared]')!.hidden).toBe(false);
    expect(host.querySelector<HTMLInputElement>('#report-c1-cur-reach')!.readOnly).toBe(true);
    expect(host.querySelector('[data-story-print="worked"]')!.textContent).toBe('<b>Reels</b>');
    expect(host.querySelector('[data-story-print="worked"] b')).toBeNull();
    expect(stored().month).toBe('2026-03');
    await click(host, '[data-copy]');
    expect(stored().months['2026-10'].c1.reach).toBe(1000);
    location.hash = '';
  });

  it('says so when a link is damaged, and keeps the stored report', async () => {
    location.hash = '#not-a-report';
    const host = mount();
    await settled();
    expect(host.querySelector('[data-link-message]')!.textContent).toBe(t('report.link.malformed'));
    expect(host.querySelector<HTMLElement>('[data-shared]')!.hidden).toBe(true);
    location.hash = '';
  });

  it('exports CSV in the page language with formula-looking names neutralised', async () => {
    const host = mount('bg');
    await click(host, '[data-example]');
    type(host, '#report-c1-name', '=HYPERLINK("x")');
    const text = catchDownload();
    await click(host, '[data-export-csv]');
    const csv = await text();
    expect(csv).toContain(`"'=HYPERLINK(""x"")";`);
    expect(csv).toMatch(/;6,29;/);
  });
});
