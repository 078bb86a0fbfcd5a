import { describe, expect, it } from 'vitest';
import { buildMatrix, median, sortMatrix, type MatrixRow } from '../../src/lib/assignments/matrix';
import { buildRows } from '../../src/lib/assignments/results';
import { classScope, findVersions } from '../../src/lib/assignments/versions';
import { makeAssignment, makeReport, quizRecord } from './assignments-fixtures';

// Due 2030-03-15: a lesson and its quiz.
const week1 = makeAssignment({ lessons: ['role'], quizzes: ['role'], passMark: 70 });
const completed = (at: string) => ({
  role: { status: 'completed' as const, openedAt: '2030-03-01T08:00:00.000Z', completedAt: at },
});

const ana = makeReport(week1, 'Ana', completed('2030-03-10T10:00:00.000Z'), {
  role: quizRecord(90, 90, '2030-03-10T11:00:00.000Z'),
});
const boris = makeReport(
  week1,
  'Boris',
  completed('2030-03-20T10:00:00.000Z'),
  {
    role: quizRecord(50, 50, '2030-03-12T11:00:00.000Z'),
  },
  '2030-03-21T00:00:00.000Z',
);
const cveta = makeReport(week1, 'Цвета', {}, { role: quizRecord(80, 80, '2030-03-11T11:00:00.000Z') });
const dan = makeReport(week1, 'Dan');
const other = makeReport(makeAssignment({ title: 'Another class' }), 'Eva');
const names = (rows: MatrixRow[]) => rows.map((row) => row.learner);

describe('median', () => {
  it.each([
    [[], undefined],
    [[70], 70],
    [[90, 50], 70],
    [[50, 90, 80], 80],
    [[100, 0, 75, 80], 77.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('buildMatrix', () => {
  const matrix = buildMatrix(buildRows([ana, boris, other, cveta, dan]));

  it('has one row per learner of the class and one column per item, in course order', () => {
    expect(matrix.items).toEqual([
      { kind: 'lesson', id: 'role' },
      { kind: 'quiz', id: 'role' },
    ]);
    expect(names(matrix.rows)).toEqual(['Ana', 'Boris', 'Цвета', 'Dan']);
    expect(matrix.rows.every((row) => row.cells.length === 2)).toBe(true);
  });

  it('sums up each learner: done x of y and late items', () => {
    expect(matrix.rows.map(({ done, total, late }) => [done, total, late])).toEqual([
      [2, 2, 0],
      [1, 2, 2], // the lesson finished late, the quiz below the pass mark after the due date
      [1, 2, 0],
      [0, 2, 0],
    ]);
    expect(matrix.rows[1]!.cells[1]).toMatchObject({ detail: 'below-pass', best: 50, timeliness: 'overdue' });
  });

  it('sums up each item: how many passed, and the median best score of those who took it', () => {
    expect(matrix.summary).toEqual([
      { done: 2, of: 4, median: undefined },
      { done: 2, of: 4, median: 80 },
    ]);
  });

  it('scales to a class of 25 learners and 8 items', () => {
    const big = makeAssignment({
      lessons: ['role', 'responsibilities', 'neighbouring-roles', 'the-work'],
      quizzes: ['role', 'responsibilities', 'the-work', 'final'],
    });
    const reports = Array.from({ length: 25 }, (_, n) => makeReport(big, `Learner ${n + 1}`));
    const wide = buildMatrix(buildRows(reports));
    expect([wide.rows.length, wide.items.length]).toEqual([25, 8]);
    expect(wide.summary.every((column) => column.of === 25 && column.done === 0)).toBe(true);
  });
});

describe('sortMatrix', () => {
  const matrix = buildMatrix(buildRows([boris, dan, ana, cveta]));
  it.each([
    ['learner', 'ascending', ['Ana', 'Boris', 'Dan', 'Цвета']],
    ['learner', 'descending', ['Цвета', 'Dan', 'Boris', 'Ana']],
    ['done', 'descending', ['Ana', 'Boris', 'Цвета', 'Dan']],
    ['late', 'descending', ['Boris', 'Ana', 'Dan', 'Цвета']],
    ['quiz:role', 'descending', ['Ana', 'Цвета', 'Boris', 'Dan']],
    ['lesson:role', 'ascending', ['Dan', 'Цвета', 'Ana', 'Boris']],
  ] as const)('by %s, %s', (key, direction, expected) => {
    expect(names(sortMatrix(matrix, { key, direction }))).toEqual(expected);
  });

  it('does not change the matrix', () => {
    sortMatrix(matrix, { key: 'done', direction: 'ascending' });
    expect(names(matrix.rows)).toEqual(['Boris', 'Dan', 'Ana', 'Цвета']);
  });
});

describe('versions of an assignment', () => {
  // The instructor moved the due date: same title, new id.
  const later = makeAssignment({ lessons: ['role'], quizzes: ['role'], passMark: 70, due: '2030-03-31' });
  const undated = makeAssignment({ lessons: ['role'], quizzes: ['role'], passMark: 70, due: '' });
  const borisLater = makeReport(later, 'Boris', completed('2030-03-20T10:00:00.000Z'), {}, '2030-03-21T00:00:00.000Z');
  const reports = [ana, borisLater, other, makeReport(later, 'Dan'), makeReport(undated, 'Fay')];

  it('are found by title, oldest due date first, with their report counts', () => {
    expect(later.id).not.toBe(week1.id);
    expect(findVersions(reports).map((v) => [v.assignment.due, v.reports])).toEqual([
      [undefined, 1],
      ['2030-03-15', 1],
      ['2030-03-31', 2],
    ]);
    expect(findVersions([ana, other])).toEqual([]);
  });

  it('stay apart until merged: other versions are not in the class', () => {
    const scope = classScope(reports, [])!;
    expect(scope.reference).toBe(ana.assignment);
    expect(names(buildMatrix(buildRows(reports, () => 0, scope)).rows)).toEqual(['Ana']);
  });

  it('once merged, count as the newest version, whose due date judges every report', () => {
    const merged = findVersions(reports).map((v) => v.assignment.id);
    const scope = classScope(reports, merged)!;
    expect(scope.reference.id).toBe(later.id);
    const rows = buildRows(reports, () => 0, scope);
    expect(names(buildMatrix(rows).rows)).toEqual(['Ana', 'Boris', 'Dan', 'Fay']);
    // Boris finished on 20 March: late for the first version, on time for the newest.
    expect(rows.find((r) => r.learner === 'Boris')).toMatchObject({ timeliness: 'on-time', sameAssignment: true });
    expect(rows.filter((r) => r.learner === 'Eva').every((r) => !r.sameAssignment)).toBe(true);
  });

  it('ignore merged ids that do not include the class’s own assignment', () => {
    expect(classScope(reports, [later.id, undated.id])!.members).toEqual(new Set([week1.id]));
  });
});
