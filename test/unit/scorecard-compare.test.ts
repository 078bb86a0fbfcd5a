import { describe, expect, it } from 'vitest';
import { encodeTemplate, type ScorecardTemplate } from '../../src/lib/scorecard/template';
import { compareLinks, splitLinks } from '../../src/lib/scorecard/compare';
import { averageRating, encodeFilled, startScorecard, type FilledScorecard } from '../../src/lib/scorecard/filled';
import { encodeState } from '../../src/lib/url-state';
import { KNOWN_IDS } from '../support/scorecard';

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
