// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeTemplate } from '../../../src/lib/scorecard/template';
import '../../../src/scripts/hiring/scorecard-builder-element';
import { KNOWN_IDS } from '../../support/scorecard';
import { builderMarkup, mount, nameOf, openAt, spoken, t, templateHash } from './scorecard-fixtures';

const IDS = ['strategy', 'crisis', 'canva'];
const PATH = '/hiring/scorecard-builder/';

const $ = <T extends Element = HTMLElement>(host: HTMLElement, selector: string) => host.querySelector<T>(selector)!;
const pick = (host: HTMLElement, id: string) => {
  const box = $<HTMLInputElement>(host, `#scorecard-pick-${id}`);
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
};
const type = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const picked = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-picked] > li')].map((li) => li.querySelector('.scorecard-name')!.textContent);
const addCustom = (host: HTMLElement, text: string) => {
  $<HTMLInputElement>(host, '[data-custom]').value = text;
  $<HTMLButtonElement>(host, '[data-add]').click();
};

describe('<smm-scorecard-builder>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    openAt(PATH);
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('shows its controls, and makes one link from a role and picked items', () => {
    const host = mount('smm-scorecard-builder', builderMarkup(IDS));
    expect($(host, '[data-no-js]').hidden).toBe(true);
    expect($(host, '[data-role]').hidden).toBe(false);
    expect($(host, '[data-link-status]').textContent).toBe(t('scorecard.link.incomplete'));

    type($<HTMLInputElement>(host, '[data-role]'), '  Social   media manager ');
    pick(host, 'crisis');
    pick(host, 'strategy');
    expect(picked(host)).toEqual([`1. ${nameOf('crisis')}`, `2. ${nameOf('strategy')}`]);
    vi.advanceTimersByTime(100);
    expect(spoken(host)).toBe(t('scorecard.added', { item: nameOf('strategy'), position: 2 }));

    const link = $<HTMLInputElement>(host, '[data-link]').value;
    expect($(host, '[data-link-ready]').hidden).toBe(false);
    expect(link.startsWith(`${location.origin}/hiring/scorecard/#`)).toBe(true);
    // The builder keeps the same state in its own address, and the language picker follows it.
    const hash = link.split('#')[1]!;
    expect(location.hash).toBe(`#${hash}`);
    expect(decodeTemplate(hash, KNOWN_IDS)).toEqual({
      ok: true,
      template: {
        role: 'Social media manager',
        items: [
          { kind: 'taxonomy', id: 'crisis' },
          { kind: 'taxonomy', id: 'strategy' },
        ],
        scale: 'four',
      },
    });
    const options = [...document.querySelectorAll<HTMLOptionElement>('starlight-lang-select option')];
    expect(options.map((option) => option.value)).toEqual([`${PATH}#${hash}`, `/bg${PATH}#${hash}`]);
  });

  it('adds its own items as text, refuses repeats with a message, and moves and removes items', () => {
    const host = mount('smm-scorecard-builder', builderMarkup(IDS));
    pick(host, 'canva');
    addCustom(host, '<b>Speaks</b> Greek');
    expect(picked(host)).toEqual([`1. ${nameOf('canva')}`, `2. <b>Speaks</b> Greek (${t('scorecard.custom.tag')})`]);
    expect(host.querySelector('[data-picked] b')).toBeNull();

    addCustom(host, '<b>Speaks</b>   Greek');
    const input = $<HTMLInputElement>(host, '[data-custom]');
    expect($(host, '[data-custom-error]').textContent).toBe(t('scorecard.custom.duplicate'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(picked(host)).toHaveLength(2);

    // "Move up" keeps the focus on the moved item's button and says where it went.
    const up = host.querySelector<HTMLButtonElement>('[data-picked] > li:last-child [data-action="up"]')!;
    expect(up.textContent).toBe(`${t('scorecard.moveUp')} <b>Speaks</b> Greek`);
    up.click();
    expect(picked(host)[0]).toContain('<b>Speaks</b> Greek');
    expect(document.activeElement).toBe(host.querySelector('[data-picked] > li:first-child [data-action="up"]'));
    vi.advanceTimersByTime(100);
    expect(spoken(host)).toBe(t('scorecard.moved', { item: '<b>Speaks</b> Greek', position: 1, count: 2 }));

    // Removing a taxonomy item unticks it.
    host.querySelector<HTMLButtonElement>('[data-picked] > li:last-child [data-action="remove"]')!.click();
    expect($<HTMLInputElement>(host, '#scorecard-pick-canva').checked).toBe(false);
    expect(picked(host)).toHaveLength(1);
  });

  it('opens a template link, says when a link is damaged, and starts again empty', () => {
    const hash = templateHash({
      role: 'Community manager',
      items: [{ kind: 'taxonomy', id: 'canva' }],
      scale: 'three',
    });
    openAt(PATH, hash);
    let host = mount('smm-scorecard-builder', builderMarkup(IDS));
    expect($<HTMLInputElement>(host, '[data-role]').value).toBe('Community manager');
    expect($<HTMLInputElement>(host, '#scorecard-pick-canva').checked).toBe(true);
    expect($<HTMLInputElement>(host, '#scale-three').checked).toBe(true);

    $<HTMLButtonElement>(host, '[data-reset]').click();
    expect(location.hash).toBe('');
    expect($<HTMLInputElement>(host, '[data-role]').value).toBe('');
    expect(picked(host)).toEqual([]);

    document.body.replaceChildren();
    openAt(PATH, hash.slice(0, -8));
    host = mount('smm-scorecard-builder', builderMarkup(IDS));
    expect($(host, '[data-alert]').hidden).toBe(false);
    expect($(host, '[data-alert-text]').textContent).toBe(t('scorecard.error.damaged'));
    expect(host.querySelectorAll('[data-pick]:checked')).toHaveLength(0);
  });
});
