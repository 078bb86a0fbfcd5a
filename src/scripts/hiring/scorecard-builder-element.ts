/**
 * <smm-scorecard-builder>: turns the server-rendered taxonomy into a scorecard template builder.
 * The state lives in the address after "#" (replaced as you edit), so a reload or a language switch
 * keeps it, and the share link is the same state on the scorecard page. Typed text goes in as text.
 */
import { decodeScorecardLink } from '../../lib/scorecard/filled';
import { describeItem, type ScorecardData, type TaxonomyEntry } from '../../lib/scorecard/items';
import { isScaleId, MAX_CUSTOM_ITEMS, MAX_CUSTOM_LENGTH, MAX_ROLE_LENGTH } from '../../lib/scorecard/limits';
import { linkFailureKey, type ScorecardKey } from '../../lib/scorecard/strings';
import {
  decodeTemplate,
  emptyTemplate,
  encodeTemplate,
  isComplete,
  itemKey,
  type ItemRef,
  type ScorecardTemplate,
} from '../../lib/scorecard/template';
import { cleanLine } from '../../lib/scorecard/text';
import { MAX_STATE_LENGTH } from '../../lib/url-state';
import { copyText } from '../toolkit/copy';
import { el, labelledButton } from '../toolkit/dom';
import { keepStateOnLanguageSwitch, setHash } from '../toolkit/language-picker';
import { defineElement, SmmElement } from '../toolkit/smm-element';

type Move = 'up' | 'down' | 'remove';

export class ScorecardBuilderElement extends SmmElement<ScorecardData, ScorecardKey> {
  private taxonomy = new Map<string, TaxonomyEntry>();
  private state: ScorecardTemplate = emptyTemplate();

  protected setup() {
    this.taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    const role = this.field('role');
    this.listen(role, 'input', () => {
      this.state.role = cleanLine(role.value, MAX_ROLE_LENGTH);
      this.syncLink();
    });
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(this, 'change', (event) => this.onChange(event));
    // Enter in the custom item field adds it; the form itself never submits.
    this.listen(this.required('form'), 'submit', (event) => event.preventDefault());
    this.listen<KeyboardEvent>(this.field('custom'), 'keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      this.addCustom();
    });
    this.listen(window, 'hashchange', () => this.load());
    keepStateOnLanguageSwitch(this.listen.bind(this));
    this.load();
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.required<T>(`[data-${name}]`);
  }

  /** Reads the state from the address; a link that cannot be read leaves an empty builder. */
  private load() {
    const hash = location.hash.slice(1);
    const alert = this.field<HTMLElement>('alert');
    alert.hidden = true;
    this.state = emptyTemplate();
    if (hash) {
      const knownIds = new Set(this.taxonomy.keys());
      const blank = decodeTemplate(hash, knownIds);
      // A filled scorecard's link also opens here: its template can be edited into a new one.
      const decoded = blank.ok ? blank : decodeScorecardLink(hash, knownIds);
      if (decoded.ok) {
        this.state = structuredClone(decoded.template);
        this.announce(this.t('scorecard.builder.loaded'));
      } else {
        this.field('alert-text').textContent = this.t(linkFailureKey(decoded.reason));
        alert.hidden = false;
      }
    }
    this.field('role').value = this.state.role;
    this.field('custom').value = '';
    this.field('custom-error').textContent = '';
    const picked = new Set(this.state.items.flatMap((item) => (item.kind === 'taxonomy' ? [item.id] : [])));
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-pick]')) box.checked = picked.has(box.value);
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-scale]'))
      radio.checked = radio.value === this.state.scale;
    this.renderPicked();
    this.renderLink();
  }

  private nameOf(item: ItemRef): string {
    return describeItem(item, this.taxonomy, '').name;
  }

  private renderPicked(focus?: { key: string; action: Move }) {
    const list = this.field<HTMLOListElement>('picked');
    const moves: [Move, string][] = [
      ['up', this.t('scorecard.moveUp')],
      ['down', this.t('scorecard.moveDown')],
      ['remove', this.t('scorecard.remove')],
    ];
    list.replaceChildren(
      ...this.state.items.map((item, index) => {
        const name = this.nameOf(item);
        const row = el('li');
        row.dataset.key = itemKey(item);
        const label = el('span', undefined, 'scorecard-name');
        label.append(el('span', `${index + 1}. `, 'scorecard-number'), name);
        if (item.kind === 'custom')
          label.append(' ', el('span', `(${this.t('scorecard.custom.tag')})`, 'scorecard-tag'));
        const buttons = el('span', undefined, 'scorecard-moves');
        for (const [action, text] of moves) {
          // The item's name completes the button's accessible name ("Move up Creativity").
          const button = labelledButton(text, name);
          button.dataset.action = action;
          buttons.append(button);
        }
        row.append(label, buttons);
        return row;
      }),
    );
    this.field<HTMLElement>('empty').hidden = this.state.items.length > 0;
    const customCount = this.state.items.filter((item) => item.kind === 'custom').length;
    this.field('add').toggleAttribute('aria-disabled', customCount >= MAX_CUSTOM_ITEMS);
    if (focus) {
      const row = [...list.children].find((li) => (li as HTMLElement).dataset.key === focus.key);
      row?.querySelector<HTMLElement>(`[data-action="${focus.action}"]`)?.focus();
    }
  }

  /** Keeps the address and the share link in step with the state. */
  private syncLink() {
    const untouched = !this.state.role && this.state.items.length === 0 && this.state.scale === emptyTemplate().scale;
    const encoded = encodeTemplate(this.state);
    if (encoded.ok) setHash(untouched ? '' : encoded.hash);
    this.renderLink();
  }

  private renderLink() {
    const status = this.field<HTMLElement>('link-status');
    const ready = this.field<HTMLElement>('link-ready');
    const encoded = encodeTemplate(this.state);
    ready.hidden = true;
    status.hidden = false;
    if (!isComplete(this.state)) status.textContent = this.t('scorecard.link.incomplete');
    else if (!encoded.ok)
      status.textContent = this.t('scorecard.link.tooLong', { length: encoded.length, max: MAX_STATE_LENGTH });
    else {
      const link = new URL(`${this.config.paths.scorecard}#${encoded.hash}`, location.href).href;
      this.field('link').value = link;
      this.field<HTMLAnchorElement>('open').href = link;
      // The hiring kit's pages open the same template: <a data-kit="guide|job|tasks">.
      const kit = this.config.kit ?? {};
      for (const anchor of this.querySelectorAll<HTMLAnchorElement>('a[data-kit]')) {
        const page = kit[anchor.dataset.kit as keyof typeof kit];
        if (page) anchor.href = `${page}#${encoded.hash}`;
      }
      ready.hidden = false;
      status.hidden = true;
    }
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.matches('[data-pick]')) {
      const item: ItemRef = { kind: 'taxonomy', id: target.value };
      const others = this.state.items.filter((picked) => itemKey(picked) !== item.id);
      if (target.checked && others.length === this.state.items.length) {
        this.state.items.push(item);
        this.announce(this.t('scorecard.added', { item: this.nameOf(item), position: this.state.items.length }));
      } else if (!target.checked) {
        this.state.items = others;
        this.announce(this.t('scorecard.removed', { item: this.nameOf(item) }));
      }
      this.renderPicked();
      this.syncLink();
    } else if (target.matches('[data-scale]') && target.checked && isScaleId(target.value)) {
      this.state.scale = target.value;
      this.syncLink();
    }
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const action = button.dataset.action as Move | undefined;
    if (button.matches('[data-add]')) this.addCustom();
    else if (button.matches('[data-copy]')) void this.copy();
    else if (button.matches('[data-reset]')) this.reset();
    else if (action) this.act(button.closest('li')!.dataset.key!, action);
  }

  private addCustom() {
    const input = this.field('custom');
    const text = cleanLine(input.value, MAX_CUSTOM_LENGTH);
    const customs = this.state.items.filter((item) => item.kind === 'custom');
    let problem = '';
    if (customs.length >= MAX_CUSTOM_ITEMS) problem = this.t('scorecard.custom.full', { max: MAX_CUSTOM_ITEMS });
    else if (!text) problem = this.t('scorecard.custom.emptyError');
    else if (customs.some((item) => item.text === text)) problem = this.t('scorecard.custom.duplicate');
    this.field('custom-error').textContent = problem;
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      this.announce(problem);
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    this.state.items.push({ kind: 'custom', text });
    input.value = '';
    input.focus();
    this.announce(this.t('scorecard.added', { item: text, position: this.state.items.length }));
    this.renderPicked();
    this.syncLink();
  }

  private act(key: string, action: Move) {
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
      this.announce(this.t('scorecard.removed', { item: name }));
      this.syncLink();
      return;
    }
    const target = action === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) {
      this.announce(this.t(action === 'up' ? 'scorecard.first' : 'scorecard.last', { item: name }));
      return;
    }
    [items[index], items[target]] = [items[target]!, item];
    // Focus stays on the same button of the moved item, so it can be moved again at once.
    this.renderPicked({ key, action });
    this.announce(this.t('scorecard.moved', { item: name, position: target + 1, count: items.length }));
    this.syncLink();
  }

  private async copy() {
    const field = this.field('link');
    const copied = await copyText(field.value, field);
    this.announce(this.t(copied ? 'scorecard.link.copied' : 'scorecard.link.copyFailed'));
  }

  private reset() {
    setHash('');
    this.load();
    this.field('role').focus();
    this.announce(this.t('scorecard.builder.resetDone'));
  }
}

defineElement('smm-scorecard-builder', ScorecardBuilderElement);
