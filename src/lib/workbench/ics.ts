/**
 * iCalendar (RFC 5545) export of the editorial calendar, so that the plan opens in Google
 * Calendar, Outlook or Apple Calendar. A post with a time is an instant: the learner's 09:30 in
 * their own time zone is written in UTC, with the zone named, so a calendar shared with a team
 * elsewhere shows it at the same moment rather than at 09:30 of each reader's clock. Posts
 * without a time are all-day events, which belong to no zone.
 */
import { fillTemplate } from '../format';
import type { Format, Platform, Post, Status } from './calendar';

/** How long a timed post's event lasts: long enough to show as a block in a day view. */
export const POST_MINUTES = 30;

/** The day after a calendar date (YYYY-MM-DD), in the same form. */
export function nextCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** How far `timeZone`'s clocks are ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` (an IANA name such as "Europe/Sofia") show a calendar
 * date and an HH:MM time. The offset is looked up twice, so a date on the other side of a
 * daylight-saving change from its first guess still comes out right.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(guess, timeZone));
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line so that no line is longer than 75 octets of UTF-8 (RFC 5545 §3.1).
 * Continuation lines start with a space; a character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A UTC date-time as iCalendar writes it: 20250512T083000Z. */
export const formatUtcStamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface IcsEvent {
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, or empty for an all-day event. */
  time: string;
  summary: string;
  description?: string;
  categories?: string;
  status?: 'TENTATIVE' | 'CONFIRMED';
}

export interface IcsOptions {
  /** Time of the export, written as every event's DTSTAMP. */
  now: Date;
  /** The IANA time zone the times were planned in, e.g. "Europe/Sofia" (the learner's device's). */
  timeZone: string;
  /** Names the product that wrote the file, e.g. "-//SMM Academy//Editorial calendar//EN". */
  prodId: string;
  /** Shown by some apps as the calendar's name (X-WR-CALNAME). */
  name?: string;
}

/** A complete iCalendar document with one VEVENT per event, CRLF line ends, folded lines. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const stamp = formatUtcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.prodId)}`, 'CALSCALE:GREGORIAN'];
  lines.push('METHOD:PUBLISH');
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  // Names the zone the plan was made in; the times themselves are UTC, so no reader depends on it.
  lines.push(`X-WR-TIMEZONE:${escapeText(options.timeZone)}`);
  for (const event of events) {
    const day = event.date.replace(/-/g, '');
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`);
    if (event.time) {
      const start = zonedTimeToInstant(event.date, event.time, options.timeZone);
      const end = new Date(start.getTime() + POST_MINUTES * 60_000);
      lines.push(`DTSTART:${formatUtcStamp(start)}`, `DTEND:${formatUtcStamp(end)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextCalendarDate(event.date).replace(/-/g, '')}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories) lines.push(`CATEGORIES:${escapeText(event.categories)}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface CalendarIcsLabels {
  platforms: Record<Platform, string>;
  formats: Record<Format, string>;
  statuses: Record<Status, string>;
  /** Labels of the description lines: format, status and owner. */
  format: string;
  status: string;
  owner: string;
  /** The planned time as the learner set it, with {{time}} and {{zone}}: "Planned for 09:30 (Europe/Sofia)". */
  time: string;
}

/**
 * The posts as calendar events: "Instagram: topic", with format, status, owner and, for a timed
 * post, the time as planned in `timeZone` described.
 */
export function postsToEvents(posts: readonly Post[], labels: CalendarIcsLabels, timeZone: string): IcsEvent[] {
  return posts.map((post) => ({
    uid: `${post.id}@smm-academy`,
    date: post.date,
    time: post.time,
    summary: `${labels.platforms[post.platform]}: ${post.topic}`,
    description: [
      `${labels.format}: ${labels.formats[post.format]}`,
      `${labels.status}: ${labels.statuses[post.status]}`,
      ...(post.owner ? [`${labels.owner}: ${post.owner}`] : []),
      ...(post.time ? [fillTemplate(labels.time, { time: post.time, zone: timeZone })] : []),
    ].join('\n'),
    categories: labels.platforms[post.platform],
    status: post.status === 'idea' || post.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED',
  }));
}
