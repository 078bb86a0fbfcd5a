/**
 * <smm-scorecard-builder>: turns the server-rendered taxonomy into a template builder. The state
 * lives in the address after "#" (replaced as you edit), so a reload or a language switch keeps it,
 * and the share link is the same state on the scorecard page. All typed text goes in as text.
 */
import {
  decodeTemplate,
  emptyTemplate,
  encodeTemplate,
  isComplete,
  itemKey,
  type ScorecardTemplate,
  type ItemRef,
} from '../lib/scorecard/template';
import { decodeScorecardLink } from '../lib/scorecard/filled';
import { cleanLine } from '../lib/scorecard/text';
import { isScaleId, MAX_CUSTOM_ITEMS, MAX_CUSTOM_LENGTH, MAX_ROLE_LENGTH } from '../lib/scorecard/limits';
import { MAX_STATE_LENGTH } from '../lib/url-state';
import {
  announce,
  copyText,
  describeLinkFailure,
  el,
  keepStateOnLanguageSwitch,
  linkTo,
  readConfig,
  replaceHash,
  translator,
  type ScorecardConfig,
  type Translate,
} from './scorecard-common';

class ScorecardBuilder extends HTMLElement {
  private config!: ScorecardConfig;
  private t!: Translate;
  private names = new Map<string, string>();
  private knownIds = new Set<string>();
  private state: ScorecardTemplate = emptyTemplate();

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translator(config);
    for (const entry of config.taxonomy) this.names.set(entry.id, entry.name);
    this.knownIds = new Set(this.names.keys());
    for (const node of this.querySelectorAll<HTMLElement>('[data-js]')) node.hidden = false;
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;

    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('change', (event) => this.onChange(event));
    this.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('[data-role]')) {
        this.state.role = cleanLine((event.target as HTMLInputElement).value, MAX_ROLE_LENGTH);
        this.save();
      }
    });
    // Enter in the custom item field adds it; the form itself never submits.
    this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    this.field('custom').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      this.addCustom();
    });
    window.addEventListener('hashchange', () => this.load());
    keepStateOnLanguageSwitch();
    this.load();
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  private get live() {
    return this.field<HTMLElement>('live');
  }

  /** Reads the state from the address; a link that cannot be read leaves an empty builder. */
  private load() {
    const hash = location.hash.slice(1);
    const alert = this.field<HTMLElement>('alert');
    alert.hidden = true;
    this.state = emptyTemplate();
    if (hash) {
      const blank = decodeTemplate(hash, this.knownIds);
      // A filled scorecard's link also opens here: its template can be edited into a new one.
      const decoded = blank.ok ? blank : decodeScorecardLink(hash, this.knownIds);
      if (decoded.ok) {
        this.state = structuredClone(decoded.template);
        announce(this.live, this.t('builder.loaded'));
      } else {
        this.field('alert-text').textContent = describeLinkFailure(this.t, decoded.reason);
        alert.hidden = false;
      }
    }
    this.field('role').value = this.state.role;
    this.field('custom').value = '';
    this.field('custom-error').textContent = '';
    this.renderAll();
  }

  private renderAll() {
    const picked = new Set(this.state.items.flatMap((item) => (item.kind === 'taxonomy' ? [item.id] : [])));
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-pick]')) box.checked = picked.has(box.value);
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-scale]'))
      radio.checked = radio.value === this.state.scale;
    this.renderPicked();
    this.renderLink();
  }

  private nameOf(item: ItemRef): string {
    return item.kind === 'custom' ? item.text : (this.names.get(item.id) ?? item.id);
  }

  private renderPicked(focus?: { key: string; action: string }) {
    const list = this.field<HTMLOListElement>('picked');
    list.replaceChildren(
      ...this.state.items.map((item, index) => {
        const name = this.nameOf(item);
        const row = el('li');
        row.dataset.key = itemKey(item);
        const label = el('span', undefined, 'scorecard-name');
        label.append(el('span', `${index + 1}. `, 'scorecard-number'), name);
        if (item.kind === 'custom') label.append(' ', el('span', `(${this.t('custom.tag')})`, 'scorecard-tag'));
        const buttons = el('span', undefined, 'scorecard-moves');
        for (const [action, text] of [
          ['up', this.t('moveUp')],
          ['down', this.t('moveDown')],
          ['remove', this.t('remove')],
        ] as const) {
          const button = el('button', text);
          button.type = 'button';
          button.dataset.action = action;
          // The item's name completes the button's accessible name ("Move up Creativity").
          button.append(el('span', ` ${name}`, 'sr-only'));
          buttons.append(button);
        }
        row.append(label, buttons);
        return row;
      }),
    );
    this.field<HTMLElement>('empty').hidden = this.state.items.length > 0;
    const customCount = this.state.items.filter((item) => item.kind === 'custom').length;
    const full = customCount >= MAX_CUSTOM_ITEMS;
    this.field('add').toggleAttribute('aria-disabled', full);
    if (focus) {
      const row = [...list.children].find((li) => (li as HTMLElement).dataset.key === focus.key);
      row?.querySelector<HTMLElement>(`[data-action="${focus.action}"]`)?.focus();
    }
  }

  /** Keeps the address and the share link in step with the state. */
  private save() {
    const empty = !this.state.role && this.state.items.length === 0;
    const encoded = encodeTemplate(this.state);
    if (encoded.ok) replaceHash(empty && this.state.scale === emptyTemplate().scale ? '' : encoded.hash);
    this.renderLink();
  }

  private renderLink() {
    const status = this.field<HTMLElement>('link-status');
    const ready = this.field<HTMLElement>('link-ready');
    const encoded = encodeTemplate(this.state);
    ready.hidden = true;
    status.hidden = false;
    if (!isComplete(this.state)) status.textContent = this.t('link.incomplete');
    else if (!encoded.ok)
      status.textContent = this.t('link.tooLong', { length: encoded.length, max: MAX_STATE_LENGTH });
    else {
      const link = linkTo(this.config.paths.scorecard, encoded.hash);
      this.field('link').value = link;
      this.field<HTMLAnchorElement>('open').href = link;
      ready.hidden = false;
      status.hidden = true;
    }
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.matches('[data-pick]')) {
      const id = target.value;
      if (target.checked && !this.state.items.some((item) => item.kind === 'taxonomy' && item.id === id)) {
        this.state.items.push({ kind: 'taxonomy', id });
        announce(
          this.live,
          this.t('added', { item: this.nameOf({ kind: 'taxonomy', id }), position: this.state.items.length }),
        );
      } else if (!target.checked) {
        this.state.items = this.state.items.filter((item) => !(item.kind === 'taxonomy' && item.id === id));
        announce(this.live, this.t('removed', { item: this.nameOf({ kind: 'taxonomy', id }) }));
      }
      this.renderPicked();
      this.save();
    } else if (target.matches('[data-scale]') && target.checked && isScaleId(target.value)) {
      this.state.scale = target.value;
      this.save();
    }
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    if (button.matches('[data-add]')) this.addCustom();
    else if (button.matches('[data-copy]')) void this.copy();
    else if (button.matches('[data-reset]')) this.reset();
    else if (button.dataset.action) this.act(button.closest('li')!.dataset.key!, button.dataset.action);
  }

  private addCustom() {
    const input = this.field('custom');
    const error = this.field('custom-error');
    const text = cleanLine(input.value, MAX_CUSTOM_LENGTH);
    const customs = this.state.items.filter((item) => item.kind === 'custom');
    let problem = '';
    if (customs.length >= MAX_CUSTOM_ITEMS) problem = this.t('custom.full', { max: MAX_CUSTOM_ITEMS });
    else if (!text) problem = this.t('custom.emptyError');
    else if (customs.some((item) => item.text === text)) problem = this.t('custom.duplicate');
    error.textContent = problem;
    input.setAttribute('aria-invalid', String(Boolean(problem)));
    if (problem) {
      announce(this.live, problem);
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    this.state.items.push({ kind: 'custom', text });
    input.value = '';
    input.focus();
    announce(this.live, this.t('added', { item: text, position: this.state.items.length }));
    this.renderPicked();
    this.save();
  }

  private act(key: string, action: string) {
    const items = this.state.items;
    const index = items.findIndex((item) => itemKey(item) === key);
    const item = items[index];
    if (!item) return;
    const name = this.nameOf(item);
    if (action === 'remove') {
      items.splice(index, 1);
      if (item.kind === 'taxonomy')
        this.querySelector<HTMLInputElement>(`[data-pick][value="${CSS.escape(item.id)}"]`)!.checked = false;
      // Focus moves to the item that took this one's place, or to the note that the list is empty.
      const next = items[index] ?? items[index - 1];
      this.renderPicked(next && { key: itemKey(next), action: 'remove' });
      if (!next) this.field<HTMLElement>('empty').focus();
      announce(this.live, this.t('removed', { item: name }));
      this.save();
      return;
    }
    const target = action === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) {
      announce(this.live, this.t(action === 'up' ? 'first' : 'last', { item: name }));
      return;
    }
    [items[index], items[target]] = [items[target]!, item];
    // Focus stays on the same button of the moved item, so it can be moved again at once.
    this.renderPicked({ key, action });
    announce(this.live, this.t('moved', { item: name, position: target + 1, count: items.length }));
    this.save();
  }

  private async copy() {
    const field = this.field('link');
    announce(this.live, this.t((await copyText(field.value, field)) ? 'link.copied' : 'link.copyFailed'));
  }

  private reset() {
    replaceHash('');
    this.load();
    this.field('role').focus();
    announce(this.live, this.t('builder.resetDone'));
  }
}

customElements.define('smm-scorecard-builder', ScorecardBuilder);
