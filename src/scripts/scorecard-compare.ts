/**
 * <smm-scorecard-compare>: reads pasted scorecard links and shows them side by side (items in
 * rows, people in columns), and says which lines were left out and why. Text goes in as text.
 */
import { compareLinks, type ComparisonProblem } from '../lib/scorecard/compare';
import { averageRating, type FilledScorecard } from '../lib/scorecard/filled';
import { describeRating } from '../lib/scorecard/export';
import { describeItems } from '../lib/scorecard/items';
import { SCALES } from '../lib/scorecard/limits';
import {
  announce,
  el,
  readConfig,
  scaleLevels,
  translator,
  type ScorecardConfig,
  type Translate,
} from './scorecard-common';

const PROBLEM_KEYS: Record<ComparisonProblem['reason'], string> = {
  damaged: 'compare.problem.damaged',
  'too-long': 'compare.problem.tooLong',
  'future-version': 'compare.problem.future',
  blank: 'compare.problem.blank',
  'other-role': 'compare.problem.otherRole',
  duplicate: 'compare.problem.duplicate',
};

class ScorecardCompare extends HTMLElement {
  private config!: ScorecardConfig;
  private t!: Translate;

  connectedCallback() {
    const config = readConfig(this);
    if (!config || this.config) return;
    this.config = config;
    this.t = translator(config);
    this.find('nojs').hidden = true;
    this.find('compare').hidden = false;
    this.find('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.compare();
    });
  }

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  private person(card: FilledScorecard): string {
    const name = card.candidate || this.t('compare.unnamed');
    if (card.use === 'self') return this.t('compare.self', { name });
    return card.interviewer
      ? this.t('compare.byInterviewer', { name, interviewer: card.interviewer })
      : this.t('compare.byUnnamed', { name });
  }

  private compare() {
    const text = this.find<HTMLTextAreaElement>('links').value;
    const status = this.find('status');
    const result = this.find('result');
    const problems = this.find('problems');
    const knownIds = new Set(this.config.taxonomy.map((entry) => entry.id));
    const comparison = compareLinks(text, knownIds);
    result.hidden = true;
    problems.hidden = comparison.problems.length === 0;
    this.find('problem-list').replaceChildren(
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
    if (!text.trim()) message = this.t('compare.empty');
    else if (!template || people.length === 0) message = this.t('compare.none');
    else {
      this.renderTable(
        template,
        people.map((p) => p.card),
      );
      result.hidden = false;
      message = this.t('compare.done', { count: people.length, problems: comparison.problems.length });
    }
    status.textContent = message;
    status.hidden = false;
    announce(this.find('live'), message);
  }

  private renderTable(template: NonNullable<ReturnType<typeof compareLinks>['template']>, cards: FilledScorecard[]) {
    const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    const views = describeItems(template, taxonomy, this.t('group.custom'));
    const levels = scaleLevels(this.t, template.scale);
    const points = SCALES[template.scale];
    const number = new Intl.NumberFormat(this.config.lang === 'bg' ? 'bg' : 'en-GB', { maximumFractionDigits: 1 });

    const table = el('table', undefined, 'scorecard-table');
    table.append(el('caption', this.t('compare.caption', { role: template.role })));
    const headRow = el('tr');
    headRow.append(Object.assign(el('th', this.t('compare.item')), { scope: 'col' }));
    for (const card of cards) headRow.append(Object.assign(el('th', this.person(card)), { scope: 'col' }));
    const thead = el('thead');
    thead.append(headRow);

    const tbody = el('tbody');
    views.forEach((view, index) => {
      const row = el('tr');
      const header = Object.assign(el('th', view.name), { scope: 'row' });
      header.append(el('span', view.group, 'scorecard-description'));
      row.append(header);
      for (const card of cards) {
        const cell = el('td');
        const rating = card.ratings[index] ?? 0;
        cell.append(el('strong', describeRating(rating, { levels, notRated: this.t('notRated') })));
        const note = card.notes[index];
        if (note) cell.append(el('span', note, 'scorecard-note'));
        row.append(cell);
      }
      tbody.append(row);
    });

    const footRow = el('tr');
    footRow.append(Object.assign(el('th', this.t('compare.average')), { scope: 'row' }));
    for (const card of cards) {
      const average = averageRating(card);
      footRow.append(
        el(
          'td',
          average === undefined ? '—' : this.t('compare.averageValue', { value: number.format(average), points }),
        ),
      );
    }
    const tfoot = el('tfoot');
    tfoot.append(footRow);
    table.append(thead, tbody, tfoot);
    this.find('result').replaceChildren(table);
  }
}

customElements.define('smm-scorecard-compare', ScorecardCompare);
