// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { CHECK_ANSWERS, CHECK_QUESTIONS, OBJECT_TYPES, SCORES } from '../../../src/lib/workbench/rrs';
import '../../../src/scripts/workbench/rrs-element';
import { stringsWith, translatorOf, useCleanPage } from './fixture';

const strings = stringsWith('rrs.');
const t = translatorOf(strings);

/** The parts of RrsWorksheet.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-rrs');
  const radios = (scale: string) =>
    SCORES.map((s) => `<input type="radio" id="rrs-${scale}-${s}" name="${scale}" value="${s}" />`).join('');
  host.innerHTML = `
    <p data-no-js>Needs JavaScript</p>
    <p data-storage-notice hidden></p>
    <form novalidate>
      <legend data-legend>${strings['rrs.form.add']}</legend>
      <input id="rrs-name" name="name" type="text" /><p data-error="name"></p>
      <select id="rrs-type" name="type">${OBJECT_TYPES.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>
      <input id="rrs-date" name="date" type="date" /><p data-error="date"></p>
      ${radios('relevance')}<p data-error="relevance"></p>
      ${radios('resonance')}<p data-error="resonance"></p>
      <input id="rrs-evidence" name="evidence" type="text" /><p data-error="evidence"></p>
      <div data-js hidden><button type="submit" data-submit>Add</button><button type="button" data-cancel hidden>Cancel</button></div>
      <p data-error="form"></p>
    </form>
    <section data-js hidden>
      <p data-count></p><p data-empty></p>
      <div data-table hidden><table><tbody></tbody></table></div>
      <p data-summary hidden></p><div data-chart></div>
      <table>${SCORES.map((r) => SCORES.map((s) => `<td data-cell="${r}-${s}">0</td>`).join('')).join('')}</table>
      <p data-advice-empty></p><div data-advice></div>
    </section>
    ${CHECK_QUESTIONS.map((q) =>
      CHECK_ANSWERS.map((a) => `<input type="radio" name="check-${q}" value="${a}" data-check="${q}" />`).join(''),
    ).join('')}
    <p data-check-result data-js hidden></p>
    <button type="button" data-export="csv">CSV</button>
    <div data-live></div>
    <script type="application/json" data-config>${JSON.stringify({ lang: 'en', strings })}</script>`;
  document.body.append(host);
  return host;
}

const stored = () => JSON.parse(localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.rrs) ?? 'null');
const live = (host: HTMLElement) => host.querySelector('[data-live]')!.textContent;

function fill(host: HTMLElement, name: string, relevance: number, resonance: number, evidence = '') {
  host.querySelector<HTMLInputElement>('#rrs-name')!.value = name;
  host.querySelector<HTMLInputElement>(`#rrs-relevance-${relevance}`)!.checked = true;
  host.querySelector<HTMLInputElement>(`#rrs-resonance-${resonance}`)!.checked = true;
  host.querySelector<HTMLInputElement>('#rrs-evidence')!.value = evidence;
  host.querySelector('form')!.requestSubmit();
}

describe('<smm-rrs>', () => {
  useCleanPage();

  it('shows its controls, adds an object with its significance, saves it and says so', () => {
    const host = mount();
    expect(host.querySelector<HTMLElement>('[data-submit]')!.parentElement!.hidden).toBe(false);
    expect(host.querySelector<HTMLElement>('[data-no-js]')!.hidden).toBe(true);
    fill(host, 'Warm-up video', 2, 1, '34 saves');
    const rows = host.querySelectorAll('[data-table] tbody tr');
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.querySelectorAll('td.score')].map((td) => td.textContent)).toEqual(['2', '1', '3']);
    expect(host.querySelector<HTMLElement>('[data-table]')!.hidden).toBe(false);
    expect(host.querySelector('[data-cell="2-1"]')!.textContent).toBe('1');
    expect(host.querySelectorAll('[data-chart] circle')).toHaveLength(1);
    expect(stored().objects).toEqual([
      { name: 'Warm-up video', type: 'post', date: '', relevance: 2, resonance: 1, evidence: '34 saves' },
    ]);
    vi.advanceTimersByTime(100);
    expect(live(host)).toBe(t('rrs.added', { name: 'Warm-up video', score: 3 }));
  });

  it('names every row button after its object, visible word first', () => {
    const host = mount();
    fill(host, 'https://example.com/' + 'a'.repeat(90), 0, 0);
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('[data-table] button')];
    expect(buttons.map((b) => b.dataset.act)).toEqual(['edit', 'remove']);
    expect(buttons[0]!.textContent).toBe(`${t('rrs.edit')} https://example.com/${'a'.repeat(90)}`);
  });

  it('refuses an object without scores with messages next to the fields, and saves nothing', () => {
    const host = mount();
    host.querySelector<HTMLInputElement>('#rrs-name')!.value = 'No scores';
    host.querySelector('form')!.requestSubmit();
    expect(host.querySelector('[data-error="relevance"]')!.textContent).toBe(t('rrs.error.relevance-missing'));
    expect(host.querySelector('#rrs-relevance-0')!.getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toBeNull();
  });

  it('edits and removes objects, moving focus sensibly', () => {
    const host = mount();
    fill(host, 'First', 1, 1);
    fill(host, 'Second', 2, 2);
    host.querySelector<HTMLButtonElement>('[data-act="edit"][data-index="0"]')!.click();
    expect(host.querySelector('[data-legend]')!.textContent).toBe(t('rrs.form.edit', { name: 'First' }));
    expect(host.querySelector<HTMLElement>('[data-cancel]')!.hidden).toBe(false);
    host.querySelector<HTMLInputElement>('#rrs-name')!.value = 'First, renamed';
    host.querySelector('form')!.requestSubmit();
    expect(stored().objects.map((o: { name: string }) => o.name)).toEqual(['First, renamed', 'Second']);
    expect(host.querySelector('[data-legend]')!.textContent).toBe(t('rrs.form.add'));
    host.querySelector<HTMLButtonElement>('[data-act="remove"][data-index="0"]')!.click();
    expect(stored().objects.map((o: { name: string }) => o.name)).toEqual(['Second']);
    expect((document.activeElement as HTMLElement).dataset.act).toBe('remove');
  });

  it('records the significance check', () => {
    const host = mount();
    const yes = host.querySelector<HTMLInputElement>('[data-check="unprompted"][value="yes"]')!;
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true }));
    expect(stored().check).toEqual({ unprompted: 'yes' });
    expect(host.querySelector('[data-check-result]')!.textContent).toBe(t('rrs.check.result', { yes: 1, answered: 1 }));
  });

  it('follows another tab, and renders stored text as text', () => {
    const host = mount();
    const value = JSON.stringify({
      v: 1,
      objects: [
        { name: '<img src=x onerror=alert(1)>', type: 'post', date: '', relevance: 1, resonance: 0, evidence: '' },
      ],
      check: {},
    });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_PREFIX + STORAGE_KEYS.rrs, newValue: value }));
    const name = host.querySelector('[data-table] tbody .name')!;
    expect(name.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(host.querySelector('[data-table] img')).toBeNull();
  });

  it('says so instead of downloading an empty worksheet', () => {
    const host = mount();
    host.querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
    vi.advanceTimersByTime(100);
    expect(live(host)).toBe(t('rrs.export.empty'));
  });
});
