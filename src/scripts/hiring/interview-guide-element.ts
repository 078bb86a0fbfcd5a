/**
 * <smm-interview-guide>: from a scorecard or interview-guide link, the questions for each item to
 * pick from (with what a strong and a weak answer show, and probes), a question of one's own, and a
 * print view with space for notes and the rating scale. The picks travel in the guide's own link, so
 * every interviewer asks the same questions. Typed text goes in as text.
 */
import {
  decodeGuideLink,
  encodeGuide,
  MAX_OWN_QUESTION_LENGTH,
  questionsFor,
  type InterviewGuide,
  type QuestionIds,
} from '../../lib/hiring/guide';
import { kitFailureKey, questionText, type GuideData, type GuideQuestion, type HiringKey } from '../../lib/hiring/kit';
import { describeItems, describeScale, type ItemView } from '../../lib/scorecard/items';
import { SCALES } from '../../lib/scorecard/limits';
import { scaleLevels } from '../../lib/scorecard/strings';
import { encodeTemplate, type ItemRef } from '../../lib/scorecard/template';
import { cleanLine } from '../../lib/scorecard/text';
import { MAX_STATE_LENGTH } from '../../lib/url-state';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { keepStateOnLanguageSwitch, setHash } from '../toolkit/language-picker';
import { defineElement, SmmElement } from '../toolkit/smm-element';

export class InterviewGuideElement extends SmmElement<GuideData, HiringKey> {
  private guide?: InterviewGuide;
  private views: ItemView[] = [];
  private ids: QuestionIds = { items: {}, custom: [] };
  private timer = 0;

  protected setup() {
    const { items, custom } = this.config.questions;
    this.ids = {
      items: Object.fromEntries(Object.entries(items).map(([id, list]) => [id, list.map((q) => q.id)])),
      custom: custom.map((q) => q.id),
    };
    this.listen(this, 'change', (event) => this.onChange(event));
    this.listen(this, 'input', (event) => this.onInput(event));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(window, 'hashchange', () => this.load());
    keepStateOnLanguageSwitch(this.listen.bind(this));
    this.load();
  }

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.required<T>(`[data-${name}]`);
  }

  private load() {
    for (const name of ['none', 'alert', 'guide', 'share'] as const) this.find(name).hidden = true;
    this.guide = undefined;
    const hash = location.hash.slice(1);
    if (!hash) return void (this.find('none').hidden = false);
    const known = new Set(this.config.taxonomy.map((entry) => entry.id));
    const decoded = decodeGuideLink(hash, known, this.ids);
    if (!decoded.ok) {
      this.find('alert-text').textContent = this.t(kitFailureKey(decoded.reason));
      return void (this.find('alert').hidden = false);
    }
    const guide = (this.guide = decoded.guide);
    const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    this.views = describeItems(guide.template, taxonomy, this.t('scorecard.group.custom'));
    this.find('title').textContent = this.t('hiring.guide.title', { role: guide.template.role });
    this.find('scale').textContent = this.t('scorecard.sheet.scale', {
      scale: describeScale(scaleLevels(this.t, guide.template.scale)),
    });
    const blank = encodeTemplate(guide.template);
    const kit = this.config.kit;
    if (blank.ok && kit) {
      const pages = { scorecard: this.config.paths.scorecard, job: kit.job, tasks: kit.tasks };
      for (const anchor of this.querySelectorAll<HTMLAnchorElement>('a[data-kit]')) {
        anchor.href = `${pages[anchor.dataset.kit as keyof typeof pages]}#${blank.hash}`;
      }
    }
    this.renderItems();
    this.find('guide').hidden = this.find('share').hidden = false;
    this.sync();
  }

  private bank(item: ItemRef): GuideQuestion[] {
    const { items, custom } = this.config.questions;
    return item.kind === 'taxonomy' ? (items[item.id] ?? []) : custom;
  }

  private renderItems() {
    const guide = this.guide!;
    this.find('items').replaceChildren(
      ...guide.template.items.map((item, index) => {
        const view = this.views[index]!;
        const fieldset = el('fieldset');
        fieldset.append(el('legend', `${index + 1}. ${view.name}`));
        if (view.description) fieldset.append(el('p', view.description, 'scorecard-description'));
        this.bank(item).forEach((question, bit) => {
          const id = `guide-q-${index}-${bit}`;
          const input = Object.assign(el('input'), {
            type: 'checkbox',
            id,
            value: question.id,
            checked: guide.picks[index]?.includes(question.id) ?? false,
          });
          input.dataset.item = String(index);
          const label = el('label', questionText(question, view.name));
          label.htmlFor = id;
          label.prepend(el('span', `${this.t(`hiring.guide.${question.kind}`)}: `, 'scorecard-tag'));
          const row = el('div', undefined, 'hiring-question');
          row.append(input, label, this.listenFor(question));
          fieldset.append(row);
        });
        const label = el('label', this.t('hiring.guide.own'));
        label.htmlFor = `guide-own-${index}`;
        const own = Object.assign(el('input'), {
          type: 'text',
          id: label.htmlFor,
          maxLength: MAX_OWN_QUESTION_LENGTH,
          autocomplete: 'off',
          value: guide.own[index] ?? '',
        });
        own.dataset.own = String(index);
        fieldset.append(label, own);
        const li = el('li', undefined, 'scorecard-item');
        li.append(fieldset);
        return li;
      }),
    );
  }

  /** What to listen for: strong and weak answers and probes, folded away until asked for. */
  private listenFor(question: GuideQuestion, open = false): HTMLElement {
    const body = el('dl');
    body.append(
      el('dt', this.t('hiring.guide.strong')),
      el('dd', question.strong),
      el('dt', this.t('hiring.guide.weak')),
      el('dd', question.weak),
      el('dt', this.t('hiring.guide.probes')),
    );
    const probes = el('dd');
    const list = el('ul');
    list.append(...question.probes.map((probe) => el('li', probe)));
    probes.append(list);
    body.append(probes);
    if (open) return body;
    const details = el('details', undefined, 'hiring-listen');
    details.append(el('summary', this.t('hiring.guide.listen')), body);
    return details;
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    const guide = this.guide;
    if (!guide || target.dataset.item === undefined) return;
    const index = Number(target.dataset.item);
    const checked = new Set(
      [...this.querySelectorAll<HTMLInputElement>(`input[data-item="${index}"]:checked`)].map((input) => input.value),
    );
    guide.picks[index] = questionsFor(guide.template.items[index]!, this.ids).filter((id) => checked.has(id));
    this.sync();
  }

  private onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    const guide = this.guide;
    if (!guide || target.dataset.own === undefined) return;
    guide.own[Number(target.dataset.own)] = cleanLine(target.value, MAX_OWN_QUESTION_LENGTH);
    // Typing updates the address a little later: browsers throttle rapid history changes.
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.sync(), 250);
  }

  /** Keeps the address, the share link, the count and the print view in step with the picks. */
  private sync() {
    window.clearTimeout(this.timer);
    const guide = this.guide!;
    const encoded = encodeGuide(guide, this.ids);
    const status = this.find('link-status');
    status.hidden = encoded.ok;
    this.find('link-ready').hidden = !encoded.ok;
    if (encoded.ok) {
      setHash(encoded.hash);
      this.find<HTMLInputElement>('link').value = new URL(`#${encoded.hash}`, location.href).href;
    } else {
      status.textContent = this.t('hiring.guide.link.tooLong', { length: encoded.length, max: MAX_STATE_LENGTH });
    }
    const count = guide.picks.reduce((sum, picks, index) => sum + picks.length + (guide.own[index] ? 1 : 0), 0);
    this.find('count').textContent = this.t('hiring.guide.count', { count, items: guide.picks.length });
    this.renderPrint();
  }

  /** The paper version: per item its picked questions with what to listen for, lines for notes, the scale. */
  private renderPrint() {
    const guide = this.guide!;
    const points = Array.from({ length: SCALES[guide.template.scale] }, (_, i) => i + 1).join('   ');
    const people = el('p', undefined, 'hiring-fill');
    for (const key of ['hiring.guide.candidate', 'hiring.guide.interviewer', 'hiring.guide.date'] as const) {
      people.append(el('span', `${this.t(key)}:`), el('span', undefined, 'scorecard-line'));
    }
    const items = guide.template.items.map((item, index) => {
      const view = this.views[index]!;
      const section = el('section', undefined, 'hiring-print-item');
      section.append(el('h3', `${index + 1}. ${view.name}`));
      const asked = el('ol');
      const picked = new Set(guide.picks[index]);
      for (const question of this.bank(item).filter((q) => picked.has(q.id))) {
        const li = el('li', questionText(question, view.name));
        li.append(this.listenFor(question, true));
        asked.append(li);
      }
      if (guide.own[index]) asked.append(el('li', guide.own[index]));
      section.append(asked.childElementCount ? asked : el('p', this.t('hiring.guide.nothing')));
      section.append(
        el('p', `${this.t('hiring.guide.notes')}:`),
        el('div', undefined, 'hiring-notes'),
        el('p', `${this.t('hiring.guide.rating')}:   ${points}`),
      );
      return section;
    });
    this.find('print-view').replaceChildren(
      el('p', this.find('title').textContent ?? '', 'scorecard-print-title'),
      people,
      el('p', this.find('scale').textContent ?? ''),
      ...items,
    );
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.guide) return;
    if (button.matches('[data-print]')) window.print();
    else if (button.matches('[data-copy]')) void this.copy();
  }

  private async copy() {
    const field = this.find<HTMLInputElement>('link');
    const copied = await copyText(field.value, field);
    this.announce(this.t(copied ? 'scorecard.link.copied' : 'scorecard.link.copyFailed'));
  }
}

defineElement('smm-interview-guide', InterviewGuideElement);
