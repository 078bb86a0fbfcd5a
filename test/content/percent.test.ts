import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, listFiles } from '../support/content';

/**
 * One way to write a percentage in both languages: "80%", with no space, as every UI string and
 * widget writes it (Bulgarian practice allows both forms; the site picked the one its numbers use).
 */
const SPACED_PERCENT = /\d[ \u00A0\u202F\u2009]%/;

describe('percentages', () => {
  it('are written "80%", never "80 %", in every page, quiz, data file and UI string', () => {
    const files = listFiles(CONTENT, (path) => /\.(mdx?|ya?ml|json)$/.test(path));
    const slips = files.flatMap((file) =>
      readFileSync(join(CONTENT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const match = SPACED_PERCENT.exec(line);
          return match ? [`content/${file}:${index + 1}: "${line.slice(Math.max(0, match.index - 20), match.index + 3)}"`] : [];
        }),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(slips).toEqual([]);
  });
});
