// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShareLink } from '../../../src/lib/checklist/share';
import { updateItem, createEmptyState } from '../../../src/lib/checklist/state';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { checklistKey, STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { OUTLINE as outline } from '../../support/checklist';

const downloads = vi.hoisted(() => [] as { file: string; text: string; type: string }[]);
vi.mock('../../../src/scripts/toolkit/download', () => ({
  downloadText: (file: string, text: string, type: string) => downloads.push({ file, text, type }),
}));
await import('../../../src/scripts/checklist/checklist-element');

const ROOT = resolve(import.meta.dirname, '../../..');
const stringsOf = (lang: 'en' | 'bg') =>
  Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(resolve(ROOT, `content/i18n/${lang}.json`), 'utf8')) as object).filter(
      ([key]) => key.startsWith('checklist.'),
    ),
  ) as Record<string, string>;
const en = stringsOf('en');

const KEY = STORAGE_PREFIX + STORAGE_KEYS.personalChecklist;

/** The parts of PersonalChecklist.astro the element works with. */
function mount(lang: 'en' | 'bg' = 'en'): HTMLElement {
  const progressRow = (id: string) =>
    `<div data-progress="${id}" data-js hidden><progress></progress><span data-progress-text></span></div>`;
  const item = (id: string) => `
    <li data-item="${id}">
      <h3>${id}</h3>
      <fieldset data-edit data-js hidden>
        <input type="checkbox" data-field="done" />
        <textarea data-field="note"></textarea><p data-count></p>
        <input type="url" data-field="evidence" /><p data-evidence-error></p>
      </fieldset>
      <div data-view hidden>
        <p data-view-status></p>
        <p data-view-note hidden><strong>Note:</strong> <span></span></p>
        <p data-view-evidence hidden><strong>Evidence:</strong> <span data-evidence-slot></span></p>
      </div>
    </li>`;
  const host = document.createElement('smm-checklist');
  host.innerHTML = `
    <div data-link-error hidden></div>
    <section data-shared-banner hidden>
      <p data-shared-notes hidden></p><p data-shared-evidence hidden></p>
      <button type="button" data-action="own">Back</button>
    </section>
    <p data-no-js>Needs JavaScript</p>
    <p data-storage-notice hidden>Not kept</p>
    ${progressRow('')}
    <div data-actions data-js hidden>
      <button type="button" data-action="share">Share</button>
      <button type="button" data-action="markdown">Markdown</button>
      <button type="button" data-action="csv">CSV</button>
    </div>
    <div data-share-output hidden><input data-share-url /><p data-share-info></p></div>
    <div data-live></div>
    ${outline.sections
      .map((s) => `<section>${progressRow(s.id)}<ol>${s.items.map((i) => item(i.id)).join('')}</ol></section>`)
      .join('')}
    <script type="application/json" data-config>${JSON.stringify({
      storageKey: checklistKey('personal-project'),
      maxNote: 280,
      outline,
      lang,
      strings: stringsOf(lang),
    })}</script>`;
  document.body.append(host);
  return host;
}

const q = <T extends HTMLElement = HTMLElement>(host: HTMLElement, selector: string) =>
  host.querySelector<T>(selector)!;
const field = <T extends HTMLElement>(host: HTMLElement, item: string, name: string) =>
  q<T>(host, `[data-item="${item}"] [data-field="${name}"]`);
const fill = (target: HTMLInputElement | HTMLTextAreaElement, value: string, type: 'input' | 'change') => {
  target.value = value;
  target.dispatchEvent(new Event(type, { bubbles: true }));
};
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

describe('<smm-checklist>', () => {
  beforeEach(() => {
    localStorage.clear();
    downloads.length = 0;
    window.location.hash = '';
    vi.useFakeTimers();
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('shows its controls and the saved progress, overall and per section', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, items: { 'join-groups': { done: true } } }));
    const host = mount();
    expect(q(host, '[data-no-js]').hidden).toBe(true);
    expect(q(host, '[data-actions]').hidden).toBe(false);
    expect(field<HTMLInputElement>(host, 'join-groups', 'done').checked).toBe(true);
    expect(q(host, '[data-progress=""] [data-progress-text]').textContent).toBe('1 of 3 done');
    expect(q(host, '[data-progress="training"] [data-progress-text]').textContent).toBe('1 of 2 done');
    expect(q<HTMLProgressElement>(host, '[data-progress="first-job"] progress').value).toBe(0);
  });

  it('saves a tick under the registry key and announces the step with the new progress', () => {
    const host = mount();
    const box = field<HTMLInputElement>(host, 'read-books', 'done');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(saved()).toEqual({ v: 1, items: { 'read-books': { done: true } } });
    vi.advanceTimersByTime(100);
    expect(q(host, '[data-live]').textContent).toBe('“Read two books” is done. 1 of 3 done.');
  });

  it('keeps a valid evidence link, refuses any other with a message, and saves nothing for it', () => {
    const host = mount();
    const evidence = field<HTMLInputElement>(host, 'join-groups', 'evidence');
    fill(evidence, 'javascript:alert(1)', 'input');
    fill(evidence, 'javascript:alert(1)', 'change');
    expect(q(host, '[data-item="join-groups"] [data-evidence-error]').textContent).toBe(
      en['checklist.evidenceInvalid'],
    );
    expect(evidence.getAttribute('aria-invalid')).toBe('true');
    expect(saved()).toBeNull();
    fill(evidence, 'https://example.org/groups', 'input');
    expect(evidence.hasAttribute('aria-invalid')).toBe(false);
    expect(saved().items['join-groups']).toEqual({ done: false, evidence: 'https://example.org/groups' });
  });

  it('shows a share link read-only, as text, without writing it anywhere', () => {
    const theirs = updateItem(createEmptyState(), 'read-books', { done: true, note: '<img src=x onerror=alert(1)>' });
    window.location.hash = `#${createShareLink(theirs, ['read-books'])!.hash}`;
    const host = mount();
    expect(q(host, '[data-shared-banner]').hidden).toBe(false);
    expect(q(host, '[data-item="read-books"] [data-edit]').hidden).toBe(true);
    const note = q(host, '[data-item="read-books"] [data-view-note]');
    expect(note.hidden).toBe(false);
    expect(note.querySelector('img')).toBeNull();
    expect(note.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(q(host, '[data-progress=""] [data-progress-text]').textContent).toBe('1 of 3 done');
    expect(localStorage.length).toBe(0);

    q(host, '[data-action="own"]').click();
    expect(q(host, '[data-shared-banner]').hidden).toBe(true);
    expect(q(host, '[data-progress=""] [data-progress-text]').textContent).toBe('0 of 3 done');
  });

  it('says a damaged link is damaged and shows the own checklist', () => {
    window.location.hash = '#eyJrIjoiY2hlY2tsaXN0Ii';
    const host = mount();
    expect(q(host, '[data-link-error]').hidden).toBe(false);
    expect(q(host, '[data-link-error]').textContent).toBe(en['checklist.linkBroken']);
    expect(q(host, '[data-shared-banner]').hidden).toBe(true);
  });

  it('downloads Bulgarian CSV with ";" and Markdown escaped by the shared escaper', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, items: { 'read-books': { done: true, note: 'a | b <i>' } } }));
    const host = mount('bg');
    q(host, '[data-action="csv"]').click();
    q(host, '[data-action="markdown"]').click();
    const [csv, markdown] = downloads;
    expect(csv!.file).toBe(`${stringsOf('bg')['checklist.fileName']}.csv`);
    expect(csv!.text.split('\r\n')[1]).toBe('Training;Read two books;да;a | b <i>;');
    expect(markdown!.text).toContain('- [x] Read two books — a \\| b \\<i\\>');
  });

  it('follows another tab, and forgets its listeners when it leaves the page', () => {
    const host = mount();
    const change = (value: string) => {
      localStorage.setItem(KEY, value);
      window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: value }));
    };
    change(JSON.stringify({ v: 1, items: { 'build-portfolio': { done: true } } }));
    expect(field<HTMLInputElement>(host, 'build-portfolio', 'done').checked).toBe(true);
    host.remove();
    change(JSON.stringify({ v: 1, items: {} }));
    expect(field<HTMLInputElement>(host, 'build-portfolio', 'done').checked).toBe(true);
  });
});
