// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { readProgressFixture } from '../../support/progress';

const downloads = vi.hoisted(() => [] as { file: string; text: string; type: string }[]);
vi.mock('../../../src/scripts/toolkit/download', () => ({
  downloadText: (file: string, text: string, type: string) => downloads.push({ file, text, type }),
}));
await import('../../../src/scripts/progress/progress-element');

const ROOT = resolve(import.meta.dirname, '../../..');
const all = JSON.parse(readFileSync(resolve(ROOT, 'content/i18n/en.json'), 'utf8')) as Record<string, string>;
const s = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('progress.')));
const fill = (key: string, values: Record<string, string | number> = {}) =>
  s[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

const LESSONS = [
  { slug: 'role', title: 'The role', href: '/course/role/' },
  { slug: 'the-work', title: 'The work', href: '/course/the-work/' },
  { slug: 'capstone', title: 'Capstone', href: '/course/capstone/' },
];
const put = (key: string, value: unknown) => localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
const dump = () =>
  Object.keys(localStorage)
    .sort()
    .map((key) => [key, localStorage.getItem(key)]);

/** The parts of ProgressPage.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-progress');
  host.innerHTML = `
    <p data-no-js>No JavaScript</p>
    <p data-storage-notice hidden>Not kept</p>
    <section data-js hidden>
      <progress data-bar max="3"></progress><p data-summary></p><p data-next></p>
    </section>
    <table><tbody>
      ${LESSONS.map((l) => `<tr data-lesson="${l.slug}"><th>${l.title}</th><td data-status>—</td><td data-quiz>—</td></tr>`).join('')}
    </tbody></table>
    <p data-final></p>
    <progress data-checklist-bar max="3" data-js hidden></progress><p data-checklist data-js hidden></p>
    <button type="button" data-export>Export</button>
    <input type="file" data-import />
    <p data-message tabindex="-1"></p>
    <div data-preview tabindex="-1" hidden>
      <p data-preview-intro></p>
      <fieldset>
        <input type="radio" name="progress-mode" value="merge" checked />
        <input type="radio" name="progress-mode" value="replace" />
      </fieldset>
      <table><tbody data-preview-rows></tbody></table>
      <button type="button" data-apply>Import</button><button type="button" data-cancel>Cancel</button>
    </div>
    <button type="button" data-reset>Reset</button>
    <p data-reset-message></p>
    <dialog data-reset-dialog></dialog>
    <script type="application/json" data-config>${JSON.stringify({
      passMark: 80,
      lessons: LESSONS,
      finalHref: '/course/final-assessment/',
      checklistHref: '/tools/personal-project-checklist/',
      checklistIds: ['read-books', 'start-blog', 'apply'],
      lang: 'en',
      strings: s,
    })}</script>`;
  document.body.append(host);
  return host;
}

const q = <T extends HTMLElement = HTMLElement>(host: HTMLElement, selector: string) =>
  host.querySelector<T>(selector)!;

/** Picks a file in the import field, as the browser does. */
function pick(host: HTMLElement, text: string, name = 'progress.json') {
  const input = q<HTMLInputElement>(host, '[data-import]');
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<smm-progress>', () => {
  beforeEach(() => {
    localStorage.clear();
    downloads.length = 0;
  });
  afterEach(() => document.body.replaceChildren());

  it('shows each lesson, the quiz scores, the final assessment, the checklist and the next step', () => {
    put(STORAGE_KEYS.lessons, {
      v: 2,
      lessons: {
        role: { openedAt: '2026-05-01T08:00:00.000Z', completedAt: '2026-05-01T09:00:00.000Z' },
        'the-work': { openedAt: '2026-05-02T08:00:00.000Z' },
      },
    });
    put('quiz:role', { v: 1, hash: 'h', best: 90, last: 90, attempts: 2, lastAt: '2026-05-01T09:00:00.000Z' });
    put('quiz:final', { v: 1, hash: 'f', best: 70, last: 70, attempts: 1, lastAt: '2026-05-03T09:00:00.000Z' });
    put(STORAGE_KEYS.personalChecklist, { v: 1, items: { apply: { done: true }, gone: { done: true } } });
    const host = mount();
    expect(q(host, '[data-no-js]').hidden).toBe(true);
    expect(q(host, '[data-storage-notice]').hidden).toBe(true);
    const cell = (slug: string, name: string) => q(host, `tr[data-lesson="${slug}"] [data-${name}]`).textContent;
    expect([cell('role', 'status'), cell('role', 'quiz')]).toEqual([s['progress.status.completed'], '90%']);
    expect([cell('the-work', 'status'), cell('the-work', 'quiz')]).toEqual([
      s['progress.status.inProgress'],
      s['progress.notTaken'],
    ]);
    expect(cell('capstone', 'status')).toBe(s['progress.status.notStarted']);
    expect(q(host, '[data-summary]').textContent).toBe(fill('progress.lessonsCompleted', { done: 1, total: 3 }));
    const next = q<HTMLAnchorElement>(host, '[data-next] a');
    expect(next.getAttribute('href')).toBe('/course/the-work/#the-work-quiz-heading');
    expect(q(host, '[data-final]').textContent).toBe(fill('progress.finalNotPassed', { score: 70, passMark: 80 }));
    expect(q(host, '[data-checklist]').textContent).toBe(fill('progress.checklistDone', { done: 1, total: 3 }));
  });

  it('exports everything the site keeps, worksheets included, as one JSON file', async () => {
    put('swot:worksheet', { v: 1, subject: 'Café', quadrants: {} });
    put('quiz:role', { v: 1, hash: 'h', best: 90, last: 90, attempts: 2, lastAt: '2026-05-01T09:00:00.000Z' });
    const host = mount();
    q(host, '[data-export]').click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.file).toMatch(/^smm-academy-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const body = JSON.parse(file!.text);
    expect(body).toMatchObject({ schema: 'smm-academy-progress', version: 1 });
    expect(Object.keys(body.data)).toEqual(expect.arrayContaining(['quiz:role', 'swot:worksheet']));
    expect(q(host, '[data-message]').textContent).toBe(fill('progress.exported', { file: file!.file }));
  });

  it('previews an import in words, with a British date, and writes nothing until the learner confirms', async () => {
    put('swot:worksheet', { v: 1, subject: '', quadrants: {} });
    const host = mount();
    const before = dump();
    pick(host, readProgressFixture('export-v1.json'));
    await vi.waitFor(() => expect(q(host, '[data-preview]').hidden).toBe(false));
    expect(q(host, '[data-preview-intro]').textContent).toMatch(/^File exported: 2 March 2025 at \d\d:\d\d$/);
    const rows = [...host.querySelectorAll('[data-preview-rows] tr')].map((tr) => [
      tr.querySelector('th')!.textContent,
      (tr as HTMLElement).dataset.change,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [s['progress.checklistHeading'], 'added'],
        [fill('progress.item.lesson', { title: 'The role' }), 'added'],
        [s['progress.finalHeading'], 'added'],
        [fill('progress.item.quiz', { title: 'The role' }), 'added'],
        [fill('progress.item.answers', { title: 'The work' }), 'added'],
        [s['progress.item.swot'], 'unchanged'],
      ]),
    );
    expect(rows.flat().join(' ')).not.toMatch(/under way/);
    expect(dump()).toEqual(before);

    q(host, '[data-apply]').click();
    await vi.waitFor(() => expect(q(host, '[data-preview]').hidden).toBe(true));
    expect(JSON.parse(localStorage.getItem(`${STORAGE_PREFIX}quiz:role`)!).best).toBe(70);
    expect(q(host, 'tr[data-lesson="role"] [data-status]').textContent).toBe(s['progress.status.completed']);
    expect(q(host, '[data-message]').textContent).toBe(fill('progress.imported', { added: 6, changed: 0, removed: 0 }));
  });

  it.each([
    ['not JSON', 'this is not json {', 'progress.error.notJson'],
    ['another schema', '{"schema":"other","version":1,"data":{}}', 'progress.error.wrongSchema'],
  ])('refuses %s with a translated message and changes nothing', async (_name, text, key) => {
    put('quiz:role', { v: 1, hash: 'h', best: 90, last: 90, attempts: 2, lastAt: '2026-05-01T09:00:00.000Z' });
    const host = mount();
    const before = dump();
    pick(host, text);
    await vi.waitFor(() => expect(q(host, '[data-message]').textContent).toBe(s[key]));
    expect(q(host, '[data-message]').dataset.kind).toBe('error');
    expect(q(host, '[data-preview]').hidden).toBe(true);
    expect(dump()).toEqual(before);
  });

  it('resets progress only when confirmed, and keeps the worksheets', () => {
    put('quiz:role', { v: 1, hash: 'h', best: 90, last: 90, attempts: 2, lastAt: '2026-05-01T09:00:00.000Z' });
    put('swot:worksheet', { v: 1, subject: '', quadrants: {} });
    const host = mount();
    const dialog = q<HTMLDialogElement>(host, '[data-reset-dialog]');
    const close = (value: string) => {
      dialog.returnValue = value;
      dialog.dispatchEvent(new Event('close'));
    };
    close('cancel');
    expect(q(host, '[data-reset-message]').textContent).toBe(s['progress.resetKept']);
    expect(localStorage.getItem(`${STORAGE_PREFIX}quiz:role`)).not.toBeNull();
    close('confirm');
    expect(q(host, '[data-reset-message]').textContent).toBe(s['progress.resetDone']);
    expect(localStorage.getItem(`${STORAGE_PREFIX}quiz:role`)).toBeNull();
    expect(localStorage.getItem(`${STORAGE_PREFIX}swot:worksheet`)).not.toBeNull();
    expect(q(host, 'tr[data-lesson="role"] [data-quiz]').textContent).toBe(s['progress.notTaken']);
  });

  it('follows changes made in another tab', () => {
    const host = mount();
    put('quiz:capstone', { v: 1, hash: 'h', best: 60, last: 60, attempts: 1, lastAt: '2026-05-01T09:00:00.000Z' });
    window.dispatchEvent(Object.assign(new Event('storage'), { key: `${STORAGE_PREFIX}quiz:capstone` }));
    expect(q(host, 'tr[data-lesson="capstone"] [data-quiz]').textContent).toBe('60%');
  });
});
