import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanLine, isCleanBlock, isCleanLine } from '../../src/lib/scorecard/text';
import { createRandom } from '../../src/lib/random';
import { randomText } from '../support/scorecard';

describe('cleaning typed text', () => {
  it.each([
    ['  Social   media\tmanager ', 'Social media manager'],
    ['line\nbreak', 'line break'],
    ['nul\u0000and bell\u0007', 'nul and bell'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['Мениджър „Социални медии“', 'Мениджър „Социални медии“'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('cleans %j to one line', (input, expected) => {
    expect(cleanLine(input, 60)).toBe(expected);
  });

  it('caps the length without splitting an emoji', () => {
    expect(cleanLine('abcdefghi😀', 10)).toBe('abcdefghi');
    expect(cleanLine('abcdefgh😀x', 10)).toBe('abcdefgh😀');
    expect(cleanLine('abcdef    ghij', 8)).toBe('abcdef g');
    expect(cleanLine('abcdefg hij', 8)).toBe('abcdefg');
  });

  it('keeps line breaks in notes, at most one empty line in a row', () => {
    expect(cleanBlock(' first \r\n\r\n\r\n\r\nsecond\rthird  ', 100)).toBe('first\n\nsecond\nthird');
    expect(cleanBlock('a\n\n\n', 100)).toBe('a');
  });

  it('is idempotent, so what a link carries passes the check on the way back (property)', () => {
    const random = createRandom(42);
    for (let i = 0; i < 2000; i++) {
      const text = randomText(random, 80);
      const max = 1 + Math.floor(random() * 70);
      const line = cleanLine(text, max);
      const block = cleanBlock(text, max);
      expect(line.length).toBeLessThanOrEqual(max);
      expect(block.length).toBeLessThanOrEqual(max);
      expect(isCleanLine(line, max), JSON.stringify(text)).toBe(true);
      expect(isCleanBlock(block, max), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses values that are not clean text', () => {
    expect(isCleanLine(' padded', 60)).toBe(false);
    expect(isCleanLine('a'.repeat(61), 60)).toBe(false);
    expect(isCleanLine(7, 60)).toBe(false);
    expect(isCleanBlock('a\u0000', 60)).toBe(false);
  });
});
