// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { KPIS } from '../../../src/lib/workbench/kpi';
import { KPI_FIELDS } from '../../../src/lib/workbench/kpi-plan';
import '../../../src/scripts/workbench/kpi-plan-element';
import { stringsWith, translatorOf, useCleanPage } from './fixture';

const strings = stringsWith('kpi.');
const t = translatorOf(strings);

/** The parts of KpiPlanWorksheet.astro the element works with. */
function mount(lang: 'en' | 'bg' = 'en'): HTMLElement {
  const host = document.createElement('smm-kpi-plan');
  host.innerHTML = `
    ${KPIS.map((k) => `<input type="checkbox" id="kpi-pick-${k.id}" value="${k.id}" data-pick data-js hidden />`).join('')}
    <p data-no-js>Needs JavaScript</p>
    <section data-js hidden>
      <p data-storage-notice hidden></p>
      <input id="kpi-goal" type="text" data-goal />
      <p data-empty></p>
      ${KPIS.map(
        (k) => `<fieldset data-entry="${k.id}" hidden>
          ${KPI_FIELDS.map(
            (f) => `<label for="kpi-${k.id}-${f}">${f}</label><input id="kpi-${k.id}-${f}" data-field="${f}" />
              <p data-error="${f}"></p>`,
          ).join('')}
          <input id="kpi-${k.id}-deadline" type="date" data-field="deadline" />
          <progress data-bar hidden max="100"></progress><p data-status></p>
          ${k.inputs.map((i) => `<input data-calc="${i}" /><p data-calc-error="${i}"></p>`).join('')}
          <button type="button" data-calculate>Calculate</button><button type="button" data-use hidden>Use</button>
          <p data-output></p>
        </fieldset>`,
      ).join('')}
      <p data-goal-print></p>
      <div data-summary hidden><table><tbody></tbody></table></div>
      <button type="button" data-export>CSV</button>
      <div data-live></div>
    </section>
    <script type="application/json" data-config>${JSON.stringify({ lang, strings })}</script>`;
  document.body.append(host);
  return host;
}

const stored = () => JSON.parse(localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.kpiPlan) ?? 'null');
const live = (host: HTMLElement) => host.querySelector('[data-live]')!.textContent;

function pick(host: HTMLElement, id: string) {
  const box = host.querySelector<HTMLInputElement>(`#kpi-pick-${id}`)!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(host: HTMLElement, id: string, field: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(`[data-entry="${id}"] [data-field="${field}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<smm-kpi-plan>', () => {
  useCleanPage();

  it('chooses a KPI, shows its entry, saves the choice and says so', () => {
    const host = mount();
    expect(host.querySelector<HTMLElement>('#kpi-pick-reach')!.hidden).toBe(false);
    pick(host, 'engagement-rate');
    expect(host.querySelector<HTMLElement>('[data-entry="engagement-rate"]')!.hidden).toBe(false);
    expect(stored().chosen).toEqual(['engagement-rate']);
    vi.advanceTimersByTime(100);
    expect(live(host)).toBe(t('kpi.added', { name: t('kpi.engagement-rate.name') }));
  });

  it('shows progress from baseline to target, and a summary row', () => {
    const host = mount();
    pick(host, 'engagement-rate');
    type(host, 'engagement-rate', 'baseline', '2');
    type(host, 'engagement-rate', 'target', '3.5');
    type(host, 'engagement-rate', 'result', '2.75');
    const entry = host.querySelector('[data-entry="engagement-rate"]')!;
    expect(entry.querySelector<HTMLProgressElement>('[data-bar]')!.value).toBe(50);
    expect(entry.querySelector('[data-status]')!.textContent).toBe(t('kpi.status.on-the-way', { percent: 50 }));
    const row = host.querySelector('[data-summary] tbody tr')!;
    expect(row.querySelector('th')!.textContent).toContain(t('kpi.engagement-rate.name'));
    expect(host.querySelector<HTMLElement>('[data-summary]')!.hidden).toBe(false);
    expect(stored().entries['engagement-rate']).toEqual({ baseline: '2', target: '3.5', result: '2.75', deadline: '' });
  });

  it('reads Bulgarian decimal commas', () => {
    const host = mount('bg');
    pick(host, 'engagement-rate');
    type(host, 'engagement-rate', 'baseline', '2');
    type(host, 'engagement-rate', 'target', '3,5');
    type(host, 'engagement-rate', 'result', '2,75');
    expect(host.querySelector<HTMLProgressElement>('[data-entry="engagement-rate"] [data-bar]')!.value).toBe(50);
  });

  it('shows and announces a translated error for a bad number, keeping the typed text', () => {
    const host = mount();
    pick(host, 'reach');
    type(host, 'reach', 'baseline', '-5');
    const error = host.querySelector('[data-entry="reach"] [data-error="baseline"]')!;
    expect(error.textContent).toBe(t('kpi.error.negative', { min: '0', max: '1,000,000,000,000' }));
    expect(host.querySelector('#kpi-reach-baseline')!.getAttribute('aria-invalid')).toBe('true');
    expect(stored().entries.reach.baseline).toBe('-5');
    vi.advanceTimersByTime(100);
    expect(live(host)).toContain(error.textContent);
  });

  it('works out a rate and uses it as the result', () => {
    const host = mount();
    pick(host, 'engagement-rate');
    const entry = host.querySelector('[data-entry="engagement-rate"]')!;
    entry.querySelector<HTMLInputElement>('[data-calc="engagements"]')!.value = '45';
    entry.querySelector<HTMLInputElement>('[data-calc="reach"]')!.value = '1500';
    entry.querySelector<HTMLButtonElement>('[data-calculate]')!.click();
    expect(entry.querySelector('[data-output]')!.textContent).toBe(t('kpi.calculated.percent', { value: '3' }));
    entry.querySelector<HTMLButtonElement>('[data-use]')!.click();
    expect(entry.querySelector<HTMLInputElement>('[data-field="result"]')!.value).toBe('3');
  });

  it('follows another tab', () => {
    const host = mount();
    const value = JSON.stringify({ v: 1, goal: 'More bookings', chosen: ['reach'], entries: {} });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_PREFIX + STORAGE_KEYS.kpiPlan, newValue: value }));
    expect(host.querySelector<HTMLInputElement>('#kpi-pick-reach')!.checked).toBe(true);
    expect(host.querySelector<HTMLInputElement>('[data-goal]')!.value).toBe('More bookings');
    expect(host.querySelector('[data-goal-print]')!.textContent).toBe(`${t('kpi.goal')}: More bookings`);
  });

  it('says so instead of exporting an empty plan', () => {
    const host = mount();
    host.querySelector<HTMLButtonElement>('[data-export]')!.click();
    vi.advanceTimersByTime(100);
    expect(live(host)).toBe(t('kpi.nothingToExport'));
  });
});
