/**
 * Starlight's language picker sends the reader to the same page in the other language, but loses
 * what follows "#". Tools whose state lives in the link (scorecards, assignments…) keep it with
 * these helpers: the picker's options carry the current "#…", and choosing one navigates with it.
 */

/** How a widget adds a listener that is removed when it disconnects (SmmElement's `listen`). */
export type Listen = (
  target: EventTarget,
  type: string,
  handler: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;

/** Starlight's language picker: one per page layout (header and mobile menu). */
const languageSelects = () => document.querySelectorAll<HTMLSelectElement>('starlight-lang-select select');

/** Points each language option at the same page in its language, with the current "#…" state. */
export function syncLanguagePicker(): void {
  for (const select of languageSelects()) {
    for (const option of select.options) option.value = option.value.split('#')[0] + location.hash;
  }
}

/**
 * Starlight navigates by setting `location.pathname` to the option's value, which would escape "#"
 * as "%23"; so when the value carries state we navigate to it ourselves, before Starlight's listener.
 */
function followWithState(event: Event): void {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
  if (!select.value.includes('#')) return;
  event.stopPropagation();
  location.href = select.value;
}

/** Keeps a link's state when the language changes, for as long as the widget is on the page. */
export function keepStateOnLanguageSwitch(listen: Listen): void {
  syncLanguagePicker();
  listen(window, 'hashchange', syncLanguagePicker);
  listen(document, 'change', followWithState, { capture: true });
}

/**
 * Puts state in the address after "#" and keeps the picker in step. `push` adds a history entry
 * (Back returns to the previous state); otherwise the current entry is replaced.
 */
export function setHash(hash: string, { push = false } = {}): void {
  if (location.hash.slice(1) === hash) return;
  const address = hash ? `#${hash}` : location.pathname + location.search;
  if (push) history.pushState(null, '', address);
  else history.replaceState(history.state, '', address);
  syncLanguagePicker();
}
