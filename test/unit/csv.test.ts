import { describe, expect, it } from 'vitest';
import { csvDialect, toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it('defuses spreadsheet formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2+3'], ['@x'], ['\tx']])).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2+3\r\n\'@x\r\n\'\tx\r\n',
    );
  });

  it('keeps negative numbers as numbers, given as numbers or as plain text', () => {
    expect(toCsv(['a', 'b', 'c'], [[-33, '-33', '-4.5']])).toBe('a,b,c\r\n-33,-33,-4.5\r\n');
  });

  it('writes empty cells for missing values and for numbers that are not finite', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, false, Number.NaN]])).toBe('a,b,c,d\r\n,,false,\r\n');
  });

  it('writes Bulgarian files with ";" and a decimal comma, so Excel in Bulgarian opens them as columns', () => {
    expect(csvDialect('bg')).toEqual({ delimiter: ';', decimal: ',' });
    expect(
      toCsv(
        ['Урок', 'Резултат'],
        [
          ['Роля; мрежи', 3.75],
          ['Анализ, отчети', -2],
        ],
        'bg',
      ),
    ).toBe('Урок;Резултат\r\n"Роля; мрежи";3,75\r\nАнализ, отчети;-2\r\n');
  });

  it('writes English files with "," and a decimal point', () => {
    expect(toCsv(['Lesson', 'Score'], [['Role', 3.75]], 'en')).toBe('Lesson,Score\r\nRole,3.75\r\n');
  });
});
