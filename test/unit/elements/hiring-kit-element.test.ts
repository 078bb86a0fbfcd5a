// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeGuideLink } from '../../../src/lib/hiring/guide';
import { decodeTaskLink, encodeTaskLink } from '../../../src/lib/hiring/task-link';
import type { ScorecardTemplate } from '../../../src/lib/scorecard/template';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { encodeState } from '../../../src/lib/url-state';
import '../../../src/scripts/hiring/interview-guide-element';
import '../../../src/scripts/hiring/job-description-element';
import '../../../src/scripts/hiring/task-link-element';
import '../../../src/scripts/hiring/task-sheet-element';
import { KNOWN_IDS } from '../../support/scorecard';
import { bank, guideMarkup, jobMarkup, taskLinkMarkup, taskSheetMarkup, tasks } from './hiring-kit-fixtures';
import { mount, nameOf, openAt, spoken, t, templateHash } from './scorecard-fixtures';

const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'crisis' },
    { kind: 'custom', text: '<img src=x onerror=alert(1)>' },
    { kind: 'taxonomy', id: 'canva' },
  ],
  scale: 'four',
};
const ids = {
  items: Object.fromEntries(bank.items.map((entry) => [entry.item, entry.questions.map((q) => q.id)])),
  custom: bank.custom.map((q) => q.id),
};
const crisis = bank.items.find((entry) => entry.item === 'crisis')!.questions;

const $ = <T extends Element = HTMLElement>(host: HTMLElement, selector: string) => host.querySelector<T>(selector)!;
const open = (tag: string, markup: string, path: string, hash = '') => {
  openAt(path, hash);
  return mount(tag, markup);
};
const stored = () => localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.jobDescription);

describe('hiring kit widgets', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe('<smm-interview-guide>', () => {
    const guide = (hash = '') => open('smm-interview-guide', guideMarkup, '/hiring/interview-guide/', hash);

    it('says where links come from when opened without one, and why a bad link cannot open', () => {
      expect($(guide(), '[data-none]').hidden).toBe(false);
      document.body.replaceChildren();
      const host = guide(encodeState('scorecard', 9, {}));
      expect($(host, '[data-alert-text]').textContent).toBe(t('scorecard.error.future'));
      expect($(host, '[data-guide]').hidden).toBe(true);
    });

    it('opens a scorecard link with each item’s questions, the first picked, typed text as text', () => {
      const host = guide(templateHash(template));
      expect($(host, '[data-title]').textContent).toBe(t('hiring.guide.title', { role: 'Social media manager' }));
      const legends = [...host.querySelectorAll('legend')].map((node) => node.textContent);
      expect(legends).toEqual([`1. ${nameOf('crisis')}`, '2. <img src=x onerror=alert(1)>', `3. ${nameOf('canva')}`]);
      expect(host.querySelector('img')).toBeNull();
      const boxes = [...host.querySelectorAll<HTMLInputElement>('input[data-item="0"]')];
      expect(boxes.map((box) => [box.value, box.checked])).toEqual(crisis.map((q, i) => [q.id, i === 0]));
      // A question for the employer's own item names it.
      expect($(host, 'label[for="guide-q-1-0"]').textContent).toContain('<img src=x onerror=alert(1)>');
      expect($<HTMLAnchorElement>(host, 'a[data-kit="job"]').getAttribute('href')).toBe(
        `/hiring/job-description/#${templateHash(template)}`,
      );
      // The address now holds the guide itself.
      const decoded = decodeGuideLink(location.hash, KNOWN_IDS, ids);
      expect(decoded.ok && decoded.guide.picks[0]).toEqual([crisis[0]!.id]);
    });

    it('keeps picks and own questions in the link and the print view', () => {
      const host = guide(templateHash(template));
      const second = $<HTMLInputElement>(host, '#guide-q-0-1');
      second.checked = true;
      second.dispatchEvent(new Event('change', { bubbles: true }));
      const first = $<HTMLInputElement>(host, '#guide-q-2-0');
      first.checked = false;
      first.dispatchEvent(new Event('change', { bubbles: true }));
      const own = $<HTMLInputElement>(host, '#guide-own-2');
      own.value = '  Show us   a design you made ';
      own.dispatchEvent(new Event('input', { bubbles: true }));
      vi.advanceTimersByTime(300);
      const decoded = decodeGuideLink(location.hash, KNOWN_IDS, ids);
      expect(decoded.ok && decoded.guide.picks).toEqual([crisis.map((q) => q.id), [bank.custom[0]!.id], []]);
      expect(decoded.ok && decoded.guide.own).toEqual(['', '', 'Show us a design you made']);
      expect($<HTMLInputElement>(host, '[data-link]').value).toBe(location.href);
      const print = $(host, '[data-print-view]');
      expect(print.textContent).toContain(crisis[1]!.text);
      expect(print.textContent).toContain('Show us a design you made');
      expect(print.textContent).toContain(`${t('hiring.guide.rating')}:   1   2   3   4`);
      expect(print.querySelectorAll('.hiring-notes')).toHaveLength(3);
    });
  });

  describe('<smm-job-description>', () => {
    const builder = (hash = '') => open('smm-job-description', jobMarkup, '/hiring/job-description/', hash);
    const type = (host: HTMLElement, id: string, value: string) => {
      const field = $<HTMLTextAreaElement>(host, `[data-field="${id}"]`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };

    it('starts from the scorecard: its role as title, duties and skills from its items', () => {
      const host = builder(templateHash(template));
      expect($<HTMLInputElement>(host, '[data-field="title"]').value).toBe('Social media manager');
      expect($<HTMLTextAreaElement>(host, '[data-field="duties"]').value).toMatch(/^Respond to criticism/);
      expect($<HTMLTextAreaElement>(host, '[data-field="skills"]').value.split('\n')).toEqual([
        '<img src=x onerror=alert(1)>',
        expect.stringMatching(/Canva/),
      ]);
      const preview = $(host, '[data-preview]');
      expect(preview.querySelector('h2')!.textContent).toBe('Social media manager');
      expect([...preview.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(
        ['about', 'duties', 'skills', 'offer', 'apply'].map((id) => t(`hiring.job.${id}`)),
      );
      expect(host.querySelector('img')).toBeNull();
      // The starting text has [placeholders] to fill in.
      expect($(host, '[data-checks]').textContent).toContain('[Company]');
    });

    it('warns about exclusionary phrases, keeps edits for this template and starts again on request', () => {
      const hash = templateHash(template);
      let host = builder(hash);
      type(host, 'skills', 'A young, good-looking digital native');
      const checks = $(host, '[data-checks]').textContent!;
      expect(checks).toContain('young');
      expect(checks).toContain('good-looking');
      expect(JSON.parse(stored()!)).toMatchObject({ template: `en:${hash}` });
      document.body.replaceChildren();
      host = builder(hash);
      expect($<HTMLTextAreaElement>(host, '[data-field="skills"]').value).toBe('A young, good-looking digital native');
      expect($(host, '[data-restored]').hidden).toBe(false);
      $<HTMLButtonElement>(host, '[data-reset]').click();
      expect($<HTMLTextAreaElement>(host, '[data-field="skills"]').value).not.toContain('young');
      expect(stored()).toBeNull();
      vi.advanceTimersByTime(100);
      expect(spoken(host)).toBe(t('hiring.job.resetDone'));
    });

    it('copies the text as plain text and as escaped Markdown', async () => {
      const writeText = vi.fn<(text: string) => Promise<void>>(async () => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const host = builder(templateHash({ ...template, role: 'Manager *now*' }));
      $<HTMLButtonElement>(host, '[data-copy="md"]').click();
      $<HTMLButtonElement>(host, '[data-copy="text"]').click();
      await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
      expect(writeText.mock.calls[0]![0]).toMatch(/^# Manager \\\*now\\\*\n/);
      expect(writeText.mock.calls[1]![0]).toMatch(/^Manager \*now\*\n=+\n/);
    });
  });

  describe('task links', () => {
    it('make a link to the chosen task and the role, without the marking guide', () => {
      const host = open('smm-task-link', taskLinkMarkup, '/hiring/practical-tasks/');
      const role = $<HTMLInputElement>(host, '[data-role]');
      role.value = ' Social  media manager ';
      role.dispatchEvent(new Event('input', { bubbles: true }));
      const last = [...host.querySelectorAll<HTMLInputElement>('[data-task]')].at(-1)!;
      last.checked = true;
      last.dispatchEvent(new Event('change', { bubbles: true }));
      const link = new URL($<HTMLInputElement>(host, '[data-link]').value);
      expect(link.pathname).toBe('/hiring/task/');
      expect(
        decodeTaskLink(
          link.hash,
          tasks.map((task) => task.id),
        ),
      ).toEqual({
        ok: true,
        link: { task: tasks.at(-1)!.id, role: 'Social media manager' },
      });
      expect($<HTMLAnchorElement>(host, '[data-open]').href).toBe(link.href);
    });

    it('open on the task sheet as that task alone, with the role', () => {
      const hash = encodeTaskLink({ task: tasks[1]!.id, role: 'Мениджър' });
      const host = open('smm-task-sheet', taskSheetMarkup, '/hiring/task/', hash);
      const visible = [...host.querySelectorAll<HTMLElement>('section[data-task]')].filter((s) => !s.hidden);
      expect(visible.map((s) => s.dataset.task)).toEqual([tasks[1]!.id]);
      expect($(host, '[data-for]').textContent).toBe(t('hiring.task.for', { role: 'Мениджър' }));
    });

    it('show every sheet without a link, and say why a damaged link cannot open', () => {
      let host = open('smm-task-sheet', taskSheetMarkup, '/hiring/task/');
      expect($(host, '[data-none]').hidden).toBe(false);
      expect([...host.querySelectorAll<HTMLElement>('section[data-task]')].every((s) => !s.hidden)).toBe(true);
      document.body.replaceChildren();
      host = open('smm-task-sheet', taskSheetMarkup, '/hiring/task/', 'not-a-link!');
      expect($(host, '[data-alert-text]').textContent).toBe(t('scorecard.error.damaged'));
    });
  });
});
