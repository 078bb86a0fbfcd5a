/**
 * iCalendar (RFC 5545) export of the editorial calendar, so that the plan opens in Google
 * Calendar, Outlook or Apple Calendar. Times are "floating": 09:00 stays 09:00 wherever it opens.
 */
import type { Format, Platform, Post, Status } from './calendar';
import { addOneDay } from './dates';

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
  for (const event of events) {
    const day = event.date.replace(/-/g, '');
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`);
    if (event.time) lines.push(`DTSTART:${day}T${event.time.replace(':', '')}00`);
    else lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${addOneDay(event.date).replace(/-/g, '')}`);
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
}

/** The posts as calendar events: "Instagram: topic", with format, status and owner described. */
export function postsToEvents(posts: readonly Post[], labels: CalendarIcsLabels): IcsEvent[] {
  return posts.map((post) => ({
    uid: `${post.id}@smm-academy`,
    date: post.date,
    time: post.time,
    summary: `${labels.platforms[post.platform]}: ${post.topic}`,
    description: [
      `${labels.format}: ${labels.formats[post.format]}`,
      `${labels.status}: ${labels.statuses[post.status]}`,
      ...(post.owner ? [`${labels.owner}: ${post.owner}`] : []),
    ].join('\n'),
    categories: labels.platforms[post.platform],
    status: post.status === 'idea' || post.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED',
  }));
}
