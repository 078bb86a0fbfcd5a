// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeAssignment } from '../../../src/lib/assignments/assignment';
import '../../../src/scripts/assignments/assignment-builder-element';

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
const config = {
  lang: 'en',
  strings,
  items,
  assignmentPath: '/instructors/assignment/',
  builderPath: '/instructors/assignment-builder/',
  finalMark: 80,
};

/** The parts of AssignmentBuilder.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-assignment-builder');
  host.innerHTML = `
    <form data-form novalidate>
      <input id="assign-title" name="title" maxlength="80" /><p data-error="title"></p><p data-cut="title"></p>
      <textarea id="assign-instructions" name="instructions" maxlength="250"></textarea>
      <span data-count></span><p data-cut="instructions"></p>
      <input id="assign-due" name="due" type="date" /><p data-error="due"></p><p data-warning="due"></p>
      <input id="assign-pass" name="passMark" value="80" /><p data-error="passMark"></p>
      <p data-error="items"></p>
      <input type="checkbox" id="assign-lesson-role" name="lesson" value="role" />
      <input type="checkbox" id="assign-quiz-role" name="quiz" value="role" />
      <input type="checkbox" id="assign-quiz-final" name="quiz" value="final" />
      <button type="button" data-select="all">All</button>
      <button type="submit">Create</button>
    </form>
    <section data-output hidden>
      <h2 tabindex="-1">Your assignment</h2>
      <textarea data-link readonly></textarea><p data-length></p><a data-open href="/"></a>
      <button type="button" data-copy>Copy</button>
      <article data-sheet>
        <h3 data-sheet-title></h3><dd data-sheet-due></dd><dd data-sheet-pass></dd><dd data-sheet-id></dd>
        <p data-sheet-instructions></p><ul data-sheet-items></ul><p data-sheet-link></p>
        <a data-sheet-edit href="/"></a>
      </article>
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
const submit = (host: HTMLElement) => $<HTMLFormElement>(host, '[data-form]').requestSubmit();

describe('<smm-assignment-builder>', () => {
  beforeEach(() => {
    setUrl('https://smm.example/instructors/assignment-builder/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2030-03-01T12:00:00'));
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('refuses an incomplete form with translated messages, focus on the first problem, and no link', () => {
    const host = mount();
    submit(host);
    expect($(host, '[data-error="title"]').textContent).toBe(strings['assign.problem.title-missing']);
    expect($(host, '[data-error="items"]').textContent).toBe(strings['assign.problem.no-items']);
    expect($(host, '#assign-title').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('assign-title');
    expect($(host, '[data-output]').hidden).toBe(true);
    vi.advanceTimersByTime(100);
    expect($(host, '[data-live]').textContent).toContain(strings['assign.problem.summary']);
  });

  it('makes a link, a sheet that states both pass marks, and an edit link for the instructor', () => {
    const host = mount();
    $<HTMLInputElement>(host, '#assign-title').value = 'Week 1';
    $<HTMLInputElement>(host, '#assign-due').value = '2030-03-15';
    $<HTMLInputElement>(host, '#assign-pass').value = '70';
    $<HTMLInputElement>(host, '#assign-lesson-role').checked = true;
    $<HTMLInputElement>(host, '#assign-quiz-final').checked = true;
    submit(host);
    const link = $<HTMLTextAreaElement>(host, '[data-link]').value;
    expect(link.startsWith('https://smm.example/instructors/assignment/#')).toBe(true);
    const decoded = decodeAssignment(link.split('#')[1]!);
    expect(decoded.ok && decoded.data).toMatchObject({ title: 'Week 1', lessons: ['role'], quizzes: ['final'] });
    expect($(host, '[data-sheet-pass]').textContent).toBe(fill('assign.passMarkRule', { passMark: 70, finalMark: 80 }));
    expect($(host, '[data-sheet-due]').textContent).toBe('15 March 2030');
    expect([...host.querySelectorAll('[data-sheet-items] li')].map((li) => li.textContent)).toEqual([
      '1. The role',
      'Final assessment',
    ]);
    const edit = $<HTMLAnchorElement>(host, '[data-sheet-edit]');
    expect(edit.href).toBe(`https://smm.example/instructors/assignment-builder/#${link.split('#')[1]}`);
    expect(edit.textContent).toBe(edit.href);
    expect(host.classList.contains('has-output')).toBe(true);
    expect($(host, '[data-warning="due"]').textContent).toBe('');
  });

  it('warns about a due date in the past, without refusing it', () => {
    const host = mount();
    const due = $<HTMLInputElement>(host, '#assign-due');
    due.value = '2030-02-28';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    expect($(host, '[data-warning="due"]').textContent).toBe(strings['assign.builder.duePast']);
    vi.advanceTimersByTime(100);
    expect($(host, '[data-live]').textContent).toBe(strings['assign.builder.duePast']);
    due.value = '2030-03-01';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    expect($(host, '[data-warning="due"]').textContent).toBe('');
  });

  it('says so when a pasted title or instructions will not fit', () => {
    const host = mount();
    const paste = (selector: string, text: string) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      $(host, selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    };
    const title = $<HTMLInputElement>(host, '#assign-title');
    title.value = 'Week 1: ';
    title.setSelectionRange(8, 8);
    paste('#assign-title', 'x'.repeat(72));
    expect($(host, '[data-cut="title"]').textContent).toBe('');
    paste('#assign-title', 'x'.repeat(73));
    expect($(host, '[data-cut="title"]').textContent).toBe(fill('assign.builder.cut', { max: 80 }));
    // A line end counts once in a textarea: 124 lines "a" + CRLF and then "ab" make 250 characters.
    paste('#assign-instructions', `${'a\r\n'.repeat(124)}ab`);
    expect($(host, '[data-cut="instructions"]').textContent).toBe('');
    paste('#assign-instructions', 'y'.repeat(251));
    expect($(host, '[data-cut="instructions"]').textContent).toBe(fill('assign.builder.cut', { max: 250 }));
  });

  it('fills the form from a link opened on the builder, so an assignment can be edited', () => {
    const host = mount();
    $<HTMLInputElement>(host, '#assign-title').value = 'Week 2';
    $<HTMLInputElement>(host, '#assign-due').value = '2030-01-10';
    $<HTMLInputElement>(host, '#assign-quiz-role').checked = true;
    submit(host);
    const hash = $<HTMLTextAreaElement>(host, '[data-link]').value.split('#')[1]!;
    document.body.replaceChildren();
    setUrl(`https://smm.example/instructors/assignment-builder/#${hash}`);
    const edited = mount();
    expect($<HTMLInputElement>(edited, '#assign-title').value).toBe('Week 2');
    expect($<HTMLInputElement>(edited, '#assign-quiz-role').checked).toBe(true);
    expect($<HTMLInputElement>(edited, '#assign-lesson-role').checked).toBe(false);
    expect($(edited, '[data-warning="due"]').textContent).toBe(strings['assign.builder.duePast']);
  });
});
