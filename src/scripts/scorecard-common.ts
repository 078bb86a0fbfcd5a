/**
 * What the three scorecard elements (builder, scorecard, comparison) share: their config, strings,
 * DOM helpers, and keeping Starlight's language picker on the current link's state.
 */
import { fillTemplate } from '../lib/format';
import type { TaxonomyEntry } from '../lib/scorecard/items';
import { SCALES, type ScaleId } from '../lib/scorecard/limits';
import type { DecodeFailure } from '../lib/url-state';

export interface ScorecardConfig {
  lang: 'en' | 'bg';
  strings: Record<string, string>;
  taxonomy: TaxonomyEntry[];
  paths: { builder: string; scorecard: string; compare: string };
}

export function readConfig(host: HTMLElement): ScorecardConfig | undefined {
  const data = host.querySelector('script[data-config]')?.textContent;
  return data ? (JSON.parse(data) as ScorecardConfig) : undefined;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const translator =
  (config: ScorecardConfig): Translate =>
  (key, values = {}) =>
    fillTemplate(config.strings[`scorecard.${key}`] ?? key, values);

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** The level labels of a scale, e.g. ["Not yet", "Developing", "Solid", "Strong"]. */
export const scaleLevels = (t: Translate, scale: ScaleId): string[] =>
  Array.from({ length: SCALES[scale] }, (_, index) => t(`scale.${scale}.${index + 1}`));

/** The translated message for a link that could not be read. */
export function describeLinkFailure(t: Translate, reason: DecodeFailure): string {
  if (reason === 'future-version') return t('error.future');
  if (reason === 'too-long') return t('error.tooLong');
  return t('error.damaged');
}

/** Puts text in a live region; clearing first makes a repeated message be announced again. */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}

/** Starlight's language picker: one per page layout (header and mobile menu). */
const languageSelects = () => document.querySelectorAll<HTMLSelectElement>('starlight-lang-select select');

/** Points each language option at the same page in its language, with the current "#…" state. */
export function syncLanguagePicker(): void {
  for (const select of languageSelects()) {
    for (const option of select.options) option.value = option.value.split('#')[0] + location.hash;
  }
}

let pickerWatched = false;

/**
 * Keeps a shared link's state when the language changes. Starlight navigates by setting
 * `location.pathname` to the option's value, which would escape "#" as "%23"; so when the value
 * carries state we navigate to it ourselves, before Starlight's own listener runs.
 */
export function keepStateOnLanguageSwitch(): void {
  syncLanguagePicker();
  if (pickerWatched) return;
  pickerWatched = true;
  window.addEventListener('hashchange', syncLanguagePicker);
  document.addEventListener(
    'change',
    (event) => {
      const select = event.target;
      if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
      if (!select.value.includes('#')) return;
      event.stopPropagation();
      location.href = select.value;
    },
    true,
  );
}

/** Replaces the "#…" of the address without a new history entry, and keeps the picker in step. */
export function replaceHash(hash: string): void {
  if (location.hash.slice(1) === hash) return;
  history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
  syncLanguagePicker();
}

/** An absolute link to a page of the tool with state. */
export const linkTo = (path: string, hash: string): string => `${new URL(path, location.href).href}#${hash}`;

/** Copies text, falling back to selecting it for the person to copy. Resolves to success. */
export async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
