/**
 * <smm-scorecard-compare>: reads pasted scorecard links and shows them side by side (items in
 * rows, people in columns), says which lines were left out and why, and exports or prints the
 * table. Text from the links goes in as text.
 */
import { formatCalendarDate, intlLocale, toCalendarDate } from '../../lib/dates';
import { averageRating, compareLinks, PROBLEM_KEYS } from '../../lib/scorecard/compare';
import type { ComparisonTable, ComparisonText } from '../../lib/scorecard/compare-export';
import type { FilledScorecard } from '../../lib/scorecard/filled';
import { describeItems, describeRating, type ScorecardData } from '../../lib/scorecard/items';
import { SCALES } from '../../lib/scorecard/limits';
import { scaleLevels, type ScorecardKey } from '../../lib/scorecard/strings';
import { el } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import type { Format } from './scorecard-downloads';

export class ScorecardCompareElement extends SmmElement<ScorecardData, ScorecardKey> {
  /** The comparison on screen, for the exports. */
  private table?: ComparisonTable & { levels: string[]; averages: string[] };

  protected setup() {
    this.listen(this.required('form'), 'submit', (event) => {
      event.preventDefault();
      this.compare();
    });
    this.listen(this, 'click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[type="button"]');
      if (button?.dataset.export) void this.download(button.dataset.export === 'md' ? 'md' : 'csv');
      else if (button?.matches('[data-print]')) window.print();
    });
  }

  private person(card: FilledScorecard): string {
    const name = card.candidate || this.t('scorecard.compare.unnamed');
    if (card.use === 'self') return this.t('scorecard.compare.self', { name });
    return card.interviewer
      ? this.t('scorecard.compare.byInterviewer', { name, interviewer: card.interviewer })
      : this.t('scorecard.compare.byUnnamed', { name });
  }

  private compare() {
    const text = this.required<HTMLTextAreaElement>('[data-links]').value;
    const status = this.required('[data-status]');
    const result = this.required('[data-result]');
    const comparison = compareLinks(text, new Set(this.config.taxonomy.map((entry) => entry.id)));
    result.hidden = true;
    this.table = undefined;
    this.required('[data-problems]').hidden = comparison.problems.length === 0;
    this.required('[data-problem-list]').replaceChildren(
      ...comparison.problems.map((problem) =>
        el(
          'li',
          this.t(PROBLEM_KEYS[problem.reason], {
            line: problem.line,
            role: problem.role ?? '',
            first: problem.first ?? '',
          }),
        ),
      ),
    );
    const { template, people } = comparison;
    let message: string;
    if (!text.trim()) message = this.t('scorecard.compare.empty');
    else if (!template || people.length === 0) message = this.t('scorecard.compare.none');
    else {
      const cards = people.map((p) => p.card);
      const number = new Intl.NumberFormat(intlLocale(this.config.lang), { maximumFractionDigits: 1 });
      const points = SCALES[template.scale];
      const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
      this.table = {
        template,
        cards,
        items: describeItems(template, taxonomy, this.t('scorecard.group.custom')),
        people: cards.map((card) => this.person(card)),
        levels: scaleLevels(this.t, template.scale),
        averages: cards.map((card) => {
          const average = averageRating(card);
          if (average === undefined) return '—';
          return this.t('scorecard.compare.averageValue', { value: number.format(average), points });
        }),
      };
      this.renderTable(this.table);
      result.hidden = false;
      message = this.t('scorecard.compare.done', { count: people.length, problems: comparison.problems.length });
    }
    status.textContent = message;
    status.hidden = false;
    this.announce(message);
  }

  private renderTable({ template, items, cards, people, levels, averages }: NonNullable<typeof this.table>) {
    const notRated = this.t('scorecard.notRated');
    const th = (text: string, scope: 'col' | 'row') => Object.assign(el('th', text), { scope });
    const table = el('table', undefined, 'scorecard-table');
    const caption = el('caption', this.t('scorecard.compare.caption', { role: template.role }));
    caption.id = 'scorecard-compare-caption';
    const headRow = el('tr');
    headRow.append(th(this.t('scorecard.compare.item'), 'col'), ...people.map((person) => th(person, 'col')));
    const thead = el('thead');
    thead.append(headRow);
    const tbody = el('tbody');
    items.forEach((item, index) => {
      const row = el('tr');
      const header = th(item.name, 'row');
      header.append(el('span', item.group, 'scorecard-description'));
      row.append(header);
      for (const card of cards) {
        const cell = el('td');
        cell.append(el('strong', describeRating(card.ratings[index] ?? 0, { levels, notRated })));
        const note = card.notes[index];
        if (note) cell.append(el('span', note, 'scorecard-note'));
        row.append(cell);
      }
      tbody.append(row);
    });
    const footRow = el('tr');
    footRow.append(th(this.t('scorecard.compare.average'), 'row'), ...averages.map((average) => el('td', average)));
    const tfoot = el('tfoot');
    tfoot.append(footRow);
    table.append(caption, thead, tbody, tfoot);
    this.required('[data-table]').replaceChildren(table);
  }

  private async download(format: Format) {
    const table = this.table;
    if (!table) return;
    const header = (key: 'role' | 'group' | 'item' | 'scale' | 'date') => this.t(`scorecard.csv.${key}`);
    const text: ComparisonText = {
      title: this.t('scorecard.compare.caption', { role: table.template.role }),
      headers: {
        role: header('role'),
        group: header('group'),
        item: header('item'),
        scale: header('scale'),
        date: header('date'),
      },
      ratingOf: (person) => this.t('scorecard.compare.csv.rating', { person }),
      noteOf: (person) => this.t('scorecard.compare.csv.note', { person }),
      average: this.t('scorecard.compare.average'),
      averages: table.averages,
      levels: table.levels,
      notRated: this.t('scorecard.notRated'),
      date: formatCalendarDate(this.config.lang, toCalendarDate(new Date())),
    };
    const { downloadComparison } = await import('./scorecard-downloads');
    const file = downloadComparison(table, text, this.config.lang, format);
    this.announce(this.t('scorecard.export.started', { file }));
  }
}

defineElement('smm-scorecard-compare', ScorecardCompareElement);
