import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_VERSION, decodeAssignment, encodeAssignment } from '../../src/lib/assignments/assignment';
import { encodeItemIds, toItemCode } from '../../src/lib/assignments/item-codes';
import { createAssignment } from '../../src/lib/assignments/draft';
import { computeAssignmentId, hashText } from '../../src/lib/assignments/summary';
import { COURSE_LESSONS, COURSE_QUIZZES, listItems } from '../../src/lib/assignments/items';
import { cleanText, INSTRUCTIONS_MAX, isDueDate, TITLE_MAX } from '../../src/lib/assignments/text';
import { hashString } from '../../src/lib/random';
import { encodeState, MAX_STATE_LENGTH } from '../../src/lib/url-state';
import { makeAssignment, makeLargestAssignment, SCRIPT_STRINGS, seededRandom } from './assignments-fixtures';

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('cleanText', () => {
  it.each([
    ['  padded  ', 10, false, 'padded'],
    ['two\nlines', 20, false, 'two lines'],
    ['two\r\nlines', 20, true, 'two\nlines'],
    ['many\n\n\n\nbreaks', 20, true, 'many\n\nbreaks'],
    ['bell\u0007 and nul\u0000', 20, false, 'bell and nul'],
    ['lone \ud800 surrogate', 30, false, 'lone  surrogate'],
    ['emoji 😀😀', 7, false, 'emoji'],
    ['abcdef', 3, false, 'abc'],
  ])('tidies %j (max %i)', (input, max, multiline, expected) => {
    expect(cleanText(input, max, multiline)).toBe(expected);
  });
});

describe('isDueDate', () => {
  it.each([
    ['2030-02-28', true],
    ['2028-02-29', true],
    ['2030-02-29', false],
    ['2030-13-01', false],
    ['30-01-01', false],
    ['2030-1-1', false],
    [20300101, false],
  ])('%j → %s', (value, expected) => expect(isDueDate(value)).toBe(expected));
});

describe('createAssignment', () => {
  it('tidies the draft: trims, cuts to the limits, keeps known ids in course order', () => {
    const result = createAssignment({
      title: `  ${'T'.repeat(200)}  `,
      instructions: 'Line one\r\nLine two',
      lessons: ['capstone', 'role', 'role', 'nope', '__proto__'],
      quizzes: ['final', 'the-work'],
      due: ' 2030-01-31 ',
      passMark: ' 70 ',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assignment).toMatchObject({
      title: 'T'.repeat(TITLE_MAX),
      instructions: 'Line one\nLine two',
      lessons: ['role', 'capstone'],
      quizzes: ['the-work', 'final'],
      due: '2030-01-31',
      passMark: 70,
    });
    expect(result.assignment.id).toMatch(/^[0-9a-z]+$/);
  });

  it.each([
    [{ title: '   ' }, ['title-missing']],
    [{ lessons: [], quizzes: [] }, ['no-items']],
    [{ lessons: ['unknown'], quizzes: [] }, ['no-items']],
    [{ due: '2030-02-30' }, ['due-invalid']],
    [{ passMark: '0' }, ['pass-mark-invalid']],
    [{ passMark: '101' }, ['pass-mark-invalid']],
    [{ passMark: '7.5' }, ['pass-mark-invalid']],
    [{ passMark: '' }, ['pass-mark-invalid']],
    [
      { title: '', lessons: [], quizzes: [], due: 'x', passMark: 'y' },
      ['title-missing', 'no-items', 'due-invalid', 'pass-mark-invalid'],
    ],
  ])('reports problems for %j', (change, problems) => {
    const result = createAssignment({
      title: 'A',
      instructions: '',
      lessons: ['role'],
      quizzes: [],
      due: '',
      passMark: 80,
      ...change,
    });
    expect(result).toEqual({ ok: false, problems });
  });

  it('gives the same id to the same assignment and a new one when what counts changes', () => {
    const a = makeAssignment();
    expect(makeAssignment().id).toBe(a.id);
    expect(makeAssignment({ due: '2030-03-16' }).id).not.toBe(a.id);
    expect(makeAssignment({ passMark: 79 }).id).not.toBe(a.id);
    expect(makeAssignment({ quizzes: ['role'] }).id).not.toBe(a.id);
    expect(makeAssignment({ title: 'Week 2' }).id).not.toBe(a.id);
  });
});

describe('assignment links', () => {
  it('round-trip, with Cyrillic, quotes and script-like text kept as plain text', () => {
    for (const title of ['Седмица 1: „ролята“', ...SCRIPT_STRINGS.map((s) => cleanText(s, TITLE_MAX))]) {
      if (!title) continue;
      const assignment = makeAssignment({ title, instructions: `${title}\nline two` });
      const hash = encodeAssignment(assignment);
      expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeAssignment(`#${hash}`)).toEqual({ ok: true, version: ASSIGNMENT_VERSION, data: assignment });
    }
  });

  it('keep an assignment without due date or instructions', () => {
    const assignment = makeAssignment({ due: '', instructions: '' });
    expect(assignment.due).toBeUndefined();
    expect(decodeAssignment(encodeAssignment(assignment))).toEqual({
      ok: true,
      version: ASSIGNMENT_VERSION,
      data: assignment,
    });
  });

  it.each(['„', '"', '\\', '😀', '\n', 'я', 'x', '\u2028', '\u0001'])(
    'stay within 2,000 characters for the largest assignment, typed in %j',
    (char) => {
      const assignment = makeLargestAssignment(char);
      const hash = encodeAssignment(assignment);
      expect(hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
      expect(decodeAssignment(hash).ok).toBe(true);
    },
  );

  it('the largest, with instructions and title at their limits, uses most of the budget and leaves room for 20 more lessons', () => {
    const assignment = makeLargestAssignment('„');
    expect(assignment.title.length).toBe(TITLE_MAX);
    expect(assignment.instructions.length).toBe(INSTRUCTIONS_MAX);
    expect(listItems(assignment.lessons, assignment.quizzes)).toHaveLength(COURSE_LESSONS.length * 2 + 1);
    const length = encodeAssignment(assignment).length;
    expect(length).toBeGreaterThan(1500);
    // A lesson adds two codes (lesson and quiz): 6 bytes, 8 characters of base64.
    expect(length + 20 * 8).toBeLessThanOrEqual(MAX_STATE_LENGTH);
  });

  const valid = makeAssignment();
  const wire = (change: Record<string, unknown>) => {
    const data = {
      i: valid.id,
      t: valid.title,
      n: valid.instructions,
      l: valid.lessons,
      q: valid.quizzes,
      p: 80,
      d: valid.due,
      ...change,
    };
    return encodeState('assignment', 1, data);
  };
  // The same assignment in format 2, lessons and quizzes as strings of codes.
  const wire2 = (change: Record<string, unknown>) =>
    encodeState('assignment', 2, {
      i: valid.id,
      t: valid.title,
      n: valid.instructions,
      l: encodeItemIds(valid.lessons),
      q: encodeItemIds(valid.quizzes),
      p: 80,
      d: valid.due,
      ...change,
    });

  it('give every lesson and quiz its own short code', () => {
    const codes = COURSE_QUIZZES.map(toItemCode);
    expect(new Set(codes).size).toBe(COURSE_QUIZZES.length);
    expect(codes.every((code) => /^[0-9a-z]{3}$/.test(code))).toBe(true);
  });

  it('open links made in format 1, with the ids spelled out', () => {
    expect(decodeAssignment(wire({}))).toEqual({ ok: true, version: 1, data: valid });
    expect(decodeAssignment(wire2({}))).toEqual({ ok: true, version: 2, data: valid });
  });

  it.each([
    ['an empty hash', '#', 'empty'],
    ['a truncated link', encodeAssignment(valid).slice(0, 40), 'malformed'],
    ['a huge hash', 'A'.repeat(100_000), 'too-long'],
    ['a report code', encodeState('assignment-report', 1, {}), 'wrong-kind'],
    ['a newer version', encodeState('assignment', ASSIGNMENT_VERSION + 1, {}), 'future-version'],
    ['an edited due date', wire({ d: '2030-04-01' }), 'invalid'],
    ['an edited pass mark', wire({ p: 10 }), 'invalid'],
    ['an unknown lesson', wire({ l: ['role', 'hacking'] }), 'invalid'],
    ['lessons out of order', wire({ l: ['responsibilities', 'role'] }), 'invalid'],
    ['a duplicated lesson', wire({ l: ['role', 'role'] }), 'invalid'],
    ['no items', wire({ l: [], q: [] }), 'invalid'],
    ['a title that is too long', wire({ t: 'x'.repeat(TITLE_MAX + 1) }), 'invalid'],
    ['instructions that are too long', wire({ n: 'x'.repeat(INSTRUCTIONS_MAX + 1) }), 'invalid'],
    ['a control character', wire({ t: 'Week\u0000 1' }), 'invalid'],
    ['a number as title', wire({ t: 42 }), 'invalid'],
    ['a URL in place of a slug', wire({ l: ['https://evil.example/'] }), 'invalid'],
    ['a __proto__ payload', b64url('{"k":"assignment","v":1,"d":{"__proto__":{"t":"x"}}}'), 'invalid'],
    ['a data array', encodeState('assignment', 1, []), 'invalid'],
    ['an unknown code', wire2({ l: `${encodeItemIds(['role'])}zzz` }), 'invalid'],
    ['a cut code', wire2({ l: encodeItemIds(['role']).slice(0, 2) }), 'invalid'],
    ['codes out of order', wire2({ l: encodeItemIds(['responsibilities', 'role']) }), 'invalid'],
    ['slugs in format 2', wire2({ l: ['role'] }), 'invalid'],
  ])('rejects %s with a reason', (_name, hash, reason) => {
    expect(decodeAssignment(hash)).toEqual({ ok: false, reason });
  });
});

describe('assignment link fuzzing', () => {
  const random = seededRandom(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const randomValue = (depth = 0): unknown => {
    const r = random();
    if (depth > 2 || r < 0.3) return pick([null, true, 0, -1, 1e308, 'role', 'final', '2030-01-01', ...SCRIPT_STRINGS]);
    if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(random() * 5) }, () => [
        pick(['i', 't', 'n', 'l', 'q', 'p', 'd', '__proto__']),
        randomValue(depth + 1),
      ]),
    );
  };
  const base = encodeAssignment(makeLargestAssignment('я'));

  it('never throws on 1,500 random links, and accepts only well-formed assignments', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 300; i++) {
      inputs.push(
        Array.from({ length: Math.floor(random() * 300) }, () =>
          String.fromCharCode(Math.floor(random() * 0xffff)),
        ).join(''),
      );
      const bytes = Uint8Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256));
      inputs.push(
        btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, ''),
      );
      inputs.push(encodeState('assignment', 1, randomValue()));
      const chars = base.split('');
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++)
        chars[Math.floor(random() * chars.length)] = pick(['A', '-', '_', 'z', '0']);
      inputs.push(chars.join(''));
      inputs.push(pick(SCRIPT_STRINGS).repeat(1 + Math.floor(random() * 5000)));
    }
    expect(inputs.length).toBeGreaterThanOrEqual(1500);
    let accepted = 0;
    for (const input of inputs) {
      let result: ReturnType<typeof decodeAssignment> | undefined;
      expect(() => (result = decodeAssignment(input)), input.slice(0, 60)).not.toThrow();
      if (result?.ok) {
        accepted++;
        const { data } = result;
        expect(data.lessons.every((slug) => (COURSE_LESSONS as readonly string[]).includes(slug))).toBe(true);
        expect(computeAssignmentId(data)).toBe(data.id);
      }
    }
    // Only the mutated copies of a real link can get through (a flip that leaves the JSON intact).
    expect(accepted).toBeLessThan(300);
  });
});

describe('assignment ids', () => {
  it('are the same FNV-1a hash as src/lib/random.ts, pinned so published links keep working', () => {
    const fields = { title: 'Week 1', lessons: ['role'], quizzes: ['final'], due: '2030-01-31', passMark: 80 };
    const text = JSON.stringify(['Week 1', ['role'], ['final'], '2030-01-31', 80]);
    expect(computeAssignmentId(fields)).toBe(hashString(text).toString(36));
    expect(computeAssignmentId(fields)).toBe('d4jg8o');
  });

  it('share their hash with the item codes, which must not change either', () => {
    for (const id of [...COURSE_QUIZZES, '', 'Мария', '\u{1F600}']) expect(hashText(id)).toBe(hashString(id));
  });
});
