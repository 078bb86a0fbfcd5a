// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeReportCode } from '../../../src/lib/assignments/report';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/assignments/class-results-element';
import { makeAssignment, makeReport, quizRecord } from '../assignments-fixtures';

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
};
const config = { lang: 'en', strings, items, finalMark: 80 };

// Due 15 March 2030, then moved to 31 March: two versions of one assignment.
const week1 = makeAssignment({ lessons: ['role'], quizzes: ['role'], passMark: 70 });
const moved = makeAssignment({ lessons: ['role'], quizzes: ['role'], passMark: 70, due: '2030-03-31' });
const lesson = (completedAt: string) => ({
  role: { status: 'completed' as const, openedAt: '2030-03-01T08:00:00.000Z', completedAt },
});
const ana = makeReport(week1, 'Ana', lesson('2030-03-10T10:00:00.000Z'), {
  role: quizRecord(90, 90, '2030-03-10T11:00:00.000Z'),
});
const boris = makeReport(week1, '<img src=x onerror=alert(1)>', lesson('2030-03-20T10:00:00.000Z'), {
  role: quizRecord(60, 60, '2030-03-12T11:00:00.000Z'),
});
const cveta = makeReport(moved, 'Цвета', lesson('2030-03-25T10:00:00.000Z'));
const wrap = (code: string) => code.match(/.{1,76}/g)!.join('\r\n');

/** The parts of ClassResults.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-class-results');
  host.innerHTML = `
    <section data-js hidden>
      <form data-paste-form><textarea id="assign-codes"></textarea><button type="submit">Add</button></form>
      <div data-drop><input id="assign-files" type="file" /></div>
      <ul data-messages></ul><p data-storage-notice hidden></p>
    </section>
    <section data-results hidden>
      <dd data-ref-assignment></dd><dd data-ref-due></dd><dd data-ref-pass></dd>
      <div data-versions hidden><p data-versions-text></p><ul data-versions-list></ul><button type="button" data-merge></button></div>
      <details><summary data-loaded></summary><ul data-report-list></ul><button type="button" data-clear>Clear</button></details>
      <table data-matrix><thead></thead><tbody></tbody><tfoot></tfoot></table>
      <p data-matrix-others hidden></p><ul data-matrix-key></ul>
      <button type="button" data-export>CSV</button>
      <section data-detail-panel hidden><h3 tabindex="-1" data-detail-heading></h3><p data-detail-meta></p>
        <table><tbody data-detail-rows></tbody></table></section>
    </section>
    <div data-live></div>
    <script type="application/json" data-config>${JSON.stringify(config)}</script>`;
  document.body.append(host);
  return host;
}

const $ = <T extends HTMLElement = HTMLElement>(host: HTMLElement, selector: string) =>
  host.querySelector<T>(selector)!;
/** Pastes and waits for the outcome: reading codes loads on first use (class-input.ts). */
const paste = async (host: HTMLElement, text: string) => {
  $<HTMLTextAreaElement>(host, '#assign-codes').value = text;
  $<HTMLFormElement>(host, '[data-paste-form]').requestSubmit();
  await vi.waitFor(() => expect(host.querySelectorAll('[data-messages] li').length).toBeGreaterThan(0));
};
const learners = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-matrix] tbody th')].map((th) => th.textContent);
const stored = (key: string) => JSON.parse(localStorage.getItem(STORAGE_PREFIX + key) ?? 'null');

describe('<smm-class-results>', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('reads codes wrapped by email, one per report, says which lines failed and keeps them', async () => {
    const host = mount();
    await paste(host, [wrap(encodeReportCode(ana)), 'not a code', wrap(encodeReportCode(boris))].join('\r\n'));
    const anaLines = wrap(encodeReportCode(ana)).split('\r\n').length;
    const messages = [...host.querySelectorAll('[data-messages] li')].map((li) => li.textContent);
    expect(messages[0]).toBe(
      `${fill('assign.class.lines', { first: 1, last: anaLines })}: ${fill('assign.class.outcome.added', { name: 'Ana' })}`,
    );
    expect(messages[1]).toBe(
      `${fill('assign.class.line', { number: anaLines + 1 })}: ${strings['assign.reportError.malformed']}`,
    );
    expect($<HTMLTextAreaElement>(host, '#assign-codes').value).toBe('not a code');
    expect(stored(STORAGE_KEYS.classReports)).toHaveLength(2);
    vi.advanceTimersByTime(100);
    expect($(host, '[data-live]').textContent).toBe(fill('assign.class.summary', { added: 2, failed: 1 }));
  });

  it('shows the class as a matrix with summaries, names as text, and sorts by any column', async () => {
    const host = mount();
    await paste(host, [encodeReportCode(boris), encodeReportCode(ana)].join('\n'));
    expect($(host, '[data-results]').hidden).toBe(false);
    expect(learners(host)).toEqual(['<img src=x onerror=alert(1)>', 'Ana'].sort((a, b) => a.localeCompare(b)));
    expect(host.querySelector('img')).toBeNull();
    expect($(host, '[data-ref-pass]').textContent).toBe(fill('assign.passMarkRule', { passMark: 70, finalMark: 80 }));
    const heads = [...host.querySelectorAll('[data-matrix] thead th')].map((th) => th.textContent!.trim());
    expect(heads.map((h) => h.split(' ')[0])).toEqual(['Learner', 'L1', 'Q1', 'Done', 'Late']);
    expect(heads[0]!.endsWith('▲')).toBe(true);
    const foot = [...host.querySelectorAll('[data-matrix] tfoot td')].map((td) => td.textContent);
    expect(foot.slice(0, 2)).toEqual([
      fill('assign.matrix.doneOf', { done: 2, total: 2 }),
      `${fill('assign.matrix.doneOf', { done: 1, total: 2 })}${fill('assign.matrix.median', { score: 75 })}`,
    ]);
    $(host, '[data-sort="late"]').click();
    $(host, '[data-sort="late"]').click();
    expect(learners(host)).toEqual(['<img src=x onerror=alert(1)>', 'Ana']);
    const lateTh = $(host, '[data-sort="late"]').closest('th')!;
    expect(lateTh.getAttribute('aria-sort')).toBe('descending');
    expect(document.activeElement?.getAttribute('data-sort')).toBe('late');
  });

  it('opens a learner’s report item by item', async () => {
    const host = mount();
    await paste(host, encodeReportCode(boris));
    $(host, '[data-matrix] tbody th button').click();
    // The drill-down loads on first use (class-tools.ts).
    await vi.waitFor(() => expect($(host, '[data-detail-panel]').hidden).toBe(false));
    expect($(host, '[data-detail-heading]').textContent).toBe(
      fill('assign.class.detailHeading', { name: '<img src=x onerror=alert(1)>' }),
    );
    expect(document.activeElement).toBe($(host, '[data-detail-heading]'));
    expect(host.querySelectorAll('[data-detail-rows] tr')).toHaveLength(2);
  });

  it('shows versions of the assignment, merges them under the newest due date and remembers that', async () => {
    const host = mount();
    await paste(host, [ana, boris, cveta].map(encodeReportCode).join('\n'));
    expect($(host, '[data-versions]').hidden).toBe(false);
    await vi.waitFor(() => expect($(host, '[data-merge]').textContent).toBe(strings['assign.versions.merge']));
    expect(learners(host)).toHaveLength(2);
    expect($(host, '[data-report-list] li:last-child').className).toBe('is-other');
    expect($(host, '[data-report-list] li:last-child').textContent).toContain(
      fill('assign.class.newerVersion', { due: '31 March 2030', id: moved.id }),
    );
    $(host, '[data-merge]').click();
    expect(stored(STORAGE_KEYS.classMerged)).toEqual([week1.id, moved.id]);
    expect(learners(host)).toHaveLength(3);
    expect($(host, '[data-ref-due]').textContent).toBe('31 March 2030');
    // Finished on 20 March: late for the first version, on time for the newest.
    const lateCounts = [...host.querySelectorAll('[data-matrix] tbody tr')].map(
      (tr) => tr.lastElementChild!.textContent,
    );
    expect(lateCounts).toEqual(['0', '0', '0']);
    // Another visit finds the reports and the merge as they were.
    document.body.replaceChildren();
    const again = mount();
    expect(learners(again)).toHaveLength(3);
    // The versions box fills when its code has loaded (class-tools.ts).
    await vi.waitFor(() => expect($(again, '[data-merge]').textContent).toBe(strings['assign.versions.split']));
  });

  it('removes a report and clears all after asking', async () => {
    const host = mount();
    await paste(host, [ana, boris].map(encodeReportCode).join('\n'));
    $(host, '[data-report-list] [data-remove="0"]').click();
    expect(learners(host)).toEqual(['<img src=x onerror=alert(1)>']);
    const confirm = vi.fn(() => true);
    window.confirm = confirm;
    $(host, '[data-clear]').click();
    expect(confirm).toHaveBeenCalled();
    expect($(host, '[data-results]').hidden).toBe(true);
    expect(stored(STORAGE_KEYS.classReports)).toEqual([]);
  });
});
