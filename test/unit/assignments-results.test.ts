import { describe, expect, it } from 'vitest';
import { addReport, buildRows } from '../../src/lib/assignments/results';
import { CSV_COLUMNS, exportCsv, type CsvLabels } from '../../src/lib/assignments/results-csv';
import { computeDeadline, judgeTimeliness } from '../../src/lib/assignments/timing';
import { makeAssignment, makeReport, quizRecord } from './assignments-fixtures';

// Due 2030-03-15; the deadline is the end of that day.
const assignment = makeAssignment({ lessons: ['role'], quizzes: ['role'] });
const other = makeAssignment({ title: 'Another class', lessons: ['role'], quizzes: ['role'] });
const lesson = (completedAt?: string) =>
  completedAt
    ? { role: { status: 'completed' as const, openedAt: '2030-03-01T08:00:00.000Z', completedAt } }
    : { role: { status: 'in-progress' as const, openedAt: '2030-03-01T08:00:00.000Z' } };

const ana = makeReport(assignment, 'Ana', lesson('2030-03-10T10:00:00.000Z'), {
  role: quizRecord(100, 100, '2030-03-10T11:00:00.000Z'),
});
const boris = makeReport(
  assignment,
  'Boris',
  lesson('2030-03-20T10:00:00.000Z'),
  { role: quizRecord(50, 50, '2030-03-12T11:00:00.000Z') },
  '2030-03-21T00:00:00.000Z',
);
const cveta = makeReport(other, 'Цвета', lesson(), {}, '2030-03-16T09:00:00.000Z');

describe('timing', () => {
  it('ends the due day at midnight in the given time zone', () => {
    expect(new Date(computeDeadline('2030-03-15')).toISOString()).toBe('2030-03-15T23:59:59.999Z');
    // Sofia (UTC+2): midnight local is 21:59:59.999 UTC.
    expect(new Date(computeDeadline('2030-03-15', -120)).toISOString()).toBe('2030-03-15T21:59:59.999Z');
    expect(new Date(computeDeadline('2030-03-15', 300)).toISOString()).toBe('2030-03-16T04:59:59.999Z');
  });

  const deadline = computeDeadline('2030-03-15');
  it.each([
    [{ done: true, time: '2030-03-15T23:59:59.999Z', deadline }, 'on-time'],
    [{ done: true, time: '2030-03-16T00:00:00.000Z', deadline }, 'late'],
    [{ done: true, time: 'garbage', deadline }, 'none'],
    [{ done: true, time: undefined, deadline }, 'none'],
    [{ done: false, deadline, generatedAt: '2030-03-16T00:00:00.000Z' }, 'overdue'],
    [{ done: false, deadline }, 'none'],
    [{ done: true, time: '2030-03-16T00:00:00.000Z' }, 'none'],
  ])('%j → %s', (input, expected) => {
    expect(judgeTimeliness({ generatedAt: '2030-03-14T00:00:00.000Z', ...input })).toBe(expected);
  });
});

describe('addReport', () => {
  it('adds new learners, replaces a learner’s older report, and leaves out duplicates and older ones', () => {
    let { reports, outcome } = addReport([], ana);
    expect(outcome).toBe('added');
    ({ reports, outcome } = addReport(reports, boris));
    expect(outcome).toBe('added');
    ({ reports, outcome } = addReport(reports, ana));
    expect(outcome).toBe('duplicate');
    const anaLater = makeReport(assignment, '  ANA ', {}, {}, '2030-03-15T00:00:00.000Z');
    ({ reports, outcome } = addReport(reports, anaLater));
    expect(outcome).toBe('replaced');
    expect(reports.map((r) => r.learner)).toEqual(['ANA', 'Boris']);
    ({ reports, outcome } = addReport(reports, ana));
    expect(outcome).toBe('older');
    ({ reports, outcome } = addReport(reports, makeReport(other, 'Ana')));
    expect(outcome).toBe('added');
    expect(reports).toHaveLength(3);
  });
});

describe('buildRows', () => {
  const rows = buildRows([ana, boris, cveta]);
  const row = (learner: string, kind: string) => rows.find((r) => r.learner === learner && r.item.kind === kind)!;

  it('makes one row per learner and item, flagging reports for another assignment', () => {
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => !r.sameAssignment).map((r) => r.learner)).toEqual(['Цвета', 'Цвета']);
    expect(row('Цвета', 'lesson').assignmentTitle).toBe('Another class');
  });

  it('judges status, scores and timeliness against each report’s assignment', () => {
    expect(row('Ana', 'lesson')).toMatchObject({ status: 'done', detail: 'completed', timeliness: 'on-time' });
    expect(row('Ana', 'quiz')).toMatchObject({ status: 'done', detail: 'passed', best: 100, timeliness: 'on-time' });
    expect(row('Boris', 'lesson')).toMatchObject({
      status: 'done',
      timeliness: 'late',
      time: '2030-03-20T10:00:00.000Z',
    });
    expect(row('Boris', 'quiz')).toMatchObject({
      status: 'in-progress',
      detail: 'below-pass',
      best: 50,
      timeliness: 'overdue',
    });
    expect(row('Цвета', 'lesson')).toMatchObject({ status: 'in-progress', timeliness: 'overdue' });
    expect(row('Цвета', 'quiz')).toMatchObject({ status: 'not-started', detail: 'not-taken', timeliness: 'overdue' });
  });

  it('uses the instructor’s time zone for the deadline', () => {
    const nearMidnight = makeReport(assignment, 'Dan', lesson('2030-03-15T22:30:00.000Z'));
    expect(buildRows([nearMidnight], () => 0)[0]!.timeliness).toBe('on-time');
    expect(buildRows([nearMidnight], () => -120)[0]!.timeliness).toBe('late');
  });

  it('takes the first report as the reference', () => {
    expect(
      buildRows([cveta, ana])
        .filter((r) => r.sameAssignment)
        .map((r) => r.learner),
    ).toEqual(['Цвета', 'Цвета']);
    expect(buildRows([])).toEqual([]);
  });
});

describe('exportCsv', () => {
  const labels: CsvLabels = {
    header: CSV_COLUMNS.map((c) => c.toUpperCase()),
    itemTitle: (item) => `${item.kind === 'quiz' ? 'Quiz: ' : ''}The role`,
    kind: (kind) => kind,
    detail: (d) => d,
    timeliness: (t) => t,
    yes: 'yes',
    no: 'no',
  };

  it('writes a header and one record per row, with ISO dates and blanks for missing values', () => {
    const csv = exportCsv(buildRows([ana, cveta]), labels, 'en');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => c.toUpperCase()).join(','));
    expect(lines.slice(1)).toEqual([
      `Ana,Week 1: the role,${ana.assignment.id},yes,lesson,role,The role,completed,,,,2030-03-10T10:00:00.000Z,on-time,2030-03-14T10:00:00.000Z`,
      `Ana,Week 1: the role,${ana.assignment.id},yes,quiz,role,Quiz: The role,passed,100,100,1,2030-03-10T11:00:00.000Z,on-time,2030-03-14T10:00:00.000Z`,
      `Цвета,Another class,${other.id},no,lesson,role,The role,in-progress,,,,2030-03-01T08:00:00.000Z,overdue,2030-03-16T09:00:00.000Z`,
      `Цвета,Another class,${other.id},no,quiz,role,Quiz: The role,not-taken,,,0,,overdue,2030-03-16T09:00:00.000Z`,
    ]);
  });

  it('defuses formulas and quotes commas in names', () => {
    const evil = makeReport(assignment, '=HYPERLINK("http://x"), "boss"');
    const csv = exportCsv(buildRows([evil]), labels, 'en');
    expect(csv.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""http://x""), ""boss"""`)).toBe(true);
  });

  it('writes Bulgarian files with ";", translated values and no English words of ours', () => {
    const bg: CsvLabels = {
      ...labels,
      header: CSV_COLUMNS.map((c) => `колона ${c}`),
      kind: (kind) => (kind === 'quiz' ? 'тест' : 'урок'),
      yes: 'да',
      no: 'не',
    };
    const lines = exportCsv(buildRows([ana]), bg, 'bg')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]!.split(';')).toHaveLength(CSV_COLUMNS.length);
    expect(lines[2]!.split(';').slice(3, 5)).toEqual(['да', 'тест']);
    expect(lines[1]).not.toMatch(/,|\blesson\b|\bquiz\b/);
  });
});
