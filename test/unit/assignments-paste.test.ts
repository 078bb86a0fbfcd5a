import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/lib/assignments/assignment';
import { encodeReportCode } from '../../src/lib/assignments/report';
import { encodeReportFile } from '../../src/lib/assignments/report-build';
import { decodeReport } from '../../src/lib/assignments/report-decode';
import { readPastedReports } from '../../src/lib/assignments/report-paste';
import { makeAssignment, makeReport, quizRecord } from './assignments-fixtures';

const assignment = makeAssignment();
const ana = makeReport(assignment, 'Ана Иванова', {}, { role: quizRecord(90, 90, '2030-03-03T12:00:00.000Z') });
const boris = makeReport(assignment, 'Boris Petrov');
const anaCode = encodeReportCode(ana);
const borisCode = encodeReportCode(boris);

/** What an email client does to a long line: breaks it every `width` characters. */
const wrap = (code: string, width = 76, eol = '\r\n') => code.match(new RegExp(`.{1,${width}}`, 'g'))!.join(eol);
const summary = (text: string) =>
  readPastedReports(text).map(({ first, last, decoded }) => ({
    first,
    last,
    learner: decoded.ok ? decoded.report.learner : decoded.reason,
  }));

describe('decodeReport ignores whitespace inside a code', () => {
  it('reads a code broken by line feeds, CRLF, spaces and tabs', () => {
    expect(anaCode.length).toBeGreaterThan(76 * 3);
    expect(decodeReport(wrap(anaCode))).toEqual({ ok: true, report: ana });
    expect(decodeReport(wrap(anaCode, 60, '\n  '))).toEqual({ ok: true, report: ana });
    expect(decodeReport(anaCode.replace(/(.{10})/g, '$1 \t'))).toEqual({ ok: true, report: ana });
  });
});

describe('readPastedReports', () => {
  it('takes one code per line, as before', () => {
    expect(summary(`${anaCode}\n${borisCode}\n`)).toEqual([
      { first: 1, last: 1, learner: 'Ана Иванова' },
      { first: 2, last: 2, learner: 'Boris Petrov' },
    ]);
  });

  it('recognises codes wrapped at 76 characters as one code each, with the lines they span', () => {
    const anaLines = wrap(anaCode).split('\r\n').length;
    const borisLines = wrap(borisCode).split('\r\n').length;
    expect(summary(`${wrap(anaCode)}\r\n${wrap(borisCode)}`)).toEqual([
      { first: 1, last: anaLines, learner: 'Ана Иванова' },
      { first: anaLines + 1, last: anaLines + borisLines, learner: 'Boris Petrov' },
    ]);
  });

  it('copes with indented, quoted-looking and blank-separated lines', () => {
    const messy = `  ${wrap(anaCode, 70, ' \n   ')}  \n\n\t${borisCode}\t`;
    expect(summary(messy).map((input) => input.learner)).toEqual(['Ана Иванова', 'Boris Petrov']);
  });

  it('keeps a line of junk after a wrapped code apart, and keeps its text for fixing', () => {
    const inputs = readPastedReports(`${wrap(anaCode)}\nnot a report\n${borisCode}`);
    expect(inputs.map((input) => [input.decoded.ok, input.text])).toEqual([
      [true, wrap(anaCode).replace(/\r\n/g, '\n')],
      [false, 'not a report'],
      [true, borisCode],
    ]);
    expect(inputs[1]).toMatchObject({ decoded: { ok: false, reason: 'malformed' } });
  });

  it('reports a code cut short as one failed input over all its lines', () => {
    const cut = wrap(anaCode.slice(0, 200));
    expect(summary(`${cut}\n${borisCode}`)).toEqual([
      { first: 1, last: 3, learner: 'malformed' },
      { first: 4, last: 4, learner: 'Boris Petrov' },
    ]);
  });

  it('reads a wrapped assignment link pasted by mistake as an assignment link', () => {
    const link = `https://example.org/instructors/assignment/#${encodeAssignment(assignment)}`;
    expect(summary(wrap(link))).toEqual([{ first: 1, last: Math.ceil(link.length / 76), learner: 'assignment-link' }]);
  });

  it('reads a report file pasted whole', () => {
    expect(summary(encodeReportFile(boris))).toEqual([
      { first: 1, last: encodeReportFile(boris).trimEnd().split('\n').length, learner: 'Boris Petrov' },
    ]);
  });

  it('gives nothing for an empty paste', () => {
    expect(readPastedReports(' \n\r\n\t')).toEqual([]);
  });
});
