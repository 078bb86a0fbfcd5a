// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeAssignment } from '../../../src/lib/assignments/assignment';
import { createAssignment } from '../../../src/lib/assignments/draft';
import { decodeReport } from '../../../src/lib/assignments/report-decode';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { quizRecordKey, STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/assignments/assignment-element';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../content/i18n/en.json'), 'utf8')) as Record<
  string,
  string
>;
const strings = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('assign.')));
const fill = (key: string, values: Record<string, string | number> = {}) =>
  strings[key]!.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name]));
const items = {
  'lesson:role': { title: '1. The role', href: '/course/role/' },
  'quiz:role': { title: 'Quiz: 1. The role', href: '/course/role/#role-quiz-heading' },
  'quiz:final': { title: 'Final assessment', href: '/course/final-assessment/' },
};
const config = { lang: 'en', strings, items, builderPath: '/instructors/assignment-builder/', finalMark: 80 };
const made = createAssignment({
  title: '<b>Week 1</b>',
  instructions: 'Read, then pass.',
  lessons: ['role'],
  quizzes: ['role', 'final'],
  due: '2030-03-15',
  passMark: 70,
});
if (!made.ok) throw new Error('bad fixture');
const hash = encodeAssignment(made.assignment);

/** The parts of AssignmentView.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-assignment');
  host.innerHTML = `
    <p data-no-js>Needs JavaScript</p>
    <div data-message hidden></div>
    <div data-empty hidden><p>No assignment</p><a href="/instructors/assignment-builder/">Builder</a></div>
    <section data-assignment hidden>
      <h2 data-title></h2><dd data-due></dd><dd data-pass></dd><dd data-id></dd>
      <div data-instructions-block><p data-instructions></p></div>
      <p data-summary></p><p data-storage-notice hidden></p>
      <table><tbody data-items></tbody></table>
      <a data-edit href="/instructors/assignment-builder/">Edit</a>
    </section>
    <section data-report-section hidden>
      <form data-report-form><input id="assign-learner" /><p data-error="learner"></p><button>Create</button></form>
      <div data-report hidden>
        <article data-report-sheet tabindex="-1">
          <dd data-r-learner></dd><dd data-r-assignment></dd><dd data-r-due></dd><dd data-r-pass></dd>
          <dd data-r-generated></dd><dd data-r-state></dd><table><tbody data-r-items></tbody></table>
        </article>
        <textarea data-code readonly></textarea>
        <button type="button" data-copy>Copy</button>
      </div>
    </section>
    <div data-live></div>
    <script type="application/json" data-config>${JSON.stringify(config)}</script>`;
  document.body.append(host);
  return host;
}

/** Moves the page to another address (happy-dom's own API, as a link or a reload would). */
const setUrl = (address: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(address);
const $ = <T extends HTMLElement = HTMLElement>(host: HTMLElement, selector: string) =>
  host.querySelector<T>(selector)!;
const store = (key: string, value: unknown) => localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
const statuses = (host: HTMLElement, selector: string) =>
  [...host.querySelectorAll(`${selector} tr`)].map((row) => row.children[1]!.textContent);

describe('<smm-assignment>', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    setUrl(`https://smm.example/instructors/assignment/#${hash}`);
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('shows each item from the progress the site keeps, with one pass mark per quiz', () => {
    store(STORAGE_KEYS.lessons, { v: 2, lessons: { role: { openedAt: '2030-03-01T09:00:00.000Z' } } });
    const record = (best: number) => ({
      v: 1,
      hash: 'h',
      best,
      last: best,
      attempts: 2,
      lastAt: '2030-03-05T10:00:00.000Z',
    });
    store(quizRecordKey('role'), record(75));
    store(quizRecordKey('final'), record(75));
    const host = mount();
    expect($(host, '[data-title]').textContent).toBe('<b>Week 1</b>');
    expect($(host, '[data-title]').querySelector('b')).toBeNull();
    expect($(host, '[data-pass]').textContent).toBe(fill('assign.passMarkRule', { passMark: 70, finalMark: 80 }));
    // 75 % passes a lesson quiz at this assignment's 70 %, but not the final assessment (80 %).
    expect(statuses(host, '[data-items]')).toEqual([
      strings['assign.status.in-progress'],
      strings['assign.status.passed'],
      strings['assign.status.below-pass'],
    ]);
    expect($(host, '[data-items] tr:nth-child(2)').children[2]!.textContent).toBe(
      fill('assign.scores', { best: 75, last: 75, attempts: 2 }),
    );
    expect($(host, '[data-summary]').textContent).toBe(fill('assign.view.someDone', { done: 1, total: 3 }));
    expect($<HTMLAnchorElement>(host, '[data-edit]').getAttribute('href')).toBe(
      `/instructors/assignment-builder/#${hash}`,
    );
    expect($(host, '[data-no-js]').hidden).toBe(true);
  });

  it('makes a report that the class results page can read, and remembers the name', async () => {
    const host = mount();
    $<HTMLInputElement>(host, '#assign-learner').value = '  Мария Петрова ';
    $<HTMLFormElement>(host, '[data-report-form]').requestSubmit();
    // The report's sheet loads on first use (assignment-report.ts).
    await vi.waitFor(() => expect($(host, '[data-report]').hidden).toBe(false));
    expect($(host, '[data-r-pass]').textContent).toBe(fill('assign.passMarkRule', { passMark: 70, finalMark: 80 }));
    const decoded = decodeReport($<HTMLTextAreaElement>(host, '[data-code]').value);
    expect(decoded.ok && decoded.report.learner).toBe('Мария Петрова');
    expect(localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.learnerName)).toBe('Мария Петрова');
    expect(host.classList.contains('has-report')).toBe(true);
    vi.advanceTimersByTime(100);
    expect($(host, '[data-live]').textContent).toBe(fill('assign.report.createdIncomplete', { done: 0, total: 3 }));
  });

  it('asks for a name before making a report', () => {
    const host = mount();
    $<HTMLFormElement>(host, '[data-report-form]').requestSubmit();
    expect($(host, '[data-error="learner"]').textContent).toBe(strings['assign.report.nameMissing']);
    expect($(host, '#assign-learner').getAttribute('aria-invalid')).toBe('true');
    expect($(host, '[data-report]').hidden).toBe(true);
  });

  it('explains a page opened without a link, and refuses a damaged one', () => {
    setUrl('https://smm.example/instructors/assignment/');
    let host = mount();
    expect($(host, '[data-empty]').hidden).toBe(false);
    expect($(host, '[data-assignment]').hidden).toBe(true);
    expect($(host, '[data-report-section]').hidden).toBe(true);
    document.body.replaceChildren();
    setUrl(`https://smm.example/instructors/assignment/#${hash.slice(0, -20)}`);
    host = mount();
    expect($(host, '[data-message]').textContent).toBe(strings['assign.linkError.malformed']);
    expect($(host, '[data-empty]').hidden).toBe(true);
  });
});
