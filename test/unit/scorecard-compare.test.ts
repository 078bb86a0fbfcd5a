import { describe, expect, it } from 'vitest';
import { encodeTemplate, type ScorecardTemplate } from '../../src/lib/scorecard/template';
import { averageRating, compareLinks, splitLinks } from '../../src/lib/scorecard/compare';
import { encodeFilled, startScorecard, type FilledScorecard } from '../../src/lib/scorecard/filled';
import { toComparisonCsv, toComparisonMarkdown, type ComparisonText } from '../../src/lib/scorecard/compare-export';
import { describeItems } from '../../src/lib/scorecard/items';
import { encodeState } from '../../src/lib/url-state';
import { KNOWN_IDS, parseCsv, taxonomyEntries } from '../support/scorecard';

const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'strategy' },
    { kind: 'custom', text: 'Speaks Greek' },
  ],
  scale: 'four',
};
const card = (candidate: string, ratings: number[], base: ScorecardTemplate = template): FilledScorecard => ({
  ...startScorecard(base, 'interviewer'),
  candidate,
  interviewer: 'Ivan',
  ratings,
});
const link = (c: FilledScorecard) => {
  const result = encodeFilled(c);
  if (!result.ok) throw new Error('too long');
  return `https://smm.example/hiring/scorecard/#${result.hash}`;
};

describe('comparing scorecards', () => {
  it('lines up the scorecards of one role, in pasted order', () => {
    const maria = card('Maria', [3, 4]);
    const petar = card('Petar', [2, 0]);
    const result = compareLinks(`${link(maria)}\n\n  ${link(petar)}  \n`, KNOWN_IDS);
    expect(result.template).toEqual(template);
    expect(result.people).toEqual([
      { line: 1, card: maria },
      { line: 3, card: petar },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('explains every link it leaves out', () => {
    const maria = card('Maria', [3, 4]);
    const other = card('Elena', [1], {
      role: 'Content creator',
      items: [{ kind: 'taxonomy', id: 'canva' }],
      scale: 'four',
    });
    const rescaled = card('Georgi', [5, 5], { ...template, scale: 'five' });
    const blank = encodeTemplate(template);
    const lines = [
      link(maria),
      link(other),
      'https://smm.example/hiring/scorecard/#not-a-real-link',
      `https://smm.example/hiring/scorecard/#${blank.ok ? blank.hash : ''}`,
      link(maria),
      link(maria).slice(0, -10),
      `#${encodeState('scorecard-filled', 2, {})}`,
      link(rescaled),
    ];
    const result = compareLinks(lines.join('\n'), KNOWN_IDS);
    expect(result.people.map((p) => p.card.candidate)).toEqual(['Maria']);
    expect(result.problems).toEqual([
      { line: 2, reason: 'other-role', role: 'Content creator' },
      { line: 3, reason: 'damaged' },
      { line: 4, reason: 'blank' },
      { line: 5, reason: 'duplicate', first: 1 },
      { line: 6, reason: 'damaged' },
      { line: 7, reason: 'future-version' },
      { line: 8, reason: 'other-role', role: 'Social media manager' },
    ]);
  });

  it('compares nothing when nothing can be read', () => {
    expect(compareLinks('hello\nworld', KNOWN_IDS)).toEqual({
      people: [],
      problems: [
        { line: 1, reason: 'damaged' },
        { line: 2, reason: 'damaged' },
      ],
    });
    expect(compareLinks('', KNOWN_IDS)).toEqual({ people: [], problems: [] });
  });

  it('splits pasted text into numbered lines', () => {
    expect(splitLinks('a\r\n\r\nb\rc')).toEqual([
      { line: 1, link: 'a' },
      { line: 3, link: 'b' },
      { line: 4, link: 'c' },
    ]);
  });

  it('averages only the rated items', () => {
    expect(averageRating(card('Maria', [3, 4]))).toBe(3.5);
    expect(averageRating(card('Petar', [2, 0]))).toBe(2);
    expect(averageRating(card('Ana', [0, 0]))).toBeUndefined();
  });
});

describe('comparison exports', () => {
  const cards = [
    { ...card('Maria', [3, 4]), notes: ['Calm; clear plan\nwith numbers', ''] },
    { ...card('Petar | P.', [1, 0]), notes: ['', ''] },
  ];
  const table = {
    template,
    cards,
    items: describeItems(template, new Map(taxonomyEntries('en').map((e) => [e.id, e])), 'Role-specific'),
    people: ['Maria, scored by Ivan', 'Petar | P., scored by Ivan'],
  };
  const text: ComparisonText = {
    title: 'Ratings and notes for “Social media manager”',
    headers: { role: 'Role', group: 'Group', item: 'Item', scale: 'Scale', date: 'Date' },
    ratingOf: (person) => `${person}: rating`,
    noteOf: (person) => `${person}: note`,
    average: 'Average of rated items',
    averages: ['3.5 of 4', '1 of 4'],
    levels: ['Not yet', 'Developing', 'Solid', 'Strong'],
    notRated: 'Not rated',
    date: '3 May 2026',
  };

  it('writes Bulgarian CSV with ";" and a decimal comma, ratings as numbers', () => {
    const rows = parseCsv(toComparisonCsv(table, text, 'bg'), ';');
    expect(rows[0]).toEqual([
      'Role',
      'Group',
      'Item',
      'Maria, scored by Ivan: rating',
      'Maria, scored by Ivan: note',
      'Petar | P., scored by Ivan: rating',
      'Petar | P., scored by Ivan: note',
    ]);
    expect(rows[1]).toEqual([
      'Social media manager',
      'Responsibilities',
      'Strategy development',
      '3',
      'Calm; clear plan\nwith numbers',
      '1',
      '',
    ]);
    expect(rows[3]).toEqual(['Social media manager', '', 'Average of rated items', '3,5', '', '1', '']);
  });

  it('writes a Markdown table like the one on screen, typed text escaped for its cell', () => {
    expect(toComparisonMarkdown(table, text).split('\n')).toEqual([
      '# Ratings and notes for “Social media manager”',
      '',
      '- **Scale:** 1 Not yet · 2 Developing · 3 Solid · 4 Strong',
      '- **Date:** 3 May 2026',
      '',
      '| Item | Maria, scored by Ivan | Petar \\| P., scored by Ivan |',
      '| --- | --- | --- |',
      '| Strategy development | 3 – Solid<br>Calm; clear plan<br>with numbers | 1 – Not yet |',
      '| Speaks Greek | 4 – Strong | Not rated |',
      // The cell escaper guards a line start that looks like a numbered list ("3."): still "3.5" on screen.
      '| Average of rated items | 3.5 of 4 | 1 of 4 |',
      '',
    ]);
  });
});
