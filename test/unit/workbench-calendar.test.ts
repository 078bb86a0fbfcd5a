import { describe, expect, it } from 'vitest';
import {
  buildCalendarCsv,
  buildMonthGrid,
  FORMATS,
  MAX_POSTS,
  monthPrefix,
  parseCalendar,
  PLATFORMS,
  serializeCalendar,
  shiftMonth,
  sortPosts,
  STATUSES,
  validatePost,
  type CalendarCsvLabels,
  type Post,
  type PostDraft,
} from '../../src/lib/workbench/calendar';
import { nextCalendarDate } from '../../src/lib/workbench/ics';
import { isCalendarDate } from '../../src/lib/guards';

const draft = (overrides: Partial<PostDraft> = {}): PostDraft => ({
  date: '2025-05-12',
  time: '09:30',
  platform: 'instagram',
  format: 'carousel',
  topic: 'Spring menu',
  owner: 'Ana',
  status: 'draft',
  ...overrides,
});
const post = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  date: '2025-05-12',
  time: '',
  platform: 'facebook',
  format: 'image',
  topic: 'Topic',
  owner: '',
  status: 'idea',
  ...overrides,
});

describe('dates', () => {
  it.each([
    ['2025-05-12', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-5-1', false],
    ['', false],
    ['12.05.2025', false],
  ])('isCalendarDate(%j) → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
  it.each([
    ['2025-05-12', '2025-05-13'],
    ['2025-02-28', '2025-03-01'],
    ['2024-02-28', '2024-02-29'],
    ['2025-12-31', '2026-01-01'],
  ])('nextCalendarDate(%s) → %s', (date, expected) => {
    expect(nextCalendarDate(date)).toBe(expected);
  });
});

describe('validatePost', () => {
  it('accepts a full post and trims its text', () => {
    expect(validatePost(draft({ topic: '  Spring menu  ', owner: ' Ana ' }))).toEqual({
      ok: true,
      post: {
        date: '2025-05-12',
        time: '09:30',
        platform: 'instagram',
        format: 'carousel',
        topic: 'Spring menu',
        owner: 'Ana',
        status: 'draft',
      },
    });
  });
  it('accepts a post without time or owner', () => {
    expect(validatePost(draft({ time: '', owner: '' })).ok).toBe(true);
  });
  it.each([
    [{ date: '' }, { date: 'date-missing' }],
    [{ date: '2025-02-30' }, { date: 'date-invalid' }],
    [{ date: 'tomorrow' }, { date: 'date-invalid' }],
    [{ date: '1999-12-31' }, { date: 'date-range' }],
    [{ date: '2100-01-01' }, { date: 'date-range' }],
    [{ time: '24:00' }, { time: 'time-invalid' }],
    [{ time: '9:30' }, { time: 'time-invalid' }],
    [{ topic: '   ' }, { topic: 'topic-missing' }],
    [{ topic: 'x'.repeat(201) }, { topic: 'too-long' }],
    [{ owner: 'x'.repeat(81) }, { owner: 'too-long' }],
    [{ platform: 'myspace' }, { platform: 'invalid-choice' }],
    [{ format: '' }, { format: 'invalid-choice' }],
    [{ status: 'done' }, { status: 'invalid-choice' }],
    [
      { date: '', topic: '' },
      { date: 'date-missing', topic: 'topic-missing' },
    ],
  ])('%j is refused with %j', (overrides, errors) => {
    expect(validatePost(draft(overrides))).toEqual({ ok: false, errors });
  });
});

describe('stored calendar', () => {
  it('round-trips posts', () => {
    const posts = [post('a'), post('b', { time: '18:00', owner: 'Ивана', topic: 'Кафе, чай; и още' })];
    expect(parseCalendar(serializeCalendar(posts))).toEqual(posts);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"v":1,"posts":['],
    ['a future version', '{"v":2,"posts":[]}'],
    ['posts not a list', '{"v":1,"posts":{}}'],
    ['a number', '7'],
  ])('gives no posts when the stored value is %s', (_name, stored) => {
    expect(parseCalendar(stored)).toEqual([]);
  });

  it('skips posts that are off, duplicates included, and keeps the rest', () => {
    const good = post('good');
    const stored = JSON.stringify({
      v: 1,
      posts: [
        good,
        { ...post('bad-date'), date: '2025-02-30' },
        { ...post('bad-platform'), platform: 'myspace' },
        { ...post('no-owner'), owner: undefined },
        { ...post('x'), id: '<script>' },
        { ...post('n'), topic: 5 },
        'text',
        null,
        { ...good, topic: 'duplicate id' },
      ],
    });
    expect(parseCalendar(stored)).toEqual([good]);
  });

  it(`keeps at most ${MAX_POSTS} posts`, () => {
    const posts = Array.from({ length: MAX_POSTS + 20 }, (_, i) => post(`p${i}`));
    expect(parseCalendar(serializeCalendar(posts))).toHaveLength(MAX_POSTS);
  });
});

describe('sortPosts', () => {
  it('orders by date, then time (no time first), then topic', () => {
    const posts = [
      post('d', { date: '2025-06-01' }),
      post('c', { time: '18:00' }),
      post('b', { time: '09:00' }),
      post('a2', { topic: 'B' }),
      post('a1', { topic: 'A' }),
    ];
    expect(sortPosts(posts).map((p) => p.id)).toEqual(['a1', 'a2', 'b', 'c', 'd']);
    expect(posts[0]!.id).toBe('d');
  });
});

describe('months', () => {
  it.each([
    [{ year: 2025, month: 5 }, 1, { year: 2025, month: 6 }],
    [{ year: 2025, month: 12 }, 1, { year: 2026, month: 1 }],
    [{ year: 2025, month: 1 }, -1, { year: 2024, month: 12 }],
    [{ year: 2025, month: 3 }, -15, { year: 2023, month: 12 }],
  ])('shiftMonth(%j, %d) → %j', (from, delta, expected) => {
    expect(shiftMonth(from, delta)).toEqual(expected);
  });

  it('pads the month prefix', () => {
    expect(monthPrefix({ year: 2025, month: 5 })).toBe('2025-05');
  });

  it.each([
    // May 2025 starts on a Thursday and has 31 days.
    [{ year: 2025, month: 5 }, 5, [null, null, null, 1, 2, 3, 4], [26, 27, 28, 29, 30, 31, null]],
    // September 2025 starts on a Monday.
    [{ year: 2025, month: 9 }, 5, [1, 2, 3, 4, 5, 6, 7], [29, 30, null, null, null, null, null]],
    // February 2026: 28 days from a Sunday.
    [{ year: 2026, month: 2 }, 5, [null, null, null, null, null, null, 1], [23, 24, 25, 26, 27, 28, null]],
    // February 2021: exactly four weeks from a Monday.
    [{ year: 2021, month: 2 }, 4, [1, 2, 3, 4, 5, 6, 7], [22, 23, 24, 25, 26, 27, 28]],
  ])('buildMonthGrid(%j) has %d Monday-first weeks', (month, weeks, first, last) => {
    const grid = buildMonthGrid(month);
    expect(grid).toHaveLength(weeks);
    expect(grid[0]).toEqual(first);
    expect(grid.at(-1)).toEqual(last);
    expect(grid.every((week) => week.length === 7)).toBe(true);
  });
});

describe('buildCalendarCsv', () => {
  const labels: CalendarCsvLabels = {
    header: ['Date', 'Time', 'Platform', 'Format', 'Topic', 'Owner', 'Status'],
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, `P:${p}`])) as CalendarCsvLabels['platforms'],
    formats: Object.fromEntries(FORMATS.map((f) => [f, `F:${f}`])) as CalendarCsvLabels['formats'],
    statuses: Object.fromEntries(STATUSES.map((s) => [s, `S:${s}`])) as CalendarCsvLabels['statuses'],
  };
  it('writes the posts sorted by date, quoting and defusing text', () => {
    const csv = buildCalendarCsv(
      [
        post('b', { date: '2025-05-20', topic: '=1+1', status: 'published' }),
        post('a', { time: '09:00', topic: 'Лято, "море"', owner: 'Ива', platform: 'x', format: 'story' }),
      ],
      labels,
      'en',
    );
    expect(csv).toBe(
      'Date,Time,Platform,Format,Topic,Owner,Status\r\n' +
        '2025-05-12,09:00,P:x,F:story,"Лято, ""море""",Ива,S:idea\r\n' +
        "2025-05-20,,P:facebook,F:image,'=1+1,,S:published\r\n",
    );
  });

  it('writes Bulgarian CSV with ";" between columns, quoting only what holds a ";"', () => {
    const csv = buildCalendarCsv(
      [post('a', { time: '09:00', topic: 'Лято, море; слънце', owner: 'Ива', platform: 'x', format: 'story' })],
      labels,
      'bg',
    );
    expect(csv).toBe(
      'Date;Time;Platform;Format;Topic;Owner;Status\r\n2025-05-12;09:00;P:x;F:story;"Лято, море; слънце";Ива;S:idea\r\n',
    );
  });
});
