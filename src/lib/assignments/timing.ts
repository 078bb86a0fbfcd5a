/** On time or late: an item's date against the end of the due day; and how these pages write a date. */
import { formatTimestamp } from '../dates';

/** A date and time the way the assignment pages write them ("3 May 2030, 10:00"). */
export const formatWhen = (lang: string, iso: string): string =>
  formatTimestamp(lang, iso, { withTime: true, style: 'medium' });

/**
 * The last millisecond of a due date ("YYYY-MM-DD") in a time zone, given as the minutes that
 * Date#getTimezoneOffset gives there (UTC minus local; -120 in Sofia in winter).
 */
export function computeDeadline(due: string, timezoneOffsetMinutes = 0): number {
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 23, 59, 59, 999) + timezoneOffsetMinutes * 60_000;
}

export type Timeliness = 'on-time' | 'late' | 'overdue' | 'none';

/**
 * "on-time"/"late" for a done item with a date; "overdue" for an item not done when the report was
 * made after the deadline; "none" without a due date or when there is nothing to judge yet.
 */
export function judgeTimeliness(input: {
  done: boolean;
  time?: string;
  deadline?: number;
  generatedAt: string;
}): Timeliness {
  const { done, time, deadline, generatedAt } = input;
  if (deadline === undefined) return 'none';
  if (done) {
    const at = time === undefined ? NaN : Date.parse(time);
    return Number.isNaN(at) ? 'none' : at <= deadline ? 'on-time' : 'late';
  }
  return Date.parse(generatedAt) > deadline ? 'overdue' : 'none';
}

/** This device's offset from UTC on a due date, summer time included (what computeDeadline takes). */
export const localOffsetOn = (due: string): number => new Date(`${due}T12:00:00`).getTimezoneOffset();
