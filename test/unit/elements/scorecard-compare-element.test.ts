// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScorecard, type FilledScorecard } from '../../../src/lib/scorecard/filled';
import type { ScorecardTemplate } from '../../../src/lib/scorecard/template';
import '../../../src/scripts/hiring/scorecard-compare-element';
import { parseCsv } from '../../support/scorecard';
import { compareMarkup, filledHash, mount, nameOf, spoken, t, templateHash } from './scorecard-fixtures';

const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'strategy' },
    { kind: 'custom', text: '<b>Speaks</b> Greek' },
  ],
  scale: 'four',
};
const card = (candidate: string, interviewer: string, ratings: number[], notes: string[] = []): FilledScorecard => ({
  ...startScorecard(template, interviewer ? 'interviewer' : 'self'),
  candidate,
  interviewer,
  ratings,
  notes: [...notes, '', ''].slice(0, 2),
});
const link = (c: FilledScorecard) => `https://smm.example/hiring/scorecard/#${filledHash(c)}`;

const $ = <T extends Element = HTMLElement>(host: HTMLElement, selector: string) => host.querySelector<T>(selector)!;
const compare = (host: HTMLElement, lines: string[]) => {
  $<HTMLTextAreaElement>(host, '[data-links]').value = lines.join('\n');
  $<HTMLFormElement>(host, 'form').requestSubmit();
};

/** Catches what the page offers as a download: the file name and its text. */
function catchDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push({ name: '', text: blob.text() });
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.at(-1)!.name = this.download;
  });
  return files;
}

describe('<smm-scorecard-compare>', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('lines up the scorecards of one role and explains each line it leaves out', () => {
    const host = mount('smm-scorecard-compare', compareMarkup);
    expect($(host, '[data-compare]').hidden).toBe(false);
    compare(host, [
      link(card('Maria', 'Ivan', [3, 4], ['Clear plan'])),
      'not a link',
      `https://smm.example/hiring/scorecard/#${templateHash(template)}`,
      link(card('Petar', '', [2, 0])),
    ]);
    const table = $(host, '[data-result] table');
    expect($(host, '[data-result]').hidden).toBe(false);
    expect(table.querySelector('caption')!.textContent).toBe(
      t('scorecard.compare.caption', { role: 'Social media manager' }),
    );
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      t('scorecard.compare.item'),
      t('scorecard.compare.byInterviewer', { name: 'Maria', interviewer: 'Ivan' }),
      t('scorecard.compare.self', { name: 'Petar' }),
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => c.textContent));
    expect(rows[0]![0]).toContain(nameOf('strategy'));
    expect(rows[0]!.slice(1)).toEqual([
      `3 – ${t('scorecard.scale.four.3')}Clear plan`,
      `2 – ${t('scorecard.scale.four.2')}`,
    ]);
    expect(rows[1]![0]).toContain('<b>Speaks</b> Greek');
    expect(table.querySelector('b')).toBeNull();
    expect([...host.querySelectorAll('[data-problem-list] li')].map((li) => li.textContent)).toEqual([
      t('scorecard.compare.problem.damaged', { line: 2 }),
      t('scorecard.compare.problem.blank', { line: 3 }),
    ]);
    const done = t('scorecard.compare.done', { count: 2, problems: 2 });
    expect($(host, '[data-status]').textContent).toBe(done);
    vi.advanceTimersByTime(100);
    expect(spoken(host)).toBe(done);
  });

  it('says so when nothing can be compared, and shows no table', () => {
    const host = mount('smm-scorecard-compare', compareMarkup);
    compare(host, ['  ']);
    expect($(host, '[data-status]').textContent).toBe(t('scorecard.compare.empty'));
    compare(host, ['nothing useful']);
    expect($(host, '[data-status]').textContent).toBe(t('scorecard.compare.none'));
    expect($(host, '[data-result]').hidden).toBe(true);
  });

  it('downloads the comparison as CSV and Markdown', async () => {
    vi.useRealTimers();
    const files = catchDownloads();
    const host = mount('smm-scorecard-compare', compareMarkup);
    compare(host, [link(card('Maria', 'Ivan', [3, 4], ['Clear, plan'])), link(card('Petar', '', [2, 0]))]);
    $<HTMLButtonElement>(host, '[data-export="csv"]').click();
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const maria = t('scorecard.compare.byInterviewer', { name: 'Maria', interviewer: 'Ivan' });
    const petar = t('scorecard.compare.self', { name: 'Petar' });
    expect(files[0]!.name).toBe('compare-social-media-manager.csv');
    expect(parseCsv((await files[0]!.text).replace(/^\uFEFF/, ''))).toEqual([
      [
        t('scorecard.csv.role'),
        t('scorecard.csv.group'),
        t('scorecard.csv.item'),
        t('scorecard.compare.csv.rating', { person: maria }),
        t('scorecard.compare.csv.note', { person: maria }),
        t('scorecard.compare.csv.rating', { person: petar }),
        t('scorecard.compare.csv.note', { person: petar }),
      ],
      ['Social media manager', 'Responsibilities', nameOf('strategy'), '3', 'Clear, plan', '2', ''],
      ['Social media manager', t('scorecard.group.custom'), '<b>Speaks</b> Greek', '4', '', '', ''],
      ['Social media manager', '', t('scorecard.compare.average'), '3.5', '', '2', ''],
    ]);

    $<HTMLButtonElement>(host, '[data-export="md"]').click();
    await vi.waitFor(() => expect(files).toHaveLength(2));
    const markdown = (await files[1]!.text).split('\n');
    expect(files[1]!.name).toBe('compare-social-media-manager.md');
    expect(markdown[0]).toBe(`# ${t('scorecard.compare.caption', { role: 'Social media manager' })}`);
    expect(markdown).toContain(
      `| \\<b\\>Speaks\\</b\\> Greek | 4 – ${t('scorecard.scale.four.4')} | ${t('scorecard.notRated')} |`,
    );
    await vi.waitFor(() =>
      expect(spoken(host)).toBe(t('scorecard.export.started', { file: 'compare-social-media-manager.md' })),
    );
  });
});
