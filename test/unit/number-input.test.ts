import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../src/lib/number-input';

describe('parseNumberInput', () => {
  it.each<[string, ',' | '.', number, ',' | '.' | 'none', boolean]>([
    ['3.75', '.', 3.75, '.', false],
    ['3,75', '.', 3.75, ',', false],
    ['3,75', ',', 3.75, ',', false],
    ['3.75', ',', 3.75, '.', false],
    ['1 234,5', ',', 1234.5, ',', false],
    ['1,234.5', '.', 1234.5, '.', false],
    ['1.234,5', ',', 1234.5, ',', false],
    ['1\u00a0234\u202f567', ',', 1234567, 'none', false],
    ['1,234,567', '.', 1234567, 'none', false],
    ['1.234.567', ',', 1234567, 'none', false],
    ['42', '.', 42, 'none', false],
    ['-0.5', '.', -0.5, '.', false],
    ['−2,5', ',', -2.5, ',', false],
    ['+7', '.', 7, 'none', false],
    ['.5', '.', 0.5, '.', false],
    ['  12.0  ', '.', 12, '.', false],
    // One mark and exactly three digits: the page's language decides, and the reading says it guessed.
    ['1,234', '.', 1234, 'none', true],
    ['1,234', ',', 1.234, ',', true],
    ['1.234', ',', 1234, 'none', true],
    ['1.234', '.', 1.234, '.', true],
    ['0,125', '.', 0.125, ',', false],
  ])('reads %j (page prefers %s) as %d', (text, prefer, value, decimal, ambiguous) => {
    const reading = parseNumberInput(text, prefer);
    expect(reading).toEqual({ ok: true, value, decimal, ambiguous });
  });

  it.each(['', '   '])('calls %j empty', (text) => {
    expect(parseNumberInput(text, '.')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    'abc',
    '3.7.5,1',
    '1,23,4',
    '12 34',
    '1 2345',
    '3,',
    '3.',
    '--3',
    '1e5',
    '0x10',
    '12%',
    '€5',
    'NaN',
    '1 234 56',
    '1234 567',
  ])('refuses %j', (text) => {
    expect(parseNumberInput(text, '.')).toEqual({ ok: false, reason: 'not-a-number' });
  });
});
