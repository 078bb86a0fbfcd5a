/**
 * <smm-scorecard>: opens a scorecard link. A blank template offers its two uses. A filled one opens
 * read-only, as it was sent ("submitted by …"); scoring the candidate yourself, or editing a copy,
 * is an explicit step. While you fill in your own scorecard, the address after "#" follows your
 * answers, and this tab remembers that it is yours, so a reload or a language switch reopens it as
 * a form. Typed text goes in as text.
 */
import { formatCalendarDate, toCalendarDate } from '../../lib/dates';
import {
  decodeScorecardLink,
  encodeFilled,
  startScorecard,
  type FilledScorecard,
  type Use,
} from '../../lib/scorecard/filled';
import {
  describeItems,
  describeRating,
  describeScale,
  type ItemView,
  type ScorecardData,
} from '../../lib/scorecard/items';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCALES } from '../../lib/scorecard/limits';
import { linkFailureKey, scaleLevels, type ScorecardKey } from '../../lib/scorecard/strings';
import { encodeTemplate, isComplete, type ScorecardTemplate } from '../../lib/scorecard/template';
import { cleanBlock, cleanLine } from '../../lib/scorecard/text';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { MAX_STATE_LENGTH } from '../../lib/url-state';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { keepStateOnLanguageSwitch, setHash } from '../toolkit/language-picker';
import { tabStore } from '../toolkit/site-store';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { Format } from './scorecard-downloads';

const PARTS = ['none', 'alert', 'choose', 'view', 'sheet', 'send'] as const;

export class ScorecardElement extends SmmElement<ScorecardData, ScorecardKey> {
  private template?: ScorecardTemplate;
  /** The scorecard shown: read-only, or the reader's own while `editing`. */
  private card?: FilledScorecard;
  private editing = false;
  private views: ItemView[] = [];
  private levels: string[] = [];
  private timer = 0;

  protected setup() {
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(this, 'input', (event) => this.onInput(event));
    this.listen(this, 'change', (event) => this.onInput(event));
    this.listen(this.find('sheet'), 'submit', (event) => event.preventDefault());
    this.listen(window, 'hashchange', () => this.load());
    keepStateOnLanguageSwitch(this.listen.bind(this));
    this.load();
  }

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.required<T>(`[data-${name}]`);
  }

  private load() {
    window.clearTimeout(this.timer);
    for (const name of PARTS) this.find(name).hidden = true;
    this.template = this.card = undefined;
    this.editing = false;
    const hash = location.hash.slice(1);
    if (!hash) return void (this.find('none').hidden = false);
    const decoded = decodeScorecardLink(hash, new Set(this.config.taxonomy.map((entry) => entry.id)));
    if (!decoded.ok || !isComplete(decoded.template)) {
      this.find('alert-text').textContent = this.t(
        decoded.ok ? 'scorecard.error.incomplete' : linkFailureKey(decoded.reason),
      );
      const builder = this.config.paths.builder;
      this.find<HTMLAnchorElement>('builder-link').href = decoded.ok ? `${builder}#${hash}` : builder;
      this.find('alert').hidden = false;
      return;
    }
    const template = (this.template = decoded.template);
    const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    this.views = describeItems(template, taxonomy, this.t('scorecard.group.custom'));
    this.levels = scaleLevels(this.t, template.scale);
    const scale = describeScale(this.levels);
    this.find('role-heading').textContent = this.t('scorecard.sheet.role', { role: template.role });
    this.find('summary').textContent = this.t('scorecard.sheet.summary', { count: this.views.length, scale });
    for (const node of this.querySelectorAll('[data-scale]'))
      node.textContent = this.t('scorecard.sheet.scale', { scale });
    const blank = encodeTemplate(template);
    if (blank.ok) this.find<HTMLAnchorElement>('edit').href = `${this.config.paths.builder}#${blank.hash}`;
    if (!decoded.card) this.find('choose').hidden = false;
    else if (tabStore().read(STORAGE_KEYS.scorecardEditing) === hash) this.edit(structuredClone(decoded.card));
    else this.view(decoded.card);
  }

  /** Someone's filled scorecard, as it was sent: nothing in it can be changed here. */
  private view(card: FilledScorecard) {
    this.card = card;
    const nobody = this.t('scorecard.view.noName');
    this.find('view-title').textContent = this.heading();
    this.find('view-by').textContent =
      card.use === 'self'
        ? this.t('scorecard.view.bySelf', { name: card.candidate || nobody })
        : this.t('scorecard.view.byInterviewer', {
            name: card.interviewer || nobody,
            candidate: card.candidate || this.t('scorecard.view.noCandidate'),
          });
    this.find('view-table').replaceChildren(this.answers(false));
    this.find('view').hidden = false;
    this.renderPrint();
  }

  /** The reader's own scorecard as a form; `push` keeps the scorecard they came from in history. */
  private edit(card: FilledScorecard, push = false) {
    this.card = card;
    this.editing = true;
    const self = card.use === 'self';
    for (const name of ['choose', 'view'] as const) this.find(name).hidden = true;
    this.find('sheet').hidden = this.find('send').hidden = false;
    this.find('title').textContent = this.heading();
    this.find('candidate-label').textContent = this.t(self ? 'scorecard.field.self' : 'scorecard.field.candidate');
    this.find('interviewer-field').hidden = self;
    this.find<HTMLInputElement>('candidate').value = card.candidate;
    this.find<HTMLInputElement>('interviewer').value = card.interviewer;
    this.renderItems();
    this.syncAnswers(push);
  }

  private heading() {
    return this.t('scorecard.sheet.title', {
      use: this.t(`scorecard.use.${this.card!.use}`),
      role: this.template!.role,
    });
  }

  private progress() {
    const { ratings } = this.card!;
    return this.t('scorecard.progress', { rated: ratings.filter((r) => r > 0).length, count: ratings.length });
  }

  private renderItems() {
    const card = this.card!;
    const points = SCALES[card.template.scale];
    const noteLabel = this.t(card.use === 'self' ? 'scorecard.note.self' : 'scorecard.note.interviewer');
    const notRated = this.t('scorecard.notRated');
    this.find('items').replaceChildren(
      ...this.views.map((view, index) => {
        const fieldset = el('fieldset');
        const legend = el('legend');
        legend.append(el('span', `${index + 1}. `, 'scorecard-number'), view.name);
        fieldset.append(legend, el('p', view.description || view.group, 'scorecard-description'));
        const ratings = el('div', undefined, 'scorecard-ratings');
        for (let value = 0; value <= points; value++) {
          const input = Object.assign(el('input'), {
            type: 'radio',
            name: `scorecard-rate-${index}`,
            id: `scorecard-rate-${index}-${value}`,
            value: String(value),
            checked: card.ratings[index] === value,
          });
          input.dataset.rate = String(index);
          const label = el('label', describeRating(value, { levels: this.levels, notRated }));
          label.htmlFor = input.id;
          const choice = el('span', undefined, 'scorecard-choice');
          choice.append(input, label);
          ratings.append(choice);
        }
        const label = el('label', noteLabel);
        label.htmlFor = `scorecard-note-${index}`;
        const note = Object.assign(el('textarea'), {
          id: label.htmlFor,
          rows: 2,
          maxLength: MAX_NOTE_LENGTH,
          value: card.notes[index] ?? '',
        });
        note.dataset.note = String(index);
        fieldset.append(ratings, label, note);
        const item = el('li', undefined, 'scorecard-item');
        item.append(fieldset);
        return item;
      }),
    );
  }

  private onInput(event: Event) {
    const card = this.card;
    const target = event.target as HTMLInputElement;
    if (!card || !this.editing) return;
    if (target.dataset.rate !== undefined) {
      if (target.checked) card.ratings[Number(target.dataset.rate)] = Number(target.value);
      return this.syncAnswers();
    }
    if (target.dataset.note !== undefined)
      card.notes[Number(target.dataset.note)] = cleanBlock(target.value, MAX_NOTE_LENGTH);
    else if (target.matches('[data-candidate]')) card.candidate = cleanLine(target.value, MAX_NAME_LENGTH);
    else if (target.matches('[data-interviewer]')) card.interviewer = cleanLine(target.value, MAX_NAME_LENGTH);
    else return;
    // Typing updates the address a little later: browsers throttle rapid history changes.
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.syncAnswers(), 250);
  }

  /** Puts the answers in the address and the link to send back, and refreshes the print view. */
  private syncAnswers(push = false) {
    window.clearTimeout(this.timer);
    const card = this.card!;
    const encoded = encodeFilled(card);
    const status = this.find('send-status');
    status.hidden = encoded.ok;
    this.find('send-ready').hidden = !encoded.ok;
    if (encoded.ok) {
      // This tab is where the reader fills this scorecard in: a reload reopens it as a form.
      tabStore().write(STORAGE_KEYS.scorecardEditing, encoded.hash);
      setHash(encoded.hash, { push });
      this.find<HTMLInputElement>('filled-link').value = new URL(
        `${this.config.paths.scorecard}#${encoded.hash}`,
        location.href,
      ).href;
    } else {
      status.textContent = this.t('scorecard.send.tooLong', { length: encoded.length, max: MAX_STATE_LENGTH });
    }
    this.find('progress').textContent = this.progress();
    this.renderPrint();
  }

  /** Item, rating and note per row; for print, an unrated item lists the scale to circle by hand. */
  private answers(print: boolean): HTMLTableElement {
    const card = this.card!;
    const points = SCALES[card.template.scale];
    const notRated = print ? '' : this.t('scorecard.notRated');
    const head = el('tr');
    for (const key of ['item', 'rating', 'note'] as const) {
      head.append(Object.assign(el('th', this.t(`scorecard.csv.${key}`)), { scope: 'col' }));
    }
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    this.views.forEach((view, index) => {
      const rating = card.ratings[index] ?? 0;
      const text =
        print && rating === 0
          ? Array.from({ length: points }, (_, i) => i + 1).join('  ')
          : describeRating(rating, { levels: this.levels, notRated });
      const row = el('tr');
      row.append(el('td', `${index + 1}. ${view.name}`), el('td', text), el('td', card.notes[index] ?? ''));
      tbody.append(row);
    });
    const table = el('table', undefined, 'scorecard-table');
    table.append(thead, tbody);
    return table;
  }

  /** The print-only copy: a compact table, dated, with lines to sign, to fit one A4 page. */
  private renderPrint() {
    const card = this.card!;
    const field = (key: ScorecardKey, value: string) => `${this.t(key)}: ${value || '—'}`;
    const self = card.use === 'self';
    const meta = [field(self ? 'scorecard.field.self' : 'scorecard.field.candidate', card.candidate)];
    if (!self) meta.push(field('scorecard.field.interviewer', card.interviewer));
    meta.push(field('scorecard.csv.date', formatCalendarDate(this.config.lang, toCalendarDate(new Date()))));
    const sign = el('p', undefined, 'scorecard-sign');
    for (const key of self
      ? (['scorecard.sign.signature'] as const)
      : (['scorecard.sign.decision', 'scorecard.sign.signature'] as const)) {
      sign.append(el('span', `${this.t(key)}:`), el('span', undefined, 'scorecard-line'));
    }
    this.find('print-view').replaceChildren(
      el('p', this.heading(), 'scorecard-print-title'),
      el('p', meta.join(' · ')),
      el('p', this.t('scorecard.sheet.scale', { scale: describeScale(this.levels) })),
      this.answers(true),
      sign,
    );
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const template = this.template;
    if (!button || !this.contains(button) || !template) return;
    if (button.dataset.use) {
      this.edit(startScorecard(template, button.dataset.use as Use));
      return this.find('title').focus();
    }
    const card = this.card;
    if (!card) return;
    if (this.editing) this.syncAnswers();
    if (button.dataset.export) void this.download(card, button.dataset.export === 'md' ? 'md' : 'csv');
    else if (button.matches('[data-print]')) window.print();
    else if (button.matches('[data-copy]')) void this.copy();
    else if (button.matches('[data-score]')) {
      this.edit({ ...startScorecard(template, 'interviewer'), candidate: card.candidate }, true);
      this.find('title').focus();
      this.announce(this.t('scorecard.view.started'));
    } else if (button.matches('[data-edit-copy]')) {
      this.edit(structuredClone(card), true);
      this.find('title').focus();
      this.announce(this.t('scorecard.view.copyStarted'));
    } else if (button.matches('[data-restart]')) {
      const blank = encodeTemplate(template);
      tabStore().remove(STORAGE_KEYS.scorecardEditing);
      if (blank.ok) setHash(blank.hash);
      this.load();
      this.querySelector<HTMLElement>('[data-use]')?.focus();
      this.announce(this.t('scorecard.restarted'));
    }
  }

  private async download(card: FilledScorecard, format: Format) {
    const { downloadScorecard } = await import('./scorecard-downloads');
    const file = downloadScorecard(card, this.views, this.levels, this.t, this.config.lang, format);
    this.announce(this.t('scorecard.export.started', { file }));
  }

  private async copy() {
    const field = this.find<HTMLInputElement>('filled-link');
    const copied = await copyText(field.value, field);
    this.announce(this.t(copied ? 'scorecard.link.copied' : 'scorecard.link.copyFailed'));
  }
}

defineElement('smm-scorecard', ScorecardElement);
