import { describe, expect, it } from 'vitest';
import bg from '../../content/i18n/bg.json';
import en from '../../content/i18n/en.json';
import {
  addEntry,
  buildSwotMarkdown,
  countEntries,
  emptySwot,
  dropLeadIn,
  isSwotQuadrant,
  leadInOf,
  MAX_ENTRIES,
  moveEntry,
  parseSwotState,
  readEntryInput,
  readSubject,
  removeEntry,
  replaceEntry,
  restoreEntry,
  serialiseSwotState,
  type SwotEntry,
  type SwotMarkdownLabels,
  type SwotState,
} from '../../src/lib/workbench/swot';

const entry = (text: string, action = ''): SwotEntry => ({ text, action });
const texts = (state: SwotState, quadrant: keyof SwotState['quadrants']) =>
  state.quadrants[quadrant].map((e) => e.text);

function stateWith(...strengths: string[]): SwotState {
  const state = emptySwot();
  state.quadrants.strengths = strengths.map((text) => entry(text));
  return state;
}

describe('readEntryInput', () => {
  it.each([
    ['Loyal regulars', '', { ok: true, entry: entry('Loyal regulars') }],
    ['  Loyal regulars  ', ' post weekly ', { ok: true, entry: entry('Loyal regulars', 'post weekly') }],
    ['two\nlines', 'and\r\nmore', { ok: true, entry: entry('two lines', 'and more') }],
    ['t'.repeat(200), 'a'.repeat(200), { ok: true, entry: entry('t'.repeat(200), 'a'.repeat(200)) }],
    ['', '', { ok: false, errors: ['text-empty'] }],
    ['   ', 'a decision', { ok: false, errors: ['text-empty'] }],
    ['t'.repeat(201), '', { ok: false, errors: ['text-too-long'] }],
    ['fine', 'a'.repeat(201), { ok: false, errors: ['action-too-long'] }],
    ['', 'a'.repeat(201), { ok: false, errors: ['text-empty', 'action-too-long'] }],
  ])('%j / %j', (text, action, result) => {
    expect(readEntryInput(text, action)).toEqual(result);
  });

  it('takes the lead-in the page prints ("so we") off a decision, so it is not printed twice', () => {
    const leadIn = leadInOf(en['swot.action.show']);
    expect(leadIn).toBe('so we');
    expect(readEntryInput('Loyal regulars', 'so we post a weekly video', leadIn)).toEqual({
      ok: true,
      entry: entry('Loyal regulars', 'post a weekly video'),
    });
    expect(readEntryInput('Loyal regulars', 'so we…', leadIn)).toEqual({ ok: true, entry: entry('Loyal regulars') });
  });

  it.each([
    ['so we post weekly', 'post weekly'],
    ['So we… post weekly', 'post weekly'],
    ['So We... post weekly', 'post weekly'],
    ['so we: post weekly', 'post weekly'],
    ['so we – post weekly', 'post weekly'],
    ['so we', ''],
    ["so we'll post weekly", "so we'll post weekly"],
    ['so well known', 'so well known'],
    ['post weekly, so we grow', 'post weekly, so we grow'],
  ])('dropLeadIn(%j, "so we") → %j', (action, expected) => {
    expect(dropLeadIn(action, 'so we')).toBe(expected);
  });

  it('knows the Bulgarian lead-in too', () => {
    const leadIn = leadInOf(bg['swot.action.show']);
    expect(leadIn).toBe('затова');
    expect(dropLeadIn('Затова… ще снимаме видео всяка седмица', leadIn)).toBe('ще снимаме видео всяка седмица');
    expect(dropLeadIn('затоварени сме', leadIn)).toBe('затоварени сме');
  });

  it('keeps the subject to one line of at most 120 characters', () => {
    expect(readSubject('  Ridge\non Instagram ')).toBe('Ridge on Instagram');
    expect(readSubject('s'.repeat(130))).toHaveLength(120);
  });

  it('knows the four quadrants', () => {
    expect(['strengths', 'weaknesses', 'opportunities', 'threats'].every(isSwotQuadrant)).toBe(true);
    expect(isSwotQuadrant('toString')).toBe(false);
  });
});

describe('editing the lists', () => {
  it(`adds up to ${MAX_ENTRIES} entries per quadrant, then refuses`, () => {
    let state = emptySwot();
    for (let i = 0; i < MAX_ENTRIES; i++) {
      const result = addEntry(state, 'threats', entry(`threat ${i}`));
      expect(result.ok).toBe(true);
      if (result.ok) state = result.state;
    }
    expect(addEntry(state, 'threats', entry('one too many'))).toEqual({ ok: false, error: 'limit' });
    expect(addEntry(state, 'strengths', entry('other boxes still take entries')).ok).toBe(true);
    expect(countEntries(state)).toBe(MAX_ENTRIES);
  });

  it('replaces and removes by index, leaving the original untouched', () => {
    const state = stateWith('a', 'b', 'c');
    expect(texts(replaceEntry(state, 'strengths', 1, entry('B', 'so')), 'strengths')).toEqual(['a', 'B', 'c']);
    expect(replaceEntry(state, 'strengths', 7, entry('x'))).toEqual(state);
    expect(texts(removeEntry(state, 'strengths', 0), 'strengths')).toEqual(['b', 'c']);
    expect(texts(state, 'strengths')).toEqual(['a', 'b', 'c']);
  });

  it('puts a removed entry back where it was, or last if the list is now shorter', () => {
    const state = stateWith('a', 'c');
    expect(restoreEntry(state, 'strengths', 1, entry('b'))).toMatchObject({ ok: true, index: 1 });
    const restored = restoreEntry(state, 'strengths', 1, entry('b'));
    expect(restored.ok && texts(restored.state, 'strengths')).toEqual(['a', 'b', 'c']);
    expect(restoreEntry(state, 'strengths', 9, entry('z'))).toMatchObject({ ok: true, index: 2 });
    const full = emptySwot();
    full.quadrants.threats = Array.from({ length: MAX_ENTRIES }, (_, i) => entry(`t${i}`));
    expect(restoreEntry(full, 'threats', 0, entry('x'))).toEqual({ ok: false, error: 'limit' });
  });

  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [1, -1, ['b', 'a', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, 1, ['a', 'b', 'c']],
    [-1, 1, ['a', 'b', 'c']],
  ] as const)('moves entry %i by %i', (index, step, order) => {
    expect(texts(moveEntry(stateWith('a', 'b', 'c'), 'strengths', index, step), 'strengths')).toEqual(order);
  });
});

describe('stored worksheet', () => {
  it('survives a round trip', () => {
    const state = stateWith('Loyal regulars');
    state.subject = 'Ridge on Instagram';
    state.quadrants.threats = [entry('Chain gym ads', 'we stress our coaching')];
    expect(parseSwotState(serialiseSwotState(state))).toEqual(state);
  });

  it('drops a lead-in from decisions saved before it was dropped on entry', () => {
    const stored = JSON.stringify({ v: 1, subject: '', quadrants: { strengths: [entry('a', 'so we post weekly')] } });
    expect(parseSwotState(stored, 'so we').quadrants.strengths).toEqual([entry('a', 'post weekly')]);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"v":1,'],
    ['a future version', JSON.stringify({ v: 2, subject: 'x', quadrants: { strengths: [entry('a')] } })],
    ['an array', '[]'],
    ['a number', '42'],
  ])('gives an empty worksheet for %s', (_name, stored) => {
    expect(parseSwotState(stored)).toEqual(emptySwot());
  });

  it('drops entries, lists and subjects that do not fit', () => {
    const stored = JSON.stringify({
      v: 1,
      subject: 42,
      quadrants: {
        strengths: [
          entry('kept'),
          entry(''),
          entry('t'.repeat(201)),
          { text: 5 },
          { text: 'bad action', action: 1 },
          'x',
        ],
        weaknesses: 'not a list',
        opportunities: [{ text: 'no action field' }],
        threats: Array.from({ length: MAX_ENTRIES + 3 }, (_, i) => entry(`t${i}`)),
        extra: [entry('unknown quadrant')],
      },
    });
    const state = parseSwotState(stored);
    expect(state.subject).toBe('');
    expect(state.quadrants.strengths).toEqual([entry('kept')]);
    expect(state.quadrants.weaknesses).toEqual([]);
    expect(state.quadrants.opportunities).toEqual([entry('no action field')]);
    expect(state.quadrants.threats).toHaveLength(MAX_ENTRIES);
    expect(Object.keys(state.quadrants)).toEqual(['strengths', 'weaknesses', 'opportunities', 'threats']);
  });
});

describe('buildSwotMarkdown', () => {
  const labels: SwotMarkdownLabels = {
    title: 'SWOT analysis: Ridge',
    headings: { strengths: 'Strengths', weaknesses: 'Weaknesses', opportunities: 'Opportunities', threats: 'Threats' },
    kinds: {
      strengths: 'Internal · helpful',
      weaknesses: 'Internal · harmful',
      opportunities: 'External · helpful',
      threats: 'External · harmful',
    },
    withAction: '{{text}} — so we {{action}}',
    none: 'No entries.',
    footer: 'Exported on 2025-03-20',
  };

  it('writes the four boxes in order, numbered, with decisions and escaped text', () => {
    const state = stateWith('Loyal regulars', '# 1 *coach* in town');
    state.quadrants.strengths[0]!.action = 'post a weekly video';
    state.quadrants.threats = [entry('Chain gym ads')];
    expect(buildSwotMarkdown(state, labels)).toBe(
      [
        '# SWOT analysis: Ridge',
        '',
        '## Strengths',
        '',
        '*Internal · helpful*',
        '',
        '1. Loyal regulars — so we post a weekly video',
        '2. \\# 1 \\*coach\\* in town',
        '',
        '## Weaknesses',
        '',
        '*Internal · harmful*',
        '',
        '*No entries.*',
        '',
        '## Opportunities',
        '',
        '*External · helpful*',
        '',
        '*No entries.*',
        '',
        '## Threats',
        '',
        '*External · harmful*',
        '',
        '1. Chain gym ads',
        '',
        '*Exported on 2025-03-20*',
        '',
      ].join('\n'),
    );
  });

  it('does not fill placeholders that come from the learner', () => {
    const state = stateWith('{{action}}');
    state.quadrants.strengths[0]!.action = '{{text}}';
    expect(buildSwotMarkdown(state, labels)).toContain('1. {{action}} — so we {{text}}');
  });
});
