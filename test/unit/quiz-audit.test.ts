import { describe, expect, it } from 'vitest';
import {
  auditCourse,
  chanceOfLongest,
  chanceOfPicking,
  describeViolation,
  keyIsLongest,
  keyIsShortest,
  objectiveViolations,
  textLength,
  usualTrueFalseKey,
  type Rule,
} from '../../src/lib/quiz/audit';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz';

/** A choice question whose options are given as text; the ids are a, b, c… in order. */
function choice(id: string, key: string | string[], ...texts: string[]) {
  const options = texts.map((text, i) => ({
    id: String.fromCharCode(97 + i),
    text,
    explanation: 'Because of the lesson.',
  }));
  return {
    id,
    type: Array.isArray(key) ? 'multiple' : 'single',
    objective: 1,
    prompt: 'Which one?',
    options,
    answer: key,
  };
}

const tf = (id: string, answer: boolean) => ({
  id,
  type: 'truefalse',
  objective: 1,
  prompt: 'A statement.',
  answer,
  explanation: 'Because of the lesson.',
});

const ordering = (id: string) => ({
  id,
  type: 'ordering',
  objective: 1,
  prompt: 'Put them in order.',
  items: [
    { id: 'x', text: 'X' },
    { id: 'y', text: 'Y' },
    { id: 'z', text: 'Z' },
  ],
  explanation: 'Because of the lesson.',
});

/** A bank padded with ordering questions to the schema's minimum of six. */
function bank(lesson: string, ...questions: object[]): QuizBank {
  const padding = Array.from({ length: Math.max(0, 6 - questions.length) }, (_, i) => ordering(`pad-${i}`));
  return QuizBankSchema.parse({ lesson, questions: [...questions, ...padding] });
}

const rules = (banks: QuizBank[]): Rule[] => auditCourse(banks).violations.map((v) => v.rule);

describe('textLength', () => {
  it('counts characters, Cyrillic alike, ignoring surrounding space', () => {
    expect(textLength(' Обхват ')).toBe(6);
    expect(textLength('Reach!')).toBe(6);
  });
});

describe('keyIsLongest and chanceOfLongest', () => {
  const q = bank('l', choice('q', 'b', 'short', 'the longest one', 'medium one')).questions[0]!;

  it('sees a key that is the longest option', () => {
    if (q.type !== 'single') throw new Error('single expected');
    expect(keyIsLongest(q)).toBe(true);
    expect(chanceOfLongest(q.options, new Set(['b']), 1)).toBe(1);
    expect(chanceOfLongest(q.options, new Set(['a']), 1)).toBe(0);
  });

  it('counts a tie for the longest as longest, but gives the strategy only its share of the point', () => {
    const tied = bank('l', choice('q', 'a', 'aaaa', 'bbbb', 'cc')).questions[0]!;
    if (tied.type !== 'single') throw new Error('single expected');
    expect(keyIsLongest(tied)).toBe(true);
    expect(chanceOfLongest(tied.options, new Set(['a']), 1)).toBe(0.5);
  });

  it('picks the k longest for a multi-select, with ties at the cut broken at random', () => {
    const options = bank('l', choice('q', ['a', 'b'], 'aaaaa', 'bbb', 'ccc', 'd')).questions[0]!;
    if (options.type !== 'multiple') throw new Error('multiple expected');
    // "aaaaa" is surely picked; one of the two three-letter options joins it.
    expect(chanceOfLongest(options.options, new Set(['a', 'b']), 2)).toBe(0.5);
    // A right option that is too short to be picked makes the strategy fail.
    expect(chanceOfLongest(options.options, new Set(['a', 'd']), 2)).toBe(0);
  });
});

describe('the reverse cue', () => {
  it('sees a key that is the shortest option and scores picking the shortest, without limiting it', () => {
    const audit = auditCourse([bank('l', choice('s', 'a', 'tiny', 'a longer wrong one', 'another long one'))]);
    const q = audit.banks[0]!;
    expect(q.stats.shortestKey).toBe(1);
    expect(q.stats.shortestPick).toEqual({ sum: 1, count: 1 });
    expect(audit.violations).toEqual([]);
  });

  it('picks the k shortest the same way it picks the k longest', () => {
    const q = bank('l', choice('q', 'c', 'aaaa', 'bbb', 'c')).questions[0]!;
    if (q.type !== 'single') throw new Error('single expected');
    expect(keyIsShortest(q)).toBe(true);
    expect(chanceOfPicking(q.options, new Set(['c']), 1, 'shortest')).toBe(1);
    expect(chanceOfPicking(q.options, new Set(['c']), 1, 'longest')).toBe(0);
  });
});

describe('auditCourse', () => {
  it('reports per bank and for the course', () => {
    const audit = auditCourse([
      bank('one', choice('s1', 'a', 'short', 'much longer wrong'), tf('t1', true), tf('t2', false)),
      bank('two', choice('s2', 'b', 'a wrong one', 'right and long'), choice('m', ['a', 'b'], 'aa', 'bb', 'cccc')),
    ]);
    expect(audit.banks.map((b) => b.lesson)).toEqual(['one', 'two']);
    expect(audit.course).toMatchObject({ questions: 12, singles: 2, longestKey: 1, trueKeys: 1, falseKeys: 1 });
    expect(audit.course.multiCounts).toEqual({ 2: 1 });
    // Right: "short" (5), "right and long" (14), "aa", "bb"; wrong: 17, 11, 4.
    expect(audit.course.rightLength).toEqual({ sum: 5 + 14 + 2 + 2, count: 4 });
    expect(audit.course.wrongLength).toEqual({ sum: 17 + 11 + 4, count: 3 });
  });

  it('scores the test-wise strategy only on questions where a cue can work', () => {
    const audit = auditCourse([
      bank(
        'one',
        choice('s1', 'b', 'x', 'longest'),
        choice('s2', 'a', 'x', 'longest'),
        tf('t1', false),
        tf('t2', false),
      ),
    ]);
    // Longest option: 1 of 2; "false" on both true/false questions; the ordering padding is skipped.
    expect(audit.course.testWise).toEqual({ sum: 3, count: 4 });
    expect(audit.course.testWiseByType.single).toEqual({ sum: 1, count: 2 });
    expect(audit.usualTrueFalseKey).toBe(false);
  });

  it('answers the more common true/false key, and false on a tie', () => {
    expect(usualTrueFalseKey([bank('a', tf('1', true), tf('2', true), tf('3', false))])).toBe(true);
    expect(usualTrueFalseKey([bank('a', tf('1', true), tf('2', false))])).toBe(false);
  });

  it('names bank and question when the right options are longer on average', () => {
    const audit = auditCourse([bank('role', choice('long-key', 'a', 'a long right answer', 'short'))]);
    expect(audit.violations.filter((v) => v.rule === 'right-not-longer').map(describeViolation)).toEqual([
      'role/long-key: right options average 19.0 characters, wrong ones 5.0 [right-not-longer]',
    ]);
  });

  it('accepts right options exactly as long as the wrong ones', () => {
    expect(rules([bank('l', choice('q', 'a', 'same', 'size'))])).not.toContain('right-not-longer');
  });

  it('limits the share of single-choice questions whose key is the longest to a third', () => {
    const fair = (id: string) => choice(id, 'a', 'short', 'longer wrong one');
    const cued = (id: string) => choice(id, 'b', 'short', 'short and right');
    expect(rules([bank('l', cued('c1'), fair('f1'), fair('f2'))])).not.toContain('longest-key-share');
    const broken = auditCourse([bank('l', cued('c1'), cued('c2'), fair('f1'))]).violations;
    const share = broken.find((v) => v.rule === 'longest-key-share');
    expect(share?.bank).toBeNull();
    expect(share?.message).toContain('l/c1, l/c2');
  });

  it('keeps true/false keys between 40 % and 60 % true', () => {
    const keys = (...answers: boolean[]) => bank('l', ...answers.map((a, i) => tf(`t${i}`, a)));
    expect(rules([keys(true, false)])).not.toContain('truefalse-balance');
    expect(rules([keys(true, true, false, false, false)])).not.toContain('truefalse-balance');
    expect(rules([keys(true, false, false, false)])).toContain('truefalse-balance');
    expect(rules([keys(true, true, true, false)])).toContain('truefalse-balance');
  });

  it('wants multi-selects with 2, 3 and 4 right answers, none covering more than half', () => {
    const multi = (id: string, n: number) =>
      choice(
        id,
        ['a', 'b', 'c', 'd'].slice(0, n),
        ...['aa', 'bb', 'cc', 'dd'].slice(0, n),
        'a longer wrong option',
        'another long wrong option',
      );
    const balanced = bank('l', multi('m2', 2), multi('m3', 3), multi('m4', 4), multi('n2', 2));
    expect(rules([balanced])).not.toContain('multi-counts');
    const missingFour = auditCourse([bank('l', multi('m2', 2), multi('m3', 3))]).violations;
    expect(missingFour.map(describeViolation)).toContain('course: no multi-select has 4 right answers [multi-counts]');
    const lopsided = auditCourse([
      bank('l', multi('a', 3), multi('b', 3), multi('c', 3), multi('d', 2), multi('e', 4)),
    ]);
    expect(lopsided.violations.map((v) => v.message)).toContain(
      '3 of 5 multi-selects have 3 right answers (limit 50 %)',
    );
  });

  it('fails when picking the longest option and the usual key reaches the pass mark', () => {
    const cued = (id: string) => choice(id, 'b', 'x', 'longest');
    const strategy = auditCourse([bank('l', cued('c1'), cued('c2'), cued('c3'), cued('c4'), tf('t', false))]);
    expect(strategy.violations.find((v) => v.rule === 'test-wise')?.message).toContain('scores 100 %');
  });

  it('finds nothing wrong with a fair bank', () => {
    const fair = bank(
      'fair',
      choice('s1', 'a', 'short', 'longer wrong one'),
      choice('s2', 'b', 'a long wrong option', 'right one', 'another wrong'),
      choice('s3', 'c', 'wrong option', 'other wrong', 'right'),
      tf('t1', true),
      tf('t2', false),
    );
    expect(auditCourse([fair]).violations).toEqual([]);
  });
});

describe('objectiveViolations', () => {
  const withObjectives = (...objectives: (number | undefined)[]) => {
    const b = bank('lesson', ...objectives.map((o, i) => ({ ...tf(`q${i}`, true), objective: o ?? 1 })));
    // Simulate a bank parsed before `objective` was required.
    objectives.forEach((o, i) => {
      if (o === undefined) delete (b.questions[i] as { objective?: number }).objective;
    });
    return b;
  };

  it('passes when every question has an objective and every objective a question', () => {
    expect(objectiveViolations(withObjectives(1, 2, 3, 3, 2, 1), 3)).toEqual([]);
  });

  it('names the question without an objective and the objective without a question', () => {
    expect(objectiveViolations(withObjectives(1, undefined, 1, 1, 1, 1), 2).map(describeViolation)).toEqual([
      'lesson/q1: no `objective` [objective-missing]',
      'lesson: no question tests objective 2 [objective-untested]',
    ]);
  });

  it('rejects an objective the lesson does not have', () => {
    expect(objectiveViolations(withObjectives(1, 2, 3, 1, 1, 1), 2).map((v) => v.rule)).toEqual(['objective-unknown']);
  });
});
