/**
 * Dates in the reader's language. The English pages are written in British English, so English
 * dates read "3 May 2026", never "May 3, 2026". Pure: Intl only, no page or clock access.
 */

/** The Intl locale of a page language. */
export const intlLocale = (lang: string): string => (lang === 'bg' ? 'bg' : 'en-GB');

type DateStyle = 'medium' | 'long' | 'full';

/** A calendar date (YYYY-MM-DD) in words; read as UTC so that no time zone moves it a day. */
export function formatCalendarDate(lang: string, date: string, style: DateStyle = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * An instant (ISO timestamp) in the reader's own time zone: the day alone, or the day and the time.
 * `timeZone` is for tests; pages leave it to the browser.
 */
export function formatTimestamp(
  lang: string,
  timestamp: string,
  options: { withTime?: boolean; style?: DateStyle; timeZone?: string } = {},
): string {
  const { withTime = false, style = 'long', timeZone } = options;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: style,
    ...(withTime ? { timeStyle: 'short' } : {}),
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(timestamp));
}

/** A day on this device's calendar as YYYY-MM-DD. */
export function toCalendarDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
