/**
 * The base of every widget. A widget is server-rendered HTML that reads without JavaScript; its
 * element enhances it on connect and undoes its outside wiring on disconnect. The base gives each
 * widget the same few things, so none writes them again:
 * - its config (lang, strings, own data) from one `<script type="application/json" data-config>`;
 * - a translator typed by the keys of content/i18n/en.json;
 * - the page's shared storage, `save()` that keeps the "won't be kept" notice true, and
 *   `watchKey()` for changes made in another tab;
 * - one convention for JavaScript-only parts: `data-js` (hidden until enhanced) and `data-no-js`
 *   (a note hidden once enhanced);
 * - `required()` for children the markup must have, `announce()` through the live region, `emit()` for
 *   bubbling events, and `listen()` for listeners that disconnection removes.
 * Models: Starlight's TableOfContents element (subclassed by its mobile twin) and GitHub's
 * clipboard-copy-element (small, signals with bubbling CustomEvents).
 */
import type { ElementConfigBase } from '../../lib/element-config';
import { STORAGE_PREFIX, type SafeStore } from '../../lib/storage';
import { createTranslator, type Translate, type UiKey, type UiStrings } from '../../lib/ui-strings';
import type { SmmEventDetail, SmmEventName } from './events';
import { siteStore } from './site-store';

/** A widget's config: its own data plus the page language and the strings it asked for. */
export type ElementConfig<Data extends object> = Data & ElementConfigBase & { strings: UiStrings };

/** How long a live region stays empty before a message, so that a repeated message is read again. */
const ANNOUNCE_DELAY_MS = 50;

export abstract class SmmElement<Data extends object = object, Key extends UiKey = UiKey> extends HTMLElement {
  protected config!: ElementConfig<Data>;
  protected t!: Translate<Key>;
  #teardown: (() => void)[] = [];
  #connected = false;
  #announceTimer: number | undefined;

  connectedCallback(): void {
    if (this.#connected) return;
    const config = readConfig<Data>(this);
    // Without its config a widget stays as the server rendered it: readable, not interactive.
    if (!config) return;
    this.#connected = true;
    this.config = config;
    this.t = createTranslator<Key>(config.strings);
    this.#showScriptedParts(true);
    this.setup();
    this.showStorageNotice();
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0).reverse()) undo();
    window.clearTimeout(this.#announceTimer);
    this.#connected = false;
  }

  /** Wires the widget. Runs on each connection, once config, strings and scripted parts are ready. */
  protected abstract setup(): void;

  /** The page's storage (memory when the browser blocks or fills up localStorage). */
  protected get store(): SafeStore {
    return siteStore();
  }

  /** Writes a value and shows the storage notice if it could not be kept. */
  protected save(key: string, value: string): boolean {
    const kept = this.store.write(key, value);
    this.showStorageNotice();
    return kept;
  }

  /** Calls back with the new value when another tab changes `key`, and with null when it clears storage. */
  protected watchKey(key: string, callback: (value: string | null) => void): void {
    this.listen(window, 'storage', (event) => {
      const { key: changed, newValue } = event as StorageEvent;
      if (changed === null) callback(null);
      else if (changed === STORAGE_PREFIX + key) callback(newValue);
    });
  }

  /** Adds a listener that is removed again when the element leaves the page. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void {
    const listener = handler as EventListener;
    target.addEventListener(type, listener, options);
    this.#teardown.push(() => target.removeEventListener(type, listener, options));
  }

  /** A child the widget's markup must contain; its absence is a bug in the component, said plainly. */
  protected required<T extends Element = HTMLElement>(selector: string): T {
    const node = this.querySelector<T>(selector);
    if (!node) throw new Error(`<${this.localName}> needs ${selector} in its markup`);
    return node;
  }

  /** Says a message through the widget's live region (`[data-live]`). */
  protected announce(message: string): void {
    const live = this.querySelector('[data-live]');
    if (!live) return;
    live.textContent = '';
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => (live.textContent = message), ANNOUNCE_DELAY_MS);
  }

  /** Shows `[data-storage-notice]` while values cannot be kept after the page closes. */
  protected showStorageNotice(): void {
    for (const notice of this.querySelectorAll<HTMLElement>('[data-storage-notice]')) {
      notice.hidden = this.store.persistent;
    }
  }

  /** Sends a bubbling event that other widgets (or the page) can listen for on the document. */
  protected emit<N extends SmmEventName>(name: N, detail: SmmEventDetail[N]): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  #showScriptedParts(enhanced: boolean): void {
    for (const node of this.querySelectorAll<HTMLElement>('[data-js]')) node.hidden = !enhanced;
    for (const node of this.querySelectorAll<HTMLElement>('[data-no-js]')) node.hidden = enhanced;
  }
}

/** Reads the element's own config block; undefined when it is missing or not JSON. */
function readConfig<Data extends object>(host: HTMLElement): ElementConfig<Data> | undefined {
  const text = host.querySelector(':scope > script[data-config]')?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ElementConfig<Data>;
  } catch {
    return undefined;
  }
}

/** Defines a custom element once, however many times its module is loaded. */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
