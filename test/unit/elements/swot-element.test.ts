// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { SWOT_QUADRANTS } from '../../../src/lib/workbench/swot';
import '../../../src/scripts/workbench/swot-element';
import { stringsWith, useCleanPage } from './fixture';

const strings = stringsWith('swot.');

/** The parts of SwotWorksheet.astro the element works with. */
function mount(): HTMLElement {
  const host = document.createElement('smm-swot');
  host.innerHTML = `
    <input data-subject />
    ${SWOT_QUADRANTS.map(
      (q) => `<section data-quadrant="${q}">
        <ol data-list hidden></ol><p data-undo-row hidden></p><p data-empty data-js hidden></p><p data-focus hidden></p>
        <form data-add="${q}"><input data-text /><input data-action /><p data-error></p>
          <button type="submit">Add</button><span data-count></span></form>
      </section>`,
    ).join('')}
    <button type="button" data-export>Markdown</button>
    <div data-live></div>
    <script type="application/json" data-config>${JSON.stringify({ lang: 'en', strings })}</script>`;
  document.body.append(host);
  return host;
}

const stored = () => JSON.parse(localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.swot) ?? 'null');

describe('<smm-swot>', () => {
  useCleanPage();

  it('adds an entry with its decision, saves it, and says so', () => {
    const host = mount();
    const form = host.querySelector<HTMLFormElement>('[data-add="strengths"]')!;
    form.querySelector<HTMLInputElement>('[data-text]')!.value = 'A loyal local audience';
    form.querySelector<HTMLInputElement>('[data-action]')!.value = 'ask regulars for reviews';
    form.requestSubmit();
    const list = host.querySelector('[data-quadrant="strengths"] [data-list]')!;
    expect(list.querySelectorAll('li')).toHaveLength(1);
    expect(list.textContent).toContain('A loyal local audience');
    expect(stored().quadrants.strengths).toEqual([
      { text: 'A loyal local audience', action: 'ask regulars for reviews' },
    ]);
    vi.advanceTimersByTime(100);
    expect(host.querySelector('[data-live]')!.textContent).toContain('A loyal local audience');
  });

  it('does not print "so we so we" when the learner types the "so we…" the intro suggests', () => {
    const host = mount();
    const form = host.querySelector<HTMLFormElement>('[data-add="strengths"]')!;
    form.querySelector<HTMLInputElement>('[data-text]')!.value = 'Loyal regulars';
    form.querySelector<HTMLInputElement>('[data-action]')!.value = 'So we… post a weekly video';
    form.requestSubmit();
    const action = host.querySelector('[data-quadrant="strengths"] .action')!;
    expect(action.textContent).toBe('so we post a weekly video');
    expect(stored().quadrants.strengths[0].action).toBe('post a weekly video');
  });

  it('removes an entry with an Undo that puts it back in its place', () => {
    const host = mount();
    const form = host.querySelector<HTMLFormElement>('[data-add="threats"]')!;
    for (const text of ['Chain gym ads', 'Rising rent', 'New rules']) {
      form.querySelector<HTMLInputElement>('[data-text]')!.value = text;
      form.requestSubmit();
    }
    const box = host.querySelector('[data-quadrant="threats"]')!;
    box.querySelector<HTMLButtonElement>('[data-act="remove"][data-index="1"]')!.click();
    expect(stored().quadrants.threats.map((e: { text: string }) => e.text)).toEqual(['Chain gym ads', 'New rules']);
    const undo = box.querySelector<HTMLButtonElement>('[data-undo-row] button')!;
    expect(box.querySelector<HTMLElement>('[data-undo-row]')!.hidden).toBe(false);
    expect(document.activeElement).toBe(undo);
    expect(undo.textContent).toBe(`${strings['swot.undo']} “Rising rent”`);
    undo.click();
    expect(stored().quadrants.threats.map((e: { text: string }) => e.text)).toEqual([
      'Chain gym ads',
      'Rising rent',
      'New rules',
    ]);
    expect(box.querySelector<HTMLElement>('[data-undo-row]')!.hidden).toBe(true);
    expect((document.activeElement as HTMLElement).dataset.index).toBe('1');
    vi.advanceTimersByTime(100);
    expect(host.querySelector('[data-live]')!.textContent).toBe(
      strings['swot.restored']!.replace('{{text}}', 'Rising rent').replace(
        '{{quadrant}}',
        strings['swot.name.threats']!,
      ),
    );
  });

  it('refuses an empty entry with a translated message next to the form, and saves nothing', () => {
    const host = mount();
    const form = host.querySelector<HTMLFormElement>('[data-add="threats"]')!;
    form.requestSubmit();
    expect(form.querySelector('[data-error]')!.textContent).toBe(strings['swot.error.text-empty']);
    expect(form.querySelector('[data-text]')!.getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toBeNull();
  });

  it('renders text from storage as text, never as HTML', () => {
    localStorage.setItem(
      STORAGE_PREFIX + STORAGE_KEYS.swot,
      JSON.stringify({
        v: 1,
        subject: '',
        quadrants: { strengths: [{ text: '<img src=x onerror=alert(1)>', action: '' }] },
      }),
    );
    const host = mount();
    const item = host.querySelector('[data-quadrant="strengths"] [data-list] li')!;
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
