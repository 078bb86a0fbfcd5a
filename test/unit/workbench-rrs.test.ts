import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline } from '../../src/lib/markdown';
import {
  addObject,
  buildRrsCsv,
  buildRrsMarkdown,
  describeSummary,
  emptyRrs,
  fieldOf,
  findQuadrant,
  MAX_OBJECTS,
  parseRrsState,
  readObjectInput,
  removeObject,
  replaceObject,
  scoreSignificance,
  serialiseRrsState,
  summariseCheck,
  summariseObjects,
  type ObjectInput,
  type RrsMarkdownLabels,
  type RrsState,
  type Score,
  type SocialObject,
} from '../../src/lib/workbench/rrs';

const object = (name: string, relevance: Score, resonance: Score, extra: Partial<SocialObject> = {}): SocialObject => ({
  name,
  type: 'post',
  date: '',
  relevance,
  resonance,
  evidence: '',
  ...extra,
});

const valid: ObjectInput = { name: 'Warm-up video', type: 'video', date: '2025-03-14', relevance: '2', resonance: '1' };

describe('readObjectInput', () => {
  it('accepts a complete object, trimming text and keeping an empty date', () => {
    expect(readObjectInput({ ...valid, name: '  Warm-up video ', evidence: ' 34 saves\n12 sends ' })).toEqual({
      ok: true,
      object: {
        name: 'Warm-up video',
        type: 'video',
        date: '2025-03-14',
        relevance: 2,
        resonance: 1,
        evidence: '34 saves 12 sends',
      },
    });
    expect(readObjectInput({ ...valid, date: '' })).toMatchObject({ ok: true, object: { date: '' } });
  });

  it.each([
    [{ name: '   ' }, ['name-empty']],
    [{ name: undefined }, ['name-empty']],
    [{ name: 'x'.repeat(121) }, ['name-too-long']],
    [{ type: 'podcast' }, ['type-invalid']],
    [{ type: undefined }, ['type-invalid']],
    [{ date: '2025-02-29' }, ['date-invalid']],
    [{ date: '14.03.2025' }, ['date-invalid']],
    [{ relevance: '' }, ['relevance-missing']],
    [{ relevance: undefined }, ['relevance-missing']],
    [{ relevance: '3' }, ['relevance-range']],
    [{ relevance: '-1' }, ['relevance-range']],
    [{ relevance: '1.5' }, ['relevance-range']],
    [{ relevance: 'high' }, ['relevance-range']],
    [{ resonance: '' }, ['resonance-missing']],
    [{ resonance: '10' }, ['resonance-range']],
    [{ evidence: 'e'.repeat(201) }, ['evidence-too-long']],
    [{ name: '', relevance: '', resonance: '7' }, ['name-empty', 'relevance-missing', 'resonance-range']],
  ] as [Partial<ObjectInput>, string[]][])('refuses %j with %j', (change, errors) => {
    expect(readObjectInput({ ...valid, ...change })).toEqual({ ok: false, errors });
  });

  it('accepts the longest allowed name and evidence', () => {
    expect(readObjectInput({ ...valid, name: 'n'.repeat(120), evidence: 'e'.repeat(200) }).ok).toBe(true);
  });

  it('names the field of every error', () => {
    expect(fieldOf('name-too-long')).toBe('name');
    expect(fieldOf('relevance-missing')).toBe('relevance');
    expect(fieldOf('evidence-too-long')).toBe('evidence');
  });
});

describe('the list of objects', () => {
  it(`adds up to ${MAX_OBJECTS} objects and then refuses`, () => {
    let objects: SocialObject[] = [];
    for (let i = 0; i < MAX_OBJECTS; i++) {
      const result = addObject(objects, object(`#${i}`, 1, 1));
      expect(result.ok).toBe(true);
      if (result.ok) objects = result.objects;
    }
    expect(addObject(objects, object('one too many', 2, 2))).toEqual({ ok: false, error: 'limit' });
    expect(objects).toHaveLength(MAX_OBJECTS);
  });

  it('replaces and removes by index without touching the original list', () => {
    const objects = [object('a', 0, 0), object('b', 1, 1)];
    expect(replaceObject(objects, 1, object('c', 2, 2)).map((o) => o.name)).toEqual(['a', 'c']);
    expect(replaceObject(objects, 5, object('c', 2, 2))).toEqual(objects);
    expect(removeObject(objects, 0).map((o) => o.name)).toEqual(['b']);
    expect(removeObject(objects, 9)).toEqual(objects);
    expect(objects.map((o) => o.name)).toEqual(['a', 'b']);
  });
});

describe('significance and quadrants', () => {
  // The lesson's worked example: a climbing gym in Sofia.
  it.each([
    ['warm-up video', 2, 2, 4, 'strong'],
    ['new routes', 2, 2, 4, 'strong'],
    ['opening hours', 2, 0, 2, 'quiet'],
    ['meme', 0, 2, 2, 'off-brief'],
    ['staff birthday', 0, 1, 1, 'off-brief'],
    ['award badge', 0, 0, 0, 'weak'],
    ['somewhat useful, usual sharing', 1, 1, 2, 'strong'],
    ['somewhat useful, not passed on', 1, 0, 1, 'quiet'],
  ] as const)('%s: %i + %i = %i, %s', (_name, relevance, resonance, significance, quadrant) => {
    expect(scoreSignificance({ relevance, resonance })).toBe(significance);
    expect(findQuadrant({ relevance, resonance })).toBe(quadrant);
  });

  it('summarises averages, quadrants and the 3 × 3 grid', () => {
    const summary = summariseObjects([object('a', 2, 2), object('b', 2, 0), object('c', 0, 2), object('d', 0, 1)]);
    expect(summary).toEqual({
      count: 4,
      significance: 2.3, // 9 / 4 = 2.25, rounded to one decimal
      relevance: 1,
      resonance: 1.3,
      quadrants: { strong: 1, quiet: 1, 'off-brief': 2, weak: 0 },
      grid: [
        [0, 1, 1],
        [0, 0, 0],
        [1, 0, 1],
      ],
    });
  });

  it('has nothing to average without objects', () => {
    const summary = summariseObjects([]);
    expect(summary).toMatchObject({ count: 0, significance: null, relevance: null, resonance: null });
    expect(describeSummary('{{significance}}/{{relevance}}/{{resonance}} ({{count}})', summary, String)).toBe(
      '–/–/– (0)',
    );
  });

  it('writes averages in the learner’s number format', () => {
    const summary = summariseObjects([object('a', 2, 1), object('b', 1, 1)]);
    const format = (n: number) => new Intl.NumberFormat('bg', { maximumFractionDigits: 1 }).format(n);
    expect(describeSummary('{{significance}} от 4', summary, format)).toBe('2,5 от 4');
  });

  it('counts the answers of the significance check', () => {
    expect(summariseCheck({ unprompted: 'yes', answered: 'no', created: 'yes', returning: 'unknown' })).toEqual({
      yes: 2,
      no: 1,
      unknown: 1,
      answered: 4,
    });
    expect(summariseCheck({})).toEqual({ yes: 0, no: 0, unknown: 0, answered: 0 });
  });
});

describe('stored worksheet', () => {
  const state: RrsState = {
    objects: [object('Warm-up video', 2, 2, { type: 'video', date: '2025-03-14', evidence: '34 saves' })],
    check: { unprompted: 'yes', promises: 'unknown' },
  };

  it('survives a round trip', () => {
    expect(parseRrsState(serialiseRrsState(state))).toEqual(state);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"v":1,"objects":['],
    ['a future version', JSON.stringify({ v: 2, objects: [object('a', 1, 1)] })],
    ['no version', JSON.stringify({ objects: [object('a', 1, 1)] })],
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('gives an empty worksheet for %s', (_name, stored) => {
    expect(parseRrsState(stored)).toEqual(emptyRrs());
  });

  it('drops objects that do not fit and answers that are not answers', () => {
    const stored = JSON.stringify({
      v: 1,
      objects: [
        object('kept', 1, 2),
        { ...object('score out of range', 1, 1), relevance: 3 },
        { ...object('score as text', 1, 1), resonance: '1' },
        { ...object('bad type', 1, 1), type: 'podcast' },
        { ...object('bad date', 1, 1), date: '2025-13-01' },
        { ...object('', 1, 1) },
        { ...object('n'.repeat(121), 1, 1) },
        { name: 'missing fields' },
        'a string',
        null,
      ],
      check: { unprompted: 'maybe', answered: 'no', __proto__: 'yes', extra: 'yes' },
    });
    expect(parseRrsState(stored)).toEqual({ objects: [object('kept', 1, 2)], check: { answered: 'no' } });
  });

  it(`keeps at most ${MAX_OBJECTS} objects from storage`, () => {
    const objects = Array.from({ length: MAX_OBJECTS + 5 }, (_, i) => object(`#${i}`, 1, 1));
    expect(parseRrsState(JSON.stringify({ v: 1, objects })).objects).toHaveLength(MAX_OBJECTS);
  });
});

const labels: RrsMarkdownLabels = {
  columns: {
    number: 'No.',
    name: 'Name',
    type: 'Type',
    date: 'Date',
    relevance: 'Relevance',
    resonance: 'Resonance',
    significance: 'Significance',
    quadrant: 'Quadrant',
    evidence: 'Evidence',
  },
  types: {
    post: 'Post',
    video: 'Video',
    photo: 'Photo',
    story: 'Story',
    live: 'Live',
    event: 'Event',
    campaign: 'Campaign',
    other: 'Other',
  },
  quadrants: {
    strong: 'Relevant and resonant',
    quiet: 'Relevant but quiet',
    'off-brief': 'Off-brief',
    weak: 'Neither',
  },
  title: 'R + R = S self-assessment',
  formula: 'Significance = relevance + resonance',
  summary: 'Average significance 2 of 4',
  adviceHeading: 'What to do next',
  advice: { strong: 'Make more.', quiet: 'Work on the hook.', 'off-brief': 'Tie it to your people.', weak: 'Stop.' },
  checkHeading: 'Monthly significance check',
  questions: {
    unprompted: 'Recommended unprompted?',
    answered: 'Answered on time?',
    promises: 'Kept promises?',
    created: 'Anyone created something?',
    returning: 'More returning faces?',
  },
  answers: { yes: 'Yes', no: 'No', unknown: "Don't know" },
  notAnswered: 'not answered',
  checkSummary: '1 of 5 yes',
  footer: 'Exported on 2025-03-20',
};

describe('exports', () => {
  const state: RrsState = {
    objects: [
      object('Warm-up | video', 2, 2, { type: 'video', date: '2025-03-14', evidence: '34 saves' }),
      object('=HYPERLINK("x")', 0, 0),
    ],
    check: { unprompted: 'yes' },
  };

  it('builds CSV with translated headers, the score and quadrant, and defused formulas', () => {
    const csv = buildRrsCsv(state, labels, 'en');
    expect(csv.split('\r\n')).toEqual([
      'No.,Name,Type,Date,Relevance,Resonance,Significance,Quadrant,Evidence',
      '1,Warm-up | video,Video,2025-03-14,2,2,4,Relevant and resonant,34 saves',
      `2,"'=HYPERLINK(""x"")",Post,,0,0,0,Neither,`,
      '',
    ]);
  });

  it('builds Bulgarian CSV with ";" between columns, numbers left as numbers', () => {
    const csv = buildRrsCsv(state, labels, 'bg');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'No.;Name;Type;Date;Relevance;Resonance;Significance;Quadrant;Evidence',
      '1;Warm-up | video;Video;2025-03-14;2;2;4;Relevant and resonant;34 saves',
      `2;"'=HYPERLINK(""x"")";Post;;0;0;0;Neither;`,
    ]);
  });

  it('builds Markdown with a table, advice for the quadrants in use and the significance check', () => {
    const markdown = buildRrsMarkdown(state, labels);
    expect(markdown).toContain('# R + R = S self-assessment');
    expect(markdown).toContain(
      '| 1 | Warm-up \\| video | Video | 2025-03-14 | 2 | 2 | 4 | Relevant and resonant | 34 saves |',
    );
    expect(markdown).toContain('| 2 | =HYPERLINK("x") | Post |   | 0 | 0 | 0 | Neither |   |');
    expect(markdown).toContain('### Neither (1)\n\nStop.\n\n- \\=HYPERLINK("x")');
    expect(markdown).not.toContain('Relevant but quiet');
    expect(markdown).toContain('- Recommended unprompted? **Yes**');
    expect(markdown).toContain('- Answered on time? **not answered**');
    expect(markdown.trimEnd().endsWith('*Exported on 2025-03-20*')).toBe(true);
  });
});

describe('learner text in the Markdown export (escapeMarkdownInline)', () => {
  it.each([
    ['plain text', 'plain text'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<img src=x>', '\\<img src=x\\>'],
    ['two\nlines', 'two lines'],
    ['C:\\path', 'C:\\\\path'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdownInline(input)).toBe(output);
  });
});
