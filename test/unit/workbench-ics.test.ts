import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FORMATS, PLATFORMS, STATUSES, type Post } from '../../src/lib/workbench/calendar';
import {
  buildIcs,
  escapeText,
  foldLine,
  formatUtcStamp,
  POST_MINUTES,
  postsToEvents,
  type CalendarIcsLabels,
} from '../../src/lib/workbench/ics';

const octets = (line: string) => new TextEncoder().encode(line).length;
const NOW = new Date('2025-04-30T08:05:09.123Z');

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
    ['\\,;', '\\\\\\,\\;'],
    ['Кафе, чай', 'Кафе\\, чай'],
  ])('%j → %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe('foldLine', () => {
  it.each([
    ['short ASCII', 'SUMMARY:hello', 1],
    ['exactly 75 octets', 'X'.repeat(75), 1],
    ['76 octets', 'X'.repeat(76), 2],
    ['long ASCII', `SUMMARY:${'a'.repeat(300)}`, 5],
    ['Cyrillic (2 octets each)', `SUMMARY:${'Ж'.repeat(100)}`, 3],
    ['emoji (4 octets each)', `SUMMARY:${'🎉'.repeat(40)}`, 3],
  ])('%s: no line over 75 octets, no character split, unfolds back', (_name, line, count) => {
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines).toHaveLength(count);
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of lines.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded).not.toContain('\uFFFD');
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('formatUtcStamp', () => {
  it('writes a UTC date-time without separators or milliseconds', () => {
    expect(formatUtcStamp(NOW)).toBe('20250430T080509Z');
  });
});

const labels: CalendarIcsLabels = {
  platforms: Object.fromEntries(
    PLATFORMS.map((p) => [p, p === 'x' ? 'X (Twitter)' : p[0]!.toUpperCase() + p.slice(1)]),
  ) as CalendarIcsLabels['platforms'],
  formats: Object.fromEntries(FORMATS.map((f) => [f, `Формат ${f}`])) as CalendarIcsLabels['formats'],
  statuses: Object.fromEntries(STATUSES.map((s) => [s, `Статус ${s}`])) as CalendarIcsLabels['statuses'],
  format: 'Формат',
  status: 'Статус',
  owner: 'Отговорник',
  time: 'Планиран час: {{time}} ({{zone}})',
};
const ZONE = 'Europe/Sofia';

const POSTS: Post[] = [
  {
    id: '3f1c2b7e-1111-4a4a-8c8c-000000000001',
    date: '2025-05-12',
    time: '09:30',
    platform: 'instagram',
    format: 'carousel',
    topic: 'Пролетно меню: кафе, чай; и „десерти“ \\ нови',
    owner: 'Ивана Петрова',
    status: 'scheduled',
  },
  {
    id: 'p2',
    date: '2025-05-31',
    time: '',
    platform: 'x',
    format: 'text',
    topic: `Line one\nline two, with a very long tail ${'— дълъг текст '.repeat(12)}🎉`,
    owner: '',
    status: 'idea',
  },
];

describe('buildIcs', () => {
  const ics = buildIcs(postsToEvents(POSTS, labels, ZONE), {
    now: NOW,
    timeZone: ZONE,
    prodId: '-//SMM Academy//Editorial calendar//BG',
    name: 'Редакционен календар',
  });

  it('uses CRLF line ends only and folds every line to 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('opens with the calendar header and one VEVENT per post', () => {
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//SMM Academy//Editorial calendar//BG',
    ]);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    // 09:30 in Sofia in May (EEST, UTC+3) is 06:30 UTC; a post lasts half an hour.
    expect(lines).toContain('DTSTART:20250512T063000Z');
    expect(lines).toContain('DTEND:20250512T070000Z');
    expect(lines).toContain('X-WR-TIMEZONE:Europe/Sofia');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250531');
    expect(lines).toContain('DTEND;VALUE=DATE:20250601');
    expect(lines.filter((line) => line === 'DTSTAMP:20250430T080509Z')).toHaveLength(2);
  });

  it('parses with ical.js and round-trips every event, Cyrillic and special characters included', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//SMM Academy//Editorial calendar//BG');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Редакционен календар');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);

    const [first, second] = events as [ICAL.Event, ICAL.Event];
    expect(first.uid).toBe('3f1c2b7e-1111-4a4a-8c8c-000000000001@smm-academy');
    expect(first.summary).toBe('Instagram: Пролетно меню: кафе, чай; и „десерти“ \\ нови');
    expect(first.startDate.isDate).toBe(false);
    expect(first.startDate.toString()).toBe('2025-05-12T06:30:00Z');
    expect(first.startDate.zone?.tzid).toBe('UTC');
    expect(first.duration.toSeconds()).toBe(POST_MINUTES * 60);
    expect(first.description).toBe(
      'Формат: Формат carousel\nСтатус: Статус scheduled\nОтговорник: Ивана Петрова\nПланиран час: 09:30 (Europe/Sofia)',
    );
    expect(first.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first.component.getFirstPropertyValue('categories')).toBe('Instagram');
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-04-30T08:05:09Z');

    expect(second.uid).toBe('p2@smm-academy');
    expect(second.summary).toBe(`X (Twitter): ${POSTS[1]!.topic}`);
    expect(second.startDate.isDate).toBe(true);
    expect(second.startDate.toString()).toBe('2025-05-31');
    expect(second.endDate.toString()).toBe('2025-06-01');
    expect(second.description).toBe('Формат: Формат text\nСтатус: Статус idea');
    expect(second.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('writes a valid empty calendar when there are no posts', () => {
    const empty = buildIcs([], { now: NOW, timeZone: 'UTC', prodId: '-//SMM Academy//Editorial calendar//EN' });
    const calendar = new ICAL.Component(ICAL.parse(empty));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

/** The wall-clock time a reader in `timeZone` sees for an event's start. */
const seenIn = (event: ICAL.Event, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    event.startDate.toJSDate(),
  );

describe('timed posts in a shared calendar', () => {
  const timed = (date: string, time: string): Post => ({ ...POSTS[0]!, id: `${date}-${time}`, date, time });
  const parse = (posts: Post[], timeZone: string) => {
    const ics = buildIcs(postsToEvents(posts, labels, timeZone), { now: NOW, timeZone, prodId: '-//t//EN' });
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it.each([
    // Sofia: UTC+2 in winter, UTC+3 from the last Sunday of March (30 March 2025, 03:00 → 04:00).
    ['Europe/Sofia', '2025-01-15', '09:30', '2025-01-15T07:30:00Z'],
    ['Europe/Sofia', '2025-03-29', '09:30', '2025-03-29T07:30:00Z'],
    ['Europe/Sofia', '2025-03-30', '09:30', '2025-03-30T06:30:00Z'],
    ['Europe/Sofia', '2025-10-26', '09:30', '2025-10-26T07:30:00Z'],
    ['Europe/London', '2025-07-01', '18:00', '2025-07-01T17:00:00Z'],
    ['America/New_York', '2025-03-08', '09:30', '2025-03-08T14:30:00Z'],
    ['America/New_York', '2025-03-09', '09:30', '2025-03-09T13:30:00Z'],
    ['Asia/Kolkata', '2025-05-12', '00:15', '2025-05-11T18:45:00Z'],
    ['UTC', '2025-05-12', '23:59', '2025-05-12T23:59:00Z'],
  ])('%s %s %s starts at %s, lasts half an hour and names its zone', (zone, date, time, utc) => {
    const [event] = parse([timed(date, time)], zone);
    expect(event!.startDate.toString()).toBe(utc);
    expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBe(POST_MINUTES * 60_000);
    expect(event!.description).toContain(`${time} (${zone})`);
    // The planner's own clock shows the time they typed…
    expect(seenIn(event!, zone).slice(-5)).toBe(time);
  });

  it('is the same moment for a colleague elsewhere, not the same clock time', () => {
    const [event] = parse([timed('2025-05-12', '09:30')], 'Europe/Sofia');
    expect(seenIn(event!, 'Europe/Sofia')).toBe('12/05/2025, 09:30');
    expect(seenIn(event!, 'Europe/London')).toBe('12/05/2025, 07:30');
    expect(seenIn(event!, 'America/New_York')).toBe('12/05/2025, 02:30');
  });

  it('leaves posts without a time as all-day events, which no zone moves', () => {
    const [event] = parse([timed('2025-05-12', '')], 'America/New_York');
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2025-05-12');
    expect(event!.description).not.toContain('America/New_York');
  });
});
