/**
 * The editorial calendar's posts: checking what a learner enters, reading what the device kept
 * (STORAGE_KEYS.calendar), sorting, laying out a month and exporting CSV. Reading never throws.
 */
import { toCsv } from '../csv';
import { intlLocale } from '../dates';
import { isCalendarDate, isRecord } from '../guards';

export const PLATFORMS = [
  'facebook',
  'instagram',
  'tiktok',
  'linkedin',
  'youtube',
  'x',
  'pinterest',
  'threads',
  'other',
] as const;
export const FORMATS = ['text', 'image', 'carousel', 'short-video', 'video', 'story', 'live', 'poll', 'other'] as const;
export const STATUSES = ['idea', 'draft', 'scheduled', 'published'] as const;
export type Platform = (typeof PLATFORMS)[number];
export type Format = (typeof FORMATS)[number];
export type Status = (typeof STATUSES)[number];

/** A month of daily posts on several platforms fits easily; more would make the page sluggish. */
export const MAX_POSTS = 200;
export const MAX_TOPIC_LENGTH = 200;
export const MAX_OWNER_LENGTH = 80;
/** Dates outside these years are almost certainly typing mistakes. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

export interface Post {
  /** Stable id; the iCalendar UID is built from it, so re-imports update rather than duplicate. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM (24-hour), or empty for a post without a set time. */
  time: string;
  platform: Platform;
  format: Format;
  topic: string;
  /** Who prepares the post; may be empty. */
  owner: string;
  status: Status;
}

export type PostField = Exclude<keyof Post, 'id'>;
export type PostDraft = Record<PostField, string>;
/** Why an entry was refused; each has a translated message (`calendar.error.<code>`). */
export type PostError =
  'date-missing' | 'date-invalid' | 'date-range' | 'time-invalid' | 'topic-missing' | 'too-long' | 'invalid-choice';

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

export const isTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

/** Checks a post as entered; the text fields are trimmed. */
export function validatePost(
  draft: PostDraft,
): { ok: true; post: Omit<Post, 'id'> } | { ok: false; errors: Partial<Record<PostField, PostError>> } {
  const errors: Partial<Record<PostField, PostError>> = {};
  const date = draft.date.trim();
  const time = draft.time.trim();
  const topic = draft.topic.trim();
  const owner = draft.owner.trim();
  if (!date) errors.date = 'date-missing';
  else if (!isCalendarDate(date)) errors.date = 'date-invalid';
  else if (Number(date.slice(0, 4)) < MIN_YEAR || Number(date.slice(0, 4)) > MAX_YEAR) errors.date = 'date-range';
  if (time && !isTime(time)) errors.time = 'time-invalid';
  if (!topic) errors.topic = 'topic-missing';
  else if (topic.length > MAX_TOPIC_LENGTH) errors.topic = 'too-long';
  if (owner.length > MAX_OWNER_LENGTH) errors.owner = 'too-long';
  if (!oneOf(PLATFORMS, draft.platform)) errors.platform = 'invalid-choice';
  if (!oneOf(FORMATS, draft.format)) errors.format = 'invalid-choice';
  if (!oneOf(STATUSES, draft.status)) errors.status = 'invalid-choice';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    post: {
      date,
      time,
      platform: draft.platform as Platform,
      format: draft.format as Format,
      topic,
      owner,
      status: draft.status as Status,
    },
  };
}

/** One stored post, or undefined when anything in it is off. */
function readPost(value: unknown): Post | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(value.id)) return undefined;
  const fields = ['date', 'time', 'platform', 'format', 'topic', 'owner', 'status'] as const;
  if (!fields.every((field) => typeof value[field] === 'string')) return undefined;
  const checked = validatePost(value as unknown as PostDraft);
  return checked.ok ? { id: value.id, ...checked.post } : undefined;
}

/** Reads the stored posts: corrupt data gives none, bad posts are skipped, at most MAX_POSTS. */
export function parseCalendar(stored: string | null): Post[] {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? '');
  } catch {
    return [];
  }
  if (!isRecord(raw) || raw.v !== 1 || !Array.isArray(raw.posts)) return [];
  const seen = new Set<string>();
  const posts: Post[] = [];
  for (const value of raw.posts) {
    const post = readPost(value);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length === MAX_POSTS) break;
  }
  return posts;
}

export const serializeCalendar = (posts: readonly Post[]): string => JSON.stringify({ v: 1, posts });

/** By date, then time (posts without a time first), then topic. */
export function sortPosts(posts: readonly Post[]): Post[] {
  return [...posts].sort(
    (a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.topic.localeCompare(b.topic),
  );
}

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A month in words in the reader's language: "May 2025", „май 2025 г.“. */
export const formatMonth = (lang: string, { year, month }: YearMonth): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );

/** "2025-05" for a month; a post's date starts with it. */
export const monthPrefix = ({ year, month }: YearMonth): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/**
 * The weeks of a month, Monday first (as in Bulgaria and the UK): each week has seven cells,
 * a day number or null for days of the neighbouring months.
 */
export function buildMonthGrid({ year, month }: YearMonth): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(offset).fill(null)];
  for (let day = 1; day <= days; day++) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface CalendarCsvLabels {
  header: readonly string[];
  platforms: Record<Platform, string>;
  formats: Record<Format, string>;
  statuses: Record<Status, string>;
}

/**
 * The posts as CSV, sorted by date: date, time, platform, format, topic, owner, status, in the
 * page's language (`lang`: ";" as the delimiter in Bulgarian).
 */
export function buildCalendarCsv(posts: readonly Post[], labels: CalendarCsvLabels, lang: string): string {
  return toCsv(
    labels.header,
    sortPosts(posts).map((p) => [
      p.date,
      p.time,
      labels.platforms[p.platform],
      labels.formats[p.format],
      p.topic,
      p.owner,
      labels.statuses[p.status],
    ]),
    lang,
  );
}
