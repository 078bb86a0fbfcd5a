import { describe, expect, it } from 'vitest';
import type { ScorecardTemplate } from '../../src/lib/scorecard/template';
import {
  scorecardFileName,
  toScorecardCsv,
  toScorecardMarkdown,
  type ExportText,
} from '../../src/lib/scorecard/export';
import type { FilledScorecard } from '../../src/lib/scorecard/filled';
import { describeItems, describeRating, describeScale, type TaxonomyEntry } from '../../src/lib/scorecard/items';
import { parseCsv, taxonomyEntries } from '../support/scorecard';

const taxonomy = new Map<string, TaxonomyEntry>(taxonomyEntries('en').map((entry) => [entry.id, entry]));
const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'crisis' },
    { kind: 'custom', text: '=HYPERLINK("http://evil")' },
    { kind: 'taxonomy', id: 'canva' },
  ],
  scale: 'four',
};
const card: FilledScorecard = {
  template,
  use: 'interviewer',
  candidate: 'Maria "Mimi" Ivanova',
  interviewer: 'Ivan | Petrov',
  ratings: [3, 0, 4],
  notes: ['Calm, clear plan,\nasked good questions', '', '<b>bold</b> *claim*'],
};
const text: ExportText = {
  headers: {
    role: 'Role',
    use: 'Use',
    candidate: 'Candidate',
    interviewer: 'Interviewer',
    group: 'Group',
    item: 'Item',
    rating: 'Rating',
    outOf: 'Out of',
    label: 'Rating label',
    note: 'Note',
    scale: 'Scale',
  },
  use: 'Interviewer scorecard',
  levels: ['Not yet', 'Developing', 'Solid', 'Strong'],
  notRated: 'Not rated',
};
const items = describeItems(template, taxonomy, 'Role-specific');

describe('scorecard exports', () => {
  it('names items from the taxonomy of the language and keeps custom items as typed', () => {
    expect(items.map((item) => [item.name, item.group, item.custom])).toEqual([
      ['Crisis management', 'Responsibilities', false],
      ['=HYPERLINK("http://evil")', 'Role-specific', true],
      ['Canva', 'Tools', false],
    ]);
  });

  it('writes one CSV row per item, with rating, label and note, and defuses formulas', () => {
    const rows = parseCsv(toScorecardCsv(card, items, text, 'en'));
    expect(rows).toEqual([
      ['Role', 'Use', 'Candidate', 'Interviewer', 'Group', 'Item', 'Rating', 'Out of', 'Rating label', 'Note'],
      [
        'Social media manager',
        'Interviewer scorecard',
        'Maria "Mimi" Ivanova',
        'Ivan | Petrov',
        'Responsibilities',
        'Crisis management',
        '3',
        '4',
        'Solid',
        'Calm, clear plan,\nasked good questions',
      ],
      [
        'Social media manager',
        'Interviewer scorecard',
        'Maria "Mimi" Ivanova',
        'Ivan | Petrov',
        'Role-specific',
        `'=HYPERLINK("http://evil")`,
        '',
        '4',
        'Not rated',
        '',
      ],
      [
        'Social media manager',
        'Interviewer scorecard',
        'Maria "Mimi" Ivanova',
        'Ivan | Petrov',
        'Tools',
        'Canva',
        '4',
        '4',
        'Strong',
        '<b>bold</b> *claim*',
      ],
    ]);
  });

  it('writes a Markdown table in which typed text cannot become markup', () => {
    const markdown = toScorecardMarkdown(card, items, text);
    expect(markdown.split('\n')).toEqual([
      '# Interviewer scorecard: Social media manager',
      '',
      '- **Candidate:** Maria "Mimi" Ivanova',
      '- **Interviewer:** Ivan \\| Petrov',
      '- **Scale:** 1 Not yet · 2 Developing · 3 Solid · 4 Strong',
      '',
      '| Item | Rating | Note |',
      '| --- | --- | --- |',
      '| Crisis management | 3 – Solid | Calm, clear plan,<br>asked good questions |',
      '| =HYPERLINK("http://evil") | Not rated |   |',
      '| Canva | 4 – Strong | \\<b\\>bold\\</b\\> \\*claim\\* |',
      '',
    ]);
  });

  it('leaves the interviewer out of a self-assessment', () => {
    const self = { ...card, use: 'self' as const, interviewer: '' };
    expect(toScorecardMarkdown(self, items, { ...text, use: 'Self-assessment' })).not.toContain('Interviewer');
  });

  it('writes Bulgarian CSV with ";" between columns, as Excel in a Bulgarian locale expects', () => {
    const csv = toScorecardCsv(card, items, text, 'bg');
    expect(csv.split('\r\n')[1]).toBe(
      'Social media manager;Interviewer scorecard;"Maria ""Mimi"" Ivanova";Ivan | Petrov;Responsibilities;Crisis management;3;4;Solid;"Calm, clear plan,\nasked good questions"',
    );
  });

  it('escapes typed text for where it goes: a heading or list item, or a table cell', () => {
    const markdown = toScorecardMarkdown(
      { ...card, template: { ...template, role: '# [Lead](javascript:x)' }, candidate: '> quote\nsecond line' },
      items,
      text,
    );
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Interviewer scorecard: \\# \\[Lead\\](javascript:x)',
      '',
      '- **Candidate:** \\> quote second line',
    ]);
  });

  it('describes ratings and scales', () => {
    expect(describeRating(2, text)).toBe('2 – Developing');
    expect(describeRating(0, text)).toBe('Not rated');
    expect(describeRating(9, text)).toBe('Not rated');
    expect(describeScale(['Below', 'Meets', 'Exceeds'])).toBe('1 Below · 2 Meets · 3 Exceeds');
  });

  it.each([
    ['Social media manager', 'Maria Ivanova', 'social-media-manager-maria-ivanova.csv'],
    ['Мениджър социални медии', 'Мария', 'мениджър-социални-медии-мария.csv'],
    ['', '', 'scorecard.csv'],
    ['../../etc', '<x>', 'etc-x.csv'],
  ])('names the file after %j and %j', (role, candidate, name) => {
    expect(scorecardFileName({ ...card, template: { ...template, role }, candidate }, 'csv')).toBe(name);
  });
});
