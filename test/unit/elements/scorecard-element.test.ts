// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeFilled, startScorecard, type FilledScorecard } from '../../../src/lib/scorecard/filled';
import type { ScorecardTemplate } from '../../../src/lib/scorecard/template';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/hiring/scorecard-element';
import { KNOWN_IDS } from '../../support/scorecard';
import { filledHash, mount, nameOf, openAt, sheetMarkup, spoken, t, templateHash } from './scorecard-fixtures';

const PATH = '/hiring/scorecard/';
const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'strategy' },
    { kind: 'custom', text: '<img src=x onerror=alert(1)>' },
  ],
  scale: 'four',
};
const maria: FilledScorecard = {
  ...startScorecard(template, 'interviewer'),
  candidate: 'Maria',
  interviewer: 'Ivan Petrov',
  ratings: [3, 0],
  notes: ['Clear plan', ''],
};

const $ = <T extends Element = HTMLElement>(host: HTMLElement, selector: string) => host.querySelector<T>(selector)!;
const shown = (host: HTMLElement) =>
  ['none', 'alert', 'choose', 'view', 'sheet', 'send'].filter((part) => !$(host, `[data-${part}]`).hidden);
const editingMark = () => sessionStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.scorecardEditing);
const open = (hash = '') => {
  openAt(PATH, hash);
  return mount('smm-scorecard', sheetMarkup);
};

describe('<smm-scorecard>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sessionStorage.clear();
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('opened without a link, says what the page is for and links to the builder', () => {
    const host = open();
    expect(shown(host)).toEqual(['none']);
    expect($<HTMLAnchorElement>(host, '[data-none] a').getAttribute('href')).toBe('/hiring/scorecard-builder/');
  });

  it('opens someone’s filled scorecard read-only, as it was sent', () => {
    const hash = filledHash(maria);
    const host = open(hash);
    expect(shown(host)).toEqual(['view']);
    expect($(host, '[data-view-title]').textContent).toBe(
      t('scorecard.sheet.title', { use: t('scorecard.use.interviewer'), role: 'Social media manager' }),
    );
    expect($(host, '[data-view-by]').textContent).toBe(
      t('scorecard.view.byInterviewer', { name: 'Ivan Petrov', candidate: 'Maria' }),
    );
    const rows = [...host.querySelectorAll('[data-view-table] tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      [`1. ${nameOf('strategy')}`, `3 – ${t('scorecard.scale.four.3')}`, 'Clear plan'],
      ['2. <img src=x onerror=alert(1)>', t('scorecard.notRated'), ''],
    ]);
    expect(host.querySelector('img')).toBeNull();
    expect($(host, '[data-view]').querySelectorAll('input, textarea')).toHaveLength(0);
    // Clicking around the view never rewrites the link that was opened.
    const print = vi.fn();
    window.print = print;
    $<HTMLButtonElement>(host, '[data-print]').click();
    expect(print).toHaveBeenCalledOnce();
    expect(location.hash).toBe(`#${hash}`);
    expect(editingMark()).toBeNull();
  });

  it('names a self-assessment’s author, and someone who gave no name', () => {
    const self = { ...startScorecard(template, 'self'), ratings: [1, 2] };
    const host = open(filledHash(self));
    expect($(host, '[data-view-by]').textContent).toBe(
      t('scorecard.view.bySelf', { name: t('scorecard.view.noName') }),
    );
  });

  it('“Score this candidate yourself” opens a new interviewer scorecard; the viewed one stays in history', () => {
    const viewed = filledHash(maria);
    const host = open(viewed);
    const before = history.length;
    $<HTMLButtonElement>(host, '[data-score]').click();
    expect(shown(host)).toEqual(['sheet', 'send']);
    expect($<HTMLInputElement>(host, '[data-candidate]').value).toBe('Maria');
    expect($<HTMLInputElement>(host, '[data-interviewer]').value).toBe('');
    expect(host.querySelectorAll('[data-items] input:checked')).toHaveLength(2); // "not rated" for both
    expect(history.length).toBe(before + 1);
    const own = decodeFilled(location.hash, KNOWN_IDS);
    expect(own.ok && own.card).toEqual({ ...startScorecard(template, 'interviewer'), candidate: 'Maria' });
    expect(editingMark()).toBe(location.hash.slice(1));
    vi.advanceTimersByTime(100);
    expect(spoken(host)).toBe(t('scorecard.view.started'));
  });

  it('fills in a blank template: the address and the link follow the answers, and a reload keeps the form', () => {
    let host = open(templateHash(template));
    expect(shown(host)).toEqual(['choose']);
    $<HTMLButtonElement>(host, '[data-use="interviewer"]').click();
    expect(shown(host)).toEqual(['sheet', 'send']);
    const rate = $<HTMLInputElement>(host, '#scorecard-rate-0-4');
    rate.checked = true;
    rate.dispatchEvent(new Event('change', { bubbles: true }));
    const name = $<HTMLInputElement>(host, '[data-candidate]');
    name.value = 'Petar';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(300);
    const decoded = decodeFilled(location.hash, KNOWN_IDS);
    expect(decoded.ok && [decoded.card.candidate, decoded.card.ratings]).toEqual(['Petar', [4, 0]]);
    expect($<HTMLInputElement>(host, '[data-filled-link]').value).toBe(location.href);
    expect($(host, '[data-progress]').textContent).toBe(t('scorecard.progress', { rated: 1, count: 2 }));

    // This tab is filling it in: opened again here (a reload, a language switch), it is still a form.
    const hash = location.hash.slice(1);
    document.body.replaceChildren();
    host = open(hash);
    expect(shown(host)).toEqual(['sheet', 'send']);
    expect($<HTMLInputElement>(host, '[data-candidate]').value).toBe('Petar');
    expect($<HTMLInputElement>(host, '#scorecard-rate-0-4').checked).toBe(true);

    // "Start over" goes back to the blank template and forgets the form.
    $<HTMLButtonElement>(host, '[data-restart]').click();
    expect(shown(host)).toEqual(['choose']);
    expect(editingMark()).toBeNull();
  });

  it('prints a dated copy with lines for the decision and the signature', () => {
    vi.setSystemTime(new Date(2026, 4, 3, 12));
    const host = open(filledHash(maria));
    const print = $(host, '[data-print-view]');
    expect(print.textContent).toContain(`${t('scorecard.csv.date')}: 3 May 2026`);
    expect(
      [...print.querySelectorAll('.scorecard-sign > span:not(.scorecard-line)')].map((s) => s.textContent),
    ).toEqual([`${t('scorecard.sign.decision')}:`, `${t('scorecard.sign.signature')}:`]);
    expect(print.querySelectorAll('.scorecard-line')).toHaveLength(2);
  });

  it('explains a damaged link and changes nothing', () => {
    const host = open(filledHash(maria).slice(0, 40));
    expect(shown(host)).toEqual(['alert']);
    expect($(host, '[data-alert-text]').textContent).toBe(t('scorecard.error.damaged'));
    expect(editingMark()).toBeNull();
  });
});
