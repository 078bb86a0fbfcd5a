// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { defineElement, SmmElement } from '../../../src/scripts/toolkit/smm-element';

/** A minimal widget that exposes what the base gives it. */
class ProbeElement extends SmmElement<{ greeting: string }> {
  setupCalls = 0;
  changes: (string | null)[] = [];
  protected setup() {
    this.setupCalls++;
    this.watchKey('probe:value', (value) => this.changes.push(value));
    this.listen(this.required('button'), 'click', () => {
      this.save('probe:value', 'clicked');
      this.announce(this.t('quiz.correct'));
      this.emit('smm-quiz-recorded', {
        quizId: 'probe',
        record: { v: 1, hash: 'h', best: 50, last: 50, attempts: 1, lastAt: '2026-05-03T10:00:00.000Z' },
      });
    });
  }
  greet() {
    return `${this.config.greeting} (${this.config.lang})`;
  }
}
defineElement('smm-probe', ProbeElement);

const config = JSON.stringify({ greeting: 'Hello', lang: 'en', strings: { 'quiz.correct': 'Correct.' } });
const markup = (json = config) => `
  <p data-no-js>Needs JavaScript</p>
  <div data-js hidden>Enhanced</div>
  <p data-storage-notice hidden>Not kept</p>
  <button type="button">Go</button>
  <div data-live aria-live="polite"></div>
  <script type="application/json" data-config>${json}</script>`;

function mount(json?: string): ProbeElement {
  const host = document.createElement('smm-probe') as ProbeElement;
  host.innerHTML = markup(json);
  document.body.append(host);
  return host;
}

describe('SmmElement', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('reads its config, shows scripted parts and hides the no-JavaScript note', () => {
    const host = mount();
    expect(host.greet()).toBe('Hello (en)');
    expect(host.querySelector<HTMLElement>('[data-js]')!.hidden).toBe(false);
    expect(host.querySelector<HTMLElement>('[data-no-js]')!.hidden).toBe(true);
    expect(host.setupCalls).toBe(1);
  });

  it('stays as the server rendered it when the config is missing or broken', () => {
    for (const json of ['', '{not json']) {
      const host = mount(json);
      expect(host.setupCalls).toBe(0);
      expect(host.querySelector<HTMLElement>('[data-js]')!.hidden).toBe(true);
      expect(host.querySelector<HTMLElement>('[data-no-js]')!.hidden).toBe(false);
    }
  });

  it('saves under the site prefix, announces after clearing the live region, and emits a bubbling event', () => {
    const host = mount();
    const heard = vi.fn();
    document.addEventListener('smm-quiz-recorded', heard);
    host.querySelector('button')!.click();
    expect(localStorage.getItem(`${STORAGE_PREFIX}probe:value`)).toBe('clicked');
    expect(host.querySelector('[data-live]')!.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(host.querySelector('[data-live]')!.textContent).toBe('Correct.');
    expect(heard).toHaveBeenCalledOnce();
    expect((heard.mock.calls[0]![0] as CustomEvent).detail.quizId).toBe('probe');
    document.removeEventListener('smm-quiz-recorded', heard);
  });

  it('hears changes from other tabs to its own key only, and a cleared storage', () => {
    const host = mount();
    const storageEvent = (key: string | null, newValue: string | null) =>
      window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    storageEvent(`${STORAGE_PREFIX}probe:value`, 'from another tab');
    storageEvent(`${STORAGE_PREFIX}other`, 'ignored');
    storageEvent(null, null);
    expect(host.changes).toEqual(['from another tab', null]);
  });

  it('removes its outside listeners when it leaves the page, and sets up again when it comes back', () => {
    const host = mount();
    host.remove();
    window.dispatchEvent(Object.assign(new Event('storage'), { key: `${STORAGE_PREFIX}probe:value`, newValue: 'x' }));
    expect(host.changes).toEqual([]);
    document.body.append(host);
    expect(host.setupCalls).toBe(2);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: `${STORAGE_PREFIX}probe:value`, newValue: 'y' }));
    expect(host.changes).toEqual(['y']);
  });

  it('names a missing required child plainly', () => {
    const host = document.createElement('smm-probe');
    host.innerHTML = `<script type="application/json" data-config>${config}</script>`;
    expect(() => document.body.append(host)).toThrow(/<smm-probe> needs button/);
  });
});
