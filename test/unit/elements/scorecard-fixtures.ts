/**
 * Fixtures for the scorecard element tests: each component's markup (the parts its element works
 * with, as src/components/scorecard/*.astro render them) and the config ElementConfig embeds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fillTemplate } from '../../../src/lib/format';
import { encodeFilled, type FilledScorecard } from '../../../src/lib/scorecard/filled';
import type { ScorecardData } from '../../../src/lib/scorecard/items';
import { encodeTemplate, type ScorecardTemplate } from '../../../src/lib/scorecard/template';
import { serializeConfig } from '../../../src/lib/element-config';
import { taxonomyEntries } from '../../support/scorecard';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../content/i18n/en.json'), 'utf8')) as Record<
  string,
  string
>;

/** A scorecard string as the page shows it, with the full key. */
export const t = (key: string, values: Record<string, string | number> = {}): string => {
  const text = en[key];
  if (text === undefined) throw new Error(`no string ${key}`);
  return fillTemplate(text, values);
};

const data: ScorecardData = {
  taxonomy: taxonomyEntries('en').map(({ id, name, description, group }) => ({ id, name, description, group })),
  paths: { builder: '/hiring/scorecard-builder/', scorecard: '/hiring/scorecard/', compare: '/hiring/compare/' },
};
const strings = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('scorecard.')));
const configBlock = `<script type="application/json" data-config>${serializeConfig({ ...data, lang: 'en', strings })}</script>`;

export const nameOf = (id: string) => data.taxonomy.find((entry) => entry.id === id)!.name;

/** Starlight's language picker, whose options the tools keep pointing at the current state. */
export const languagePicker = `<starlight-lang-select><select>
  <option value="/hiring/scorecard-builder/">English</option>
  <option value="/bg/hiring/scorecard-builder/">Български</option>
</select></starlight-lang-select>`;

export const builderMarkup = (ids: readonly string[]) => `<form>
  <p data-no-js>Needs JavaScript</p>
  <div data-alert hidden><p data-alert-text></p></div>
  <input data-role data-js hidden />
  ${ids.map((id) => `<input type="checkbox" id="scorecard-pick-${id}" value="${id}" data-pick />`).join('')}
  <input data-custom /><button type="button" data-add>Add</button><p data-custom-error></p>
  <p data-empty tabindex="-1"></p><ol data-picked></ol>
  ${['four', 'five', 'three'].map((s) => `<input type="radio" name="scale" id="scale-${s}" value="${s}" data-scale />`).join('')}
  <p data-link-status></p>
  <div data-link-ready hidden><input data-link readonly /><button type="button" data-copy>Copy</button><a href="#" data-open>Open</a></div>
  <button type="button" data-reset>Start again</button>
  <div data-live></div>
</form>${configBlock}`;

export const sheetMarkup = `<div class="scorecard">
  <p data-no-js>Needs JavaScript</p>
  <div data-none hidden><a href="/hiring/scorecard-builder/">Builder</a></div>
  <div data-alert hidden><p data-alert-text></p><a data-builder-link href="/hiring/scorecard-builder/">Builder</a></div>
  <section data-choose hidden><h2 data-role-heading></h2><p data-summary></p>
    <button type="button" data-use="self">Self</button><button type="button" data-use="interviewer">Interviewer</button>
    <a data-edit href="/hiring/scorecard-builder/">Edit</a></section>
  <section data-view hidden><h2 data-view-title></h2><p data-view-by></p><p data-scale></p><div data-view-table></div>
    <button type="button" data-score>Score</button><button type="button" data-export="csv">CSV</button>
    <button type="button" data-print>Print</button><button type="button" data-edit-copy>Edit a copy</button></section>
  <form data-sheet hidden><h2 data-title tabindex="-1"></h2><p data-scale></p>
    <label data-candidate-label for="c">Candidate</label><input id="c" data-candidate />
    <div data-interviewer-field><input data-interviewer /></div>
    <ol data-items></ol><p data-progress></p></form>
  <section data-send hidden><p data-send-status hidden></p><div data-send-ready><input data-filled-link readonly /></div>
    <button type="button" data-copy>Copy</button><button type="button" data-restart>Start over</button></section>
  <div data-print-view></div>
  <div data-live></div>
</div>${configBlock}`;

export const compareMarkup = `<form>
  <p data-no-js>Needs JavaScript</p>
  <textarea data-links></textarea>
  <button type="submit" data-compare data-js hidden>Compare</button>
  <p data-status hidden></p>
  <div data-problems hidden><ul data-problem-list></ul></div>
  <div data-result hidden><div data-table></div>
    <button type="button" data-export="csv">CSV</button><button type="button" data-export="md">Markdown</button></div>
  <div data-live></div>
</form>${configBlock}`;

/** Puts a widget with its markup on the page, after the language picker. */
export function mount(tag: string, markup: string): HTMLElement {
  document.body.innerHTML = languagePicker;
  const host = document.createElement(tag);
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

export const templateHash = (template: ScorecardTemplate): string => {
  const encoded = encodeTemplate(template);
  if (!encoded.ok) throw new Error('too long');
  return encoded.hash;
};

export const filledHash = (card: FilledScorecard): string => {
  const encoded = encodeFilled(card);
  if (!encoded.ok) throw new Error('too long');
  return encoded.hash;
};

/** Sets the address after "#" without a hashchange event, as a page that opens with a link. */
export const openAt = (path: string, hash = ''): void =>
  history.replaceState(null, '', hash ? `${path}#${hash}` : path);

/** What the live region says once its short delay has passed (run with fake timers). */
export const spoken = (host: HTMLElement): string => host.querySelector('[data-live]')!.textContent ?? '';
