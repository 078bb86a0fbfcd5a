import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FORMATS, PLATFORMS, STATUSES, type Post } from '../../src/lib/workbench/calendar';
import {
  buildIcs,
  escapeText,
  foldLine,
  formatUtcStamp,
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
};

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
  const ics = buildIcs(postsToEvents(POSTS, labels), {
    now: NOW,
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
    expect(lines).toContain('DTSTART:20250512T093000');
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
    expect(first.startDate.toString()).toBe('2025-05-12T09:30:00');
    expect(first.startDate.zone?.tzid).toBe('floating');
    expect(first.description).toBe('Формат: Формат carousel\nСтатус: Статус scheduled\nОтговорник: Ивана Петрова');
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
    const empty = buildIcs([], { now: NOW, prodId: '-//SMM Academy//Editorial calendar//EN' });
    const calendar = new ICAL.Component(ICAL.parse(empty));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
