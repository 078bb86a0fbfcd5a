import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/lib/assignments/assignment';
import { decodeReport } from '../../src/lib/assignments/report-decode';
import {
  assessItem,
  encodeReportCode,
  MAX_REPORT_LENGTH,
  passMarkFor,
  type Report,
} from '../../src/lib/assignments/report';
import { encodeReportFile, summariseReport } from '../../src/lib/assignments/report-build';
import { FINAL_PASS_MARK } from '../../src/lib/quiz/score';
import { encodeState } from '../../src/lib/url-state';
import {
  makeAssignment,
  makeLargestAssignment,
  makeReport,
  quizRecord,
  SCRIPT_STRINGS,
  seededRandom,
} from './assignments-fixtures';

const assignment = makeAssignment();
const done = makeReport(
  assignment,
  'Мария Петрова',
  {
    role: { status: 'completed', openedAt: '2030-03-01T09:00:00.000Z', completedAt: '2030-03-01T09:40:00.000Z' },
    responsibilities: { status: 'in-progress', openedAt: '2030-03-02T09:00:00.000Z' },
  },
  { role: quizRecord(90, 70, '2030-03-03T12:00:00.000Z', 3), final: quizRecord(60, 60, '2030-03-04T12:00:00.000Z') },
);
const wire = (change: (d: any) => void) => {
  const data = structuredClone(done) as any;
  change(data);
  return encodeState('assignment-report', 1, data);
};

describe('buildReport', () => {
  it('records every assigned item in course order, from lesson progress and quiz records', () => {
    expect(done.learner).toBe('Мария Петрова');
    expect(done.generatedAt).toBe('2030-03-14T10:00:00.000Z');
    expect(done.assignment).not.toHaveProperty('instructions');
    expect(done.items).toEqual([
      {
        kind: 'lesson',
        id: 'role',
        status: 'completed',
        openedAt: '2030-03-01T09:00:00.000Z',
        completedAt: '2030-03-01T09:40:00.000Z',
      },
      { kind: 'quiz', id: 'role', attempts: 3, best: 90, last: 70, lastAt: '2030-03-03T12:00:00.000Z' },
      { kind: 'lesson', id: 'responsibilities', status: 'in-progress', openedAt: '2030-03-02T09:00:00.000Z' },
      { kind: 'quiz', id: 'final', attempts: 1, best: 60, last: 60, lastAt: '2030-03-04T12:00:00.000Z' },
    ]);
  });

  it('tidies the name and leaves out times that do not fit the status', () => {
    const report = makeReport(assignment, '  Ivan\n\u0000Ivanov  ', {
      role: { status: 'in-progress', openedAt: 'yesterday', completedAt: '2030-01-01T00:00:00Z' },
    });
    expect(report.learner).toBe('Ivan Ivanov');
    expect(report.items[0]).toEqual({ kind: 'lesson', id: 'role', status: 'in-progress' });
  });

  it('says how many items are done against the pass mark', () => {
    expect(summariseReport(done)).toEqual({ done: 2, total: 4, complete: false });
    expect(assessItem(done.items[1]!, 80)).toEqual({
      status: 'done',
      detail: 'passed',
      time: '2030-03-03T12:00:00.000Z',
    });
    expect(assessItem(done.items[1]!, 95)).toEqual({
      status: 'in-progress',
      detail: 'below-pass',
      time: '2030-03-03T12:00:00.000Z',
    });
    expect(assessItem(done.items[2]!, 80)).toMatchObject({ status: 'in-progress', detail: 'in-progress' });
    expect(assessItem({ kind: 'quiz', id: 'role', attempts: 0 }, 80)).toEqual({
      status: 'not-started',
      detail: 'not-taken',
    });
    expect(assessItem({ kind: 'lesson', id: 'role', status: 'not-started' }, 80)).toEqual({
      status: 'not-started',
      detail: 'not-started',
    });
  });
});

describe('pass marks: the assignment’s for lesson quizzes, FINAL_PASS_MARK for the final assessment', () => {
  const lenient = makeAssignment({ passMark: 70 });
  const record = {
    ...quizRecord(75, 75, '2030-03-10T12:00:00.000Z'),
    bests: [{ percent: 75, at: '2030-03-10T12:00:00.000Z' }],
  };
  const report = makeReport(lenient, 'Ana', {}, { role: record, final: record });
  const [, lessonQuiz, , final] = report.items;

  it('passes a lesson quiz at 75 % when the assignment asks for 70 %', () => {
    expect(passMarkFor('role', 70)).toBe(70);
    expect(lessonQuiz).toMatchObject({ id: 'role', passedAt: '2030-03-10T12:00:00.000Z' });
    expect(assessItem(lessonQuiz!, lenient.passMark)).toMatchObject({ status: 'done', detail: 'passed' });
  });

  it('does not pass the final assessment at 75 %, whatever the assignment says', () => {
    expect(passMarkFor('final', 70)).toBe(FINAL_PASS_MARK);
    expect(final).toMatchObject({ id: 'final', best: 75 });
    expect(final).not.toHaveProperty('passedAt');
    expect(assessItem(final!, lenient.passMark)).toMatchObject({ status: 'in-progress', detail: 'below-pass' });
    expect(summariseReport(report)).toEqual({ done: 1, total: 4, complete: false });
  });
});

describe('a quiz passed on time and retaken later', () => {
  const passedThenRetaken = {
    ...quizRecord(90, 60, '2030-03-20T12:00:00.000Z', 2),
    bests: [{ percent: 90, at: '2030-03-05T12:00:00.000Z' }],
  };
  const report = makeReport(assignment, 'Ana', {}, { role: passedThenRetaken });
  const item = report.items[1]!;

  it('is dated by its first pass, not by the retake', () => {
    expect(item).toMatchObject({
      kind: 'quiz',
      passedAt: '2030-03-05T12:00:00.000Z',
      lastAt: '2030-03-20T12:00:00.000Z',
    });
    expect(assessItem(item, assignment.passMark)).toEqual({
      status: 'done',
      detail: 'passed',
      time: '2030-03-05T12:00:00.000Z',
    });
  });

  it('keeps the first pass through a report code, and refuses one dated after the latest attempt', () => {
    const decoded = decodeReport(encodeReportCode(report));
    expect(decoded.ok && decoded.report.items[1]).toEqual(item);
    const tampered = structuredClone(report) as any;
    tampered.items[1].passedAt = '2030-03-21T12:00:00.000Z';
    expect(decodeReport(encodeState('assignment-report', 1, tampered)).ok).toBe(false);
  });

  it('has no first pass when the pass mark was never reached', () => {
    const below = makeReport(
      assignment,
      'Ana',
      {},
      { role: { ...passedThenRetaken, best: 70, bests: [{ percent: 70, at: '2030-03-05T12:00:00.000Z' }] } },
    );
    expect(below.items[1]).not.toHaveProperty('passedAt');
  });
});

describe('report codes and files', () => {
  it('round-trip as a compact code and as a readable JSON file', () => {
    const code = encodeReportCode(done);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeReport(code)).toEqual({ ok: true, report: done });
    expect(decodeReport(`  ${code}\n`)).toEqual({ ok: true, report: done });
    const file = encodeReportFile(done);
    expect(JSON.parse(file)).toMatchObject({ k: 'assignment-report', v: 1, d: { learner: 'Мария Петрова' } });
    expect(decodeReport(`\uFEFF${file}`)).toEqual({ ok: true, report: done });
  });

  it('keeps script-like names as plain text', () => {
    for (const name of SCRIPT_STRINGS) {
      const report = makeReport(assignment, name);
      const decoded = decodeReport(encodeReportCode(report));
      if (report.learner) expect(decoded).toEqual({ ok: true, report });
      else expect(decoded).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('stays far below the length limit for the largest assignment', () => {
    const big = makeLargestAssignment('„');
    const report = makeReport(big, 'Я'.repeat(200));
    expect(encodeReportFile(report).length).toBeLessThan(MAX_REPORT_LENGTH / 2);
    expect(decodeReport(encodeReportCode(report)).ok).toBe(true);
  });

  it.each([
    ['an empty paste', '  \n ', 'empty'],
    ['a huge paste', 'A'.repeat(MAX_REPORT_LENGTH + 1), 'too-long'],
    ['a truncated code', encodeReportCode(done).slice(0, 100), 'malformed'],
    ['broken JSON', '{"k":"assignment-report",', 'malformed'],
    ['random text', 'hello world', 'malformed'],
    [
      'an assignment link',
      `https://example.org/instructors/assignment/#${encodeAssignment(assignment)}`,
      'assignment-link',
    ],
    ['another kind of code', encodeState('checklist', 1, {}), 'wrong-kind'],
    ['a newer version', encodeState('assignment-report', 2, {}), 'future-version'],
    ['a version that is not a number', '{"k":"assignment-report","v":"1","d":{}}', 'malformed'],
    ['an edited pass mark', wire((d) => (d.assignment.passMark = 10)), 'invalid'],
    ['an edited due date', wire((d) => (d.assignment.due = '2031-01-01')), 'invalid'],
    ['an added item', wire((d) => d.items.push({ kind: 'lesson', id: 'capstone', status: 'completed' })), 'invalid'],
    ['a removed item', wire((d) => d.items.pop()), 'invalid'],
    ['swapped items', wire((d) => d.items.reverse()), 'invalid'],
    ['an unknown status', wire((d) => (d.items[0].status = 'done')), 'invalid'],
    [
      'a completion date on a lesson not started',
      wire((d) => (d.items[2].completedAt = '2030-01-01T00:00:00Z')),
      'invalid',
    ],
    ['a last score above the best', wire((d) => (d.items[1].last = 100)), 'invalid'],
    ['a score over 100', wire((d) => (d.items[1].best = 150)), 'invalid'],
    ['a score without attempts', wire((d) => (d.items[1].attempts = 0)), 'invalid'],
    ['a bad date', wire((d) => (d.items[1].lastAt = 'tomorrow')), 'invalid'],
    ['no learner name', wire((d) => (d.learner = '')), 'invalid'],
    ['markup in a slug', wire((d) => (d.items[0].id = '<img src=x onerror=alert(1)>')), 'invalid'],
    ['a link in place of a slug', wire((d) => (d.assignment.lessons[0] = 'https://evil.example/')), 'invalid'],
    ['a __proto__ item', wire((d) => (d.items[0] = JSON.parse('{"__proto__":{"kind":"lesson"}}'))), 'invalid'],
    ['a null report', encodeState('assignment-report', 1, null), 'invalid'],
  ])('rejects %s with a reason', (_name, input, reason) => {
    expect(decodeReport(input)).toEqual({ ok: false, reason });
  });
});

describe('report fuzzing', () => {
  const random = seededRandom(424242);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const code = encodeReportCode(done);
  const file = encodeReportFile(done);

  function mutateJson(report: Report): string {
    const data = structuredClone(report) as any;
    const targets: [any, string][] = [
      [data, 'learner'],
      [data, 'generatedAt'],
      [data.assignment, 'title'],
      [data.assignment, 'passMark'],
      [data.assignment, 'quizzes'],
      [data.items[0], 'status'],
      [data.items[1], 'best'],
      [data.items[1], 'lastAt'],
      [data, 'items'],
      [data, '__proto__'],
    ];
    const [object, key] = pick(targets);
    object[key] = pick([
      null,
      -1,
      101,
      0.5,
      [],
      {},
      '',
      'x'.repeat(5000),
      ...SCRIPT_STRINGS,
      { __proto__: { polluted: 1 } },
    ]);
    return JSON.stringify({ k: 'assignment-report', v: 1, d: data });
  }

  it('never throws on 2,000 random reports and never pollutes prototypes', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 400; i++) {
      inputs.push(
        Array.from({ length: Math.floor(random() * 500) }, () =>
          String.fromCharCode(Math.floor(random() * 0xffff)),
        ).join(''),
      );
      const bytes = Uint8Array.from({ length: Math.floor(random() * 2000) }, () => Math.floor(random() * 256));
      inputs.push(
        btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_'),
      );
      const chars = (random() < 0.5 ? code : file).split('');
      for (let m = 0; m < 1 + Math.floor(random() * 4); m++)
        chars[Math.floor(random() * chars.length)] = pick(['A', '"', '{', '9', ',']);
      inputs.push(chars.join(''));
      inputs.push(mutateJson(done));
      inputs.push(pick(SCRIPT_STRINGS).repeat(1 + Math.floor(random() * 4000)));
    }
    expect(inputs.length).toBeGreaterThanOrEqual(2000);
    for (const input of inputs) {
      let result: ReturnType<typeof decodeReport> | undefined;
      expect(() => (result = decodeReport(input)), input.slice(0, 60)).not.toThrow();
      if (result?.ok) {
        expect(result.report.items.length).toBe(
          result.report.assignment.lessons.length + result.report.assignment.quizzes.length,
        );
        expect(result.report.learner.length).toBeGreaterThan(0);
      }
    }
    expect(({} as any).polluted).toBeUndefined();
  });
});
