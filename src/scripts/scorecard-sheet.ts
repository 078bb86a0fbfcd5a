/**
 * <smm-scorecard>: opens a scorecard link. A blank template offers its two uses; a filled one
 * opens ready to review. While it is filled in, the address after "#" follows the answers, so the
 * link to send back, a reload and a language switch all keep them. Typed text goes in as text.
 */
import { encodeTemplate, isComplete, type ScorecardTemplate } from '../lib/scorecard/template';
import {
  describeRating,
  scorecardFileName,
  toScorecardCsv,
  toScorecardMarkdown,
  type ExportText,
} from '../lib/scorecard/export';
import {
  decodeScorecardLink,
  encodeFilled,
  startScorecard,
  type FilledScorecard,
  type Use,
} from '../lib/scorecard/filled';
import { describeItems, type ItemView } from '../lib/scorecard/items';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCALES } from '../lib/scorecard/limits';
import { cleanBlock, cleanLine } from '../lib/scorecard/text';
import { MAX_STATE_LENGTH } from '../lib/url-state';
import { downloadText } from './toolkit/download';
import {
  announce,
  copyText,
  describeLinkFailure,
  el,
  keepStateOnLanguageSwitch,
  linkTo,
  readConfig,
  replaceHash,
  scaleLevels,
  translator,
  type ScorecardConfig,
  type Translate,
} from './scorecard-common';

class ScorecardSheet extends HTMLElement {
  private config!: ScorecardConfig;
  private t!: Translate;
  private knownIds = new Set<string>();
  private template?: ScorecardTemplate;
  private card?: FilledScorecard;
  private views: ItemView[] = [];
  private levels: string[] = [];
  private timer = 0;

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translator(config);
    this.knownIds = new Set(config.taxonomy.map((entry) => entry.id));
    this.find('nojs').hidden = true;
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('input', (event) => this.onInput(event));
    this.addEventListener('change', (event) => this.onInput(event));
    this.find('sheet').addEventListener('submit', (event) => event.preventDefault());
    window.addEventListener('hashchange', () => this.load());
    keepStateOnLanguageSwitch();
    this.load();
  }

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  private load() {
    for (const name of ['alert', 'none', 'choose', 'sheet', 'send']) this.find(name).hidden = true;
    this.template = this.card = undefined;
    const hash = location.hash.slice(1);
    if (!hash) {
      this.find('none').hidden = false;
      return;
    }
    const decoded = decodeScorecardLink(hash, this.knownIds);
    if (!decoded.ok || !isComplete(decoded.template)) {
      this.find('alert-text').textContent = decoded.ok
        ? this.t('error.incomplete')
        : describeLinkFailure(this.t, decoded.reason);
      this.find<HTMLAnchorElement>('builder-link').href = decoded.ok
        ? `${this.config.paths.builder}#${hash}`
        : this.config.paths.builder;
      this.find('alert').hidden = false;
      return;
    }
    this.template = decoded.template;
    const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    this.views = describeItems(this.template, taxonomy, this.t('group.custom'));
    this.levels = scaleLevels(this.t, this.template.scale);
    const scale = this.levels.map((label, index) => `${index + 1} ${label}`).join(' · ');
    this.find('role-heading').textContent = this.t('sheet.role', { role: this.template.role });
    this.find('summary').textContent = this.t('sheet.summary', { count: this.views.length, scale });
    this.find('scale').textContent = this.t('sheet.scale', { scale });
    const blank = encodeTemplate(this.template);
    if (blank.ok) this.find<HTMLAnchorElement>('edit').href = `${this.config.paths.builder}#${blank.hash}`;
    if (decoded.card) this.open(structuredClone(decoded.card));
    else this.find('choose').hidden = false;
  }

  /** Shows the form for a scorecard and fills it in from the card. */
  private open(card: FilledScorecard) {
    this.card = card;
    const self = card.use === 'self';
    this.find('choose').hidden = true;
    this.find('sheet').hidden = false;
    this.find('send').hidden = false;
    this.find('title').textContent = this.heading();
    this.find('candidate-label').textContent = this.t(self ? 'field.self' : 'field.candidate');
    this.find('interviewer-field').hidden = self;
    this.find<HTMLInputElement>('candidate').value = card.candidate;
    this.find<HTMLInputElement>('interviewer').value = card.interviewer;
    this.renderItems();
    this.save();
  }

  private heading() {
    return this.t('sheet.title', { use: this.t(`use.${this.card!.use}`), role: this.template!.role });
  }

  private renderItems() {
    const card = this.card!;
    const points = SCALES[card.template.scale];
    const noteLabel = this.t(card.use === 'self' ? 'note.self' : 'note.interviewer');
    this.find('items').replaceChildren(
      ...this.views.map((view, index) => {
        const fieldset = el('fieldset');
        const legend = el('legend');
        legend.append(el('span', `${index + 1}. `, 'scorecard-number'), view.name);
        fieldset.append(legend, el('p', view.description || view.group, 'scorecard-description'));
        const ratings = el('div', undefined, 'scorecard-ratings');
        for (let value = 0; value <= points; value++) {
          const input = el('input');
          input.type = 'radio';
          input.name = `scorecard-rate-${index}`;
          input.id = `scorecard-rate-${index}-${value}`;
          input.value = String(value);
          input.dataset.rate = String(index);
          input.checked = card.ratings[index] === value;
          const label = el('label', describeRating(value, { levels: this.levels, notRated: this.t('notRated') }));
          label.htmlFor = input.id;
          const choice = el('span', undefined, 'scorecard-choice');
          choice.append(input, label);
          ratings.append(choice);
        }
        const label = el('label', noteLabel);
        label.htmlFor = `scorecard-note-${index}`;
        const note = el('textarea');
        note.id = label.htmlFor;
        note.rows = 2;
        note.maxLength = MAX_NOTE_LENGTH;
        note.value = card.notes[index] ?? '';
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
    if (!card) return;
    if (target.dataset.rate !== undefined) {
      if (!target.checked) return;
      card.ratings[Number(target.dataset.rate)] = Number(target.value);
      this.save();
      return;
    }
    if (target.dataset.note !== undefined)
      card.notes[Number(target.dataset.note)] = cleanBlock(target.value, MAX_NOTE_LENGTH);
    else if (target.matches('[data-candidate]')) card.candidate = cleanLine(target.value, MAX_NAME_LENGTH);
    else if (target.matches('[data-interviewer]')) card.interviewer = cleanLine(target.value, MAX_NAME_LENGTH);
    else return;
    // Typing updates the address a little later: browsers throttle rapid history changes.
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.save(), 250);
  }

  /** Puts the answers in the address and the link to send back, and refreshes the print view. */
  private save() {
    clearTimeout(this.timer);
    const card = this.card;
    if (!card) return;
    const encoded = encodeFilled(card);
    const status = this.find('send-status');
    status.hidden = encoded.ok;
    this.find('send-ready').hidden = !encoded.ok;
    if (encoded.ok) {
      replaceHash(encoded.hash);
      this.find<HTMLInputElement>('filled-link').value = linkTo(this.config.paths.scorecard, encoded.hash);
    } else {
      status.textContent = this.t('send.tooLong', { length: encoded.length, max: MAX_STATE_LENGTH });
    }
    const rated = card.ratings.filter((rating) => rating > 0).length;
    this.find('progress').textContent = this.t('progress', { rated, count: card.ratings.length });
    this.renderPrint();
  }

  /** The print-only copy: a compact table, so that a realistic scorecard fits one A4 page. */
  private renderPrint() {
    const card = this.card!;
    const points = SCALES[card.template.scale];
    const meta = [`${this.t(card.use === 'self' ? 'field.self' : 'field.candidate')}: ${card.candidate || '—'}`];
    if (card.use === 'interviewer') meta.push(`${this.t('field.interviewer')}: ${card.interviewer || '—'}`);
    const head = el('tr');
    for (const key of ['csv.item', 'csv.rating', 'csv.note']) head.append(el('th', this.t(key)));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    this.views.forEach((view, index) => {
      const rating = card.ratings[index] ?? 0;
      const row = el('tr');
      // Unrated items print the scale's numbers, to circle by hand.
      const ratingText =
        rating > 0
          ? describeRating(rating, { levels: this.levels, notRated: '' })
          : Array.from({ length: points }, (_, i) => i + 1).join('  ');
      row.append(el('td', `${index + 1}. ${view.name}`), el('td', ratingText), el('td', card.notes[index] ?? ''));
      tbody.append(row);
    });
    const table = el('table');
    table.append(thead, tbody);
    this.find('print-view').replaceChildren(
      el('p', this.heading(), 'scorecard-print-title'),
      el('p', meta.join(' · ')),
      el('p', this.find('scale').textContent ?? ''),
      table,
    );
  }

  private exportText(): ExportText {
    const header = (key: string) => this.t(`csv.${key}`);
    return {
      headers: {
        role: header('role'),
        use: header('use'),
        candidate: header('candidate'),
        interviewer: header('interviewer'),
        group: header('group'),
        item: header('item'),
        rating: header('rating'),
        outOf: header('outOf'),
        label: header('label'),
        note: header('note'),
        scale: header('scale'),
      },
      use: this.t(`use.${this.card!.use}`),
      levels: this.levels,
      notRated: this.t('notRated'),
    };
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button) || !this.template) return;
    const live = this.find('live');
    if (button.dataset.use) {
      this.open(startScorecard(this.template, button.dataset.use as Use));
      this.find('title').focus();
      return;
    }
    const card = this.card;
    if (!card) return;
    if (button.dataset.export) {
      this.save();
      const markdown = button.dataset.export === 'md';
      const file = scorecardFileName(card, markdown ? 'md' : 'csv');
      const text = markdown
        ? toScorecardMarkdown(card, this.views, this.exportText())
        : toScorecardCsv(card, this.views, this.exportText(), this.config.lang);
      downloadText(file, text, markdown ? 'text/markdown;charset=utf-8' : 'text/csv;charset=utf-8');
      announce(live, this.t('export.started', { file }));
    } else if (button.matches('[data-copy]')) {
      this.save();
      const field = this.find<HTMLInputElement>('filled-link');
      void copyText(field.value, field).then((ok) => announce(live, this.t(ok ? 'link.copied' : 'link.copyFailed')));
    } else if (button.matches('[data-print]')) {
      this.save();
      window.print();
    } else if (button.matches('[data-restart]')) {
      const blank = encodeTemplate(this.template);
      if (blank.ok) replaceHash(blank.hash);
      this.load();
      this.querySelector<HTMLElement>('[data-use]')?.focus();
      announce(live, this.t('restarted'));
    }
  }
}

customElements.define('smm-scorecard', ScorecardSheet);
