import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe';
import { failStorage, hasBrowser, openSession, type Session, url } from './browser';
import { csvDelimiter, downloadOf, pageScrollsSideways, parseCsv, seedStorage, storageKeyOf } from './workbench-driver';

const KPI_KEY = storageKeyOf('kpiPlan');
const CALENDAR_KEY = storageKeyOf('calendar');

const LOCALES = [
  {
    prefix: '',
    lang: 'en',
    decimal: '3.5',
    result: '2.75',
    halfway: '50% of the way',
    waiting: 'Enter the baseline',
    notNumber: 'This is not a number',
    negative: 'cannot be negative',
    zero: 'divide by zero',
    notSaved: 'not letting this site save data',
    kpiHeader: 'KPI,Unit,Baseline,Target,Result,Progress (%),Status,Deadline,Goal',
    engagement: 'Engagement rate',
    calendarHeader: 'Date,Time,Platform,Format,Topic,Owner,Status',
    scheduled: 'Scheduled',
    topicMissing: 'Write the topic',
    full: 'holds up to 200 posts',
    caption: 'Posts in',
    format: 'Format',
  },
  {
    prefix: '/bg',
    lang: 'bg',
    decimal: '3,5',
    result: '2,75',
    halfway: 'Изминати са 50%',
    waiting: 'Въведете отправната точка',
    notNumber: 'Това не е число',
    negative: 'не може да е отрицателна',
    zero: 'разделила на нула',
    notSaved: 'не позволява на сайта',
    kpiHeader: 'Показател;Мерна единица;Отправна точка;Целева стойност;Резултат;Напредък (%);Състояние;Срок;Цел',
    engagement: 'Процент на ангажираност',
    calendarHeader: 'Дата;Час;Платформа;Формат;Тема;Отговорник;Статус',
    scheduled: 'Насрочена',
    topicMissing: 'Напишете темата',
    full: 'побира до 200 публикации',
    caption: 'Публикации за',
    format: 'Формат',
  },
];

const liveText = (page: Page) => page.locator('[data-live]').textContent();
const pad = (n: number) => String(n).padStart(2, '0');
/** A day of the current month (the month view opens on it), and the 5th of the next month. */
function testDates() {
  const now = new Date();
  const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 5);
  return {
    month,
    day12: `${month}-12`,
    day03: `${month}-03`,
    next: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-05`,
  };
}

describe.skipIf(!hasBrowser()).each(LOCALES)('KPI plan ($prefix)', (locale) => {
  let session: Session;
  const path = `${locale.prefix}/tools/kpi-plan/`;
  const entry = (id: string) => session.page.locator(`[data-entry="${id}"]`);
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('shows all eight KPIs with definitions and formulas in the server HTML', async () => {
    const html = await (await fetch(url(path))).text();
    expect(html.match(/class="kpi-choice"/g)).toHaveLength(8);
    expect(html).toContain('× 100');
    await session.page.goto(url(path));
    await session.page.locator('.kpi-plan:not([hidden])').waitFor();
    expect(await findViolations(session)).toEqual([]);
  });

  it('chooses KPIs, enters baseline, target and result, and shows progress', async () => {
    const { page } = session;
    await page.locator('#kpi-pick-engagement-rate').check();
    await page.locator('#kpi-pick-response-time').check();
    await page.locator('#kpi-goal').fill('Повече резервации, "семейства" & <деца>');
    const er = entry('engagement-rate');
    await er.locator('[data-field="baseline"]').fill('2');
    await er.locator('[data-field="target"]').fill(locale.decimal);
    expect(await er.locator('[data-status]').textContent()).toContain(locale.waiting);
    await er.locator('[data-field="result"]').fill(locale.result);
    expect(await er.locator('[data-status]').textContent()).toContain(locale.halfway);
    expect(await er.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBe(50);

    // Response time: lower is better, so the target sits below the baseline.
    const rt = entry('response-time');
    await rt.locator('[data-field="baseline"]').fill('240');
    await rt.locator('[data-field="target"]').fill('120');
    await rt.locator('[data-field="result"]').fill('90');
    await rt.locator('[data-field="result"]').press('Tab');
    expect(await rt.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBe(100);
    expect(await rt.locator('[data-status]').textContent()).toContain('125%');
    await expect.poll(() => liveText(page)).toContain('125%');

    const rows = page.locator('[data-summary] tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('50%');
    expect(await findViolations(session)).toEqual([]);
  });

  it('shows a translated message for a bad number, and keeps the typed text', async () => {
    const { page } = session;
    const field = entry('engagement-rate').locator('[data-field="result"]');
    await field.fill('abc');
    await field.press('Tab');
    const error = entry('engagement-rate').locator('[data-error="result"]');
    expect(await error.textContent()).toContain(locale.notNumber);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => liveText(page)).toContain(locale.notNumber);
    expect(await entry('engagement-rate').locator('progress').isHidden()).toBe(true);

    const baseline = entry('response-time').locator('[data-field="baseline"]');
    await baseline.fill('-5');
    await baseline.press('Tab');
    expect(await entry('response-time').locator('[data-error="baseline"]').textContent()).toContain(locale.negative);
    expect(await findViolations(session)).toEqual([]);
    await baseline.fill('240');
    await baseline.press('Tab');
    expect(await entry('response-time').locator('[data-error="baseline"]').textContent()).toBe('');
  });

  it('works out a rate from raw numbers and uses it as the result', async () => {
    const er = entry('engagement-rate');
    await er.locator('summary').click();
    await er.locator('[data-calc="engagements"]').fill('45');
    await er.locator('[data-calc="reach"]').fill('0');
    await er.locator('[data-calculate]').click();
    expect(await er.locator('[data-output]').textContent()).toContain(locale.zero);
    expect(await er.locator('[data-use]').isHidden()).toBe(true);
    await er.locator('[data-calc="reach"]').fill('1500');
    await er.locator('[data-calculate]').click();
    expect(await er.locator('[data-output]').textContent()).toContain('3%');
    await er.locator('[data-use]').click();
    expect(await er.locator('[data-field="result"]').inputValue()).toBe('3');
    expect(await er.locator('[data-error="result"]').textContent()).toBe('');
    expect(await er.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBeCloseTo(66.67, 1);
  });

  it('keeps the plan after a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('.kpi-plan:not([hidden])').waitFor();
    expect(await page.locator('#kpi-pick-engagement-rate').isChecked()).toBe(true);
    expect(await page.locator('#kpi-pick-reach').isChecked()).toBe(false);
    expect(await page.locator('#kpi-goal').inputValue()).toBe('Повече резервации, "семейства" & <деца>');
    expect(await entry('engagement-rate').locator('[data-field="target"]').inputValue()).toBe(locale.decimal);
    expect(await entry('engagement-rate').locator('[data-field="result"]').inputValue()).toBe('3');
    expect(await entry('response-time').locator('[data-status]').textContent()).toContain('125%');
    expect(await entry('reach').isHidden()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('exports the plan as CSV', async () => {
    const { name, text } = await downloadOf(session.page, '[data-export]');
    expect(name).toMatch(/^kpi-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const sep = csvDelimiter(locale.lang);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(locale.kpiHeader);
    // Numbers in the page's own form: a decimal comma in Bulgarian, where ";" separates columns.
    expect(lines[1]).toMatch(
      new RegExp(`^${locale.engagement}${sep}%${sep}2${sep}${locale.decimal}${sep}3${sep}67${sep}`),
    );
    expect(lines[1]).toContain('"Повече резервации, ""семейства"" & <деца>"');
    expect(lines[2]).toContain(['', 240, 120, 90, 125, ''].join(sep));
    expect(lines).toHaveLength(4);
    const rows = parseCsv(text, sep);
    expect(rows.map((row) => row.length)).toEqual([9, 9, 9]);
    expect(rows[1]![8]).toBe('Повече резервации, "семейства" & <деца>');
  });

  // Colours do not depend on the language: the dark theme is checked in English, the light theme in both.
  it.runIf(locale === LOCALES[0])('has no axe violations in the dark theme with a plan filled in', async () => {
    const dark = await openSession({ colorScheme: 'dark' });
    try {
      await dark.page.goto(url(path));
      await seedStorage(
        dark.page,
        KPI_KEY,
        JSON.stringify({
          v: 1,
          goal: 'Goal',
          chosen: ['reach', 'sentiment'],
          entries: { reach: { baseline: '100', target: '200', result: 'x', deadline: '2030-01-31' } },
        }),
      );
      await dark.page.reload();
      await dark.page.locator('[data-entry="sentiment"]:not([hidden])').waitFor();
      await dark.page.locator('[data-entry="reach"] [data-field="result"]').press('Tab');
      await dark.page.locator('[data-entry="sentiment"] summary').click();
      expect(await dark.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await findViolations(dark)).toEqual([]);
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('still works with storage blocked, and says the plan will not be kept', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await failStorage(page);
    await page.goto(url(path));
    await page.locator('[data-storage-notice]:visible').waitFor();
    expect(await page.locator('[data-storage-notice]').textContent()).toContain(locale.notSaved);
    await page.locator('#kpi-pick-reach').check();
    const reach = page.locator('[data-entry="reach"]');
    await reach.locator('[data-field="baseline"]').fill('1000');
    await reach.locator('[data-field="target"]').fill('2000');
    await reach.locator('[data-field="result"]').fill('1500');
    expect(await reach.locator('[data-status]').textContent()).toContain(locale.halfway);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores corrupt saved data', async () => {
    const { page } = session;
    await seedStorage(page, KPI_KEY, '{"v":1,"chosen":"reach","entries":[');
    await page.reload();
    await page.locator('.kpi-plan:not([hidden])').waitFor();
    expect(await page.locator('[data-pick]:checked').count()).toBe(0);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser()).each(LOCALES)('editorial calendar ($prefix)', (locale) => {
  let session: Session;
  const path = `${locale.prefix}/tools/editorial-calendar/`;
  const dates = testDates();
  const special = 'Кафе, чай; и „десерти“ \\ нови — Spring menu';
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  async function addPost(post: {
    date: string;
    time?: string;
    platform: string;
    format: string;
    topic: string;
    status: string;
  }) {
    const { page } = session;
    await page.locator('#calendar-date').fill(post.date);
    await page.locator('#calendar-time').fill(post.time ?? '');
    await page.locator('#calendar-platform').selectOption(post.platform);
    await page.locator('#calendar-format').selectOption(post.format);
    await page.locator('#calendar-topic').fill(post.topic);
    await page.locator('#calendar-status').selectOption(post.status);
    await page.locator('[data-submit]').click();
  }
  const dayCell = (day: number) =>
    session.page.locator('[data-weeks] td').filter({ has: session.page.locator(`.day:text-is("${day}")`) });

  it('starts empty, without errors or axe violations', async () => {
    await session.page.goto(url(path));
    await session.page.locator('.calendar:not([hidden])').waitFor();
    expect(await session.page.locator('[data-caption]').textContent()).toContain(locale.caption);
    expect(await session.page.locator('[data-weeks] tr').count()).toBeGreaterThanOrEqual(4);
    expect(await findViolations(session)).toEqual([]);
  });

  it('refuses a post without a topic, with a translated message', async () => {
    const { page } = session;
    await page.locator('#calendar-topic').fill('   ');
    await page.locator('[data-submit]').click();
    expect(await page.locator('[data-error="topic"]').textContent()).toContain(locale.topicMissing);
    expect(await page.locator('#calendar-topic').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calendar-topic');
    expect(await findViolations(session)).toEqual([]);
  });

  it('adds posts and shows them in the month view and, by date, in the list view', async () => {
    const { page } = session;
    await addPost({
      date: dates.day12,
      time: '09:30',
      platform: 'instagram',
      format: 'carousel',
      topic: special,
      status: 'scheduled',
    });
    expect(await page.locator('[data-error="topic"]').textContent()).toBe('');
    await addPost({ date: dates.next, platform: 'linkedin', format: 'text', topic: 'Next month', status: 'idea' });
    await addPost({
      date: dates.day03,
      platform: 'facebook',
      format: 'image',
      topic: 'Behind the scenes',
      status: 'draft',
    });
    expect(await page.locator('[data-count]').textContent()).toContain('3');

    expect(await dayCell(12).locator('.chip').textContent()).toContain(special);
    expect(await dayCell(3).locator('.chip').textContent()).toContain('Behind the scenes');
    expect(await page.locator('[data-weeks] .chip').count()).toBe(2);

    await page.locator('[data-step="1"]').click();
    expect(await dayCell(5).locator('.chip').textContent()).toContain('Next month');
    await page.locator('[data-step="-1"]').click();

    await page.locator('input[name="calendar-view"][value="list"]').check();
    expect(await page.locator('[data-view="month"]').isHidden()).toBe(true);
    const topics = await page.locator('[data-list] tbody .topic').allTextContents();
    expect(topics).toEqual(['Behind the scenes', special, 'Next month']);
    expect(await page.locator('[data-list] tbody tr').nth(1).textContent()).toContain(locale.scheduled);
    expect(await findViolations(session)).toEqual([]);
  });

  it('edits and deletes by keyboard, with undo', async () => {
    const { page } = session;
    await page.locator('[data-list] tbody tr').first().locator('[data-edit]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calendar-date');
    expect(await page.locator('#calendar-topic').inputValue()).toBe('Behind the scenes');
    await page.locator('#calendar-topic').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Roastery tour');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-list] tbody tr').first().textContent()).toContain('Roastery tour');
    expect(await page.locator('[data-list] tbody tr').count()).toBe(3);

    await page.locator('[data-list] tbody tr').last().locator('[data-delete]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-list] tbody tr').count()).toBe(2);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.undo)).toBe('');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-list] tbody tr').count()).toBe(3);

    // Month view: a post opens for editing from its day cell.
    await page.locator('input[name="calendar-view"][value="month"]').check();
    await dayCell(12).locator('.chip').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#calendar-topic').inputValue()).toBe(special);
    await page.locator('[data-cancel]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-cancel]').isHidden()).toBe(true);
  });

  it('keeps the posts after a reload', async () => {
    await session.page.reload();
    await session.page.locator('.calendar:not([hidden])').waitFor();
    expect(await dayCell(12).locator('.chip').textContent()).toContain(special);
    expect(await session.page.locator('[data-list] tbody tr').count()).toBe(3);
  });

  it('exports CSV sorted by date', async () => {
    const { name, text } = await downloadOf(session.page, '[data-export="csv"]');
    expect(name).toMatch(/^editorial-calendar-\d{4}-\d{2}-\d{2}\.csv$/);
    const sep = csvDelimiter(locale.lang);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(locale.calendarHeader);
    expect(lines[1]).toMatch(new RegExp(`^${dates.day03}${sep}${sep}Facebook${sep}`));
    expect(lines[2]).toContain(`${dates.day12}${sep}09:30${sep}Instagram${sep}`);
    expect(lines[2]).toContain(`"${special}"`);
    expect(lines[3]).toContain(dates.next);
    // Opens as seven columns, with the status in the page's language.
    const rows = parseCsv(text, sep);
    expect(rows.map((row) => row.length)).toEqual([7, 7, 7, 7]);
    expect(rows[2]![4]).toBe(special);
    expect(rows[2]![6]).toBe(locale.scheduled);
  });

  it('exports an iCalendar file that parses and round-trips the posts', async () => {
    const { name, text } = await downloadOf(session.page, '[data-export="ics"]');
    expect(name).toMatch(/\.ics$/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Facebook: Roastery tour',
      `Instagram: ${special}`,
      'LinkedIn: Next month',
    ]);
    // 09:30 on this device's clock, written as a UTC instant, half an hour long, its zone named.
    const planned = await session.page.evaluate((day) => new Date(`${day}T09:30`).getTime(), dates.day12);
    const zone = await session.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(events[1]!.startDate.zone?.tzid).toBe('UTC');
    expect(events[1]!.startDate.toJSDate().getTime()).toBe(planned);
    expect(events[1]!.endDate.toJSDate().getTime()).toBe(planned + 30 * 60_000);
    expect(events[1]!.description).toContain(`09:30 (${zone})`);
    expect(text).toContain(`X-WR-TIMEZONE:${zone}`);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[1]!.description).toContain(locale.format);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  // Colours do not depend on the language: the dark theme is checked in English, the light theme in both.
  it.runIf(locale === LOCALES[0])('has no axe violations in the dark theme, in either view', async () => {
    const dark = await openSession({ colorScheme: 'dark' });
    try {
      await dark.page.goto(url(path));
      const stored = await session.page.evaluate((key) => localStorage.getItem(key), CALENDAR_KEY);
      await seedStorage(dark.page, CALENDAR_KEY, stored!);
      await dark.page.reload();
      await dark.page.locator('[data-weeks] .chip').first().waitFor();
      expect(await dark.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await findViolations(dark)).toEqual([]);
      await dark.page.locator('input[name="calendar-view"][value="list"]').check();
      await dark.page.locator('#calendar-topic').fill('');
      await dark.page.locator('[data-submit]').click();
      expect(await findViolations(dark)).toEqual([]);
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('refuses a 201st post and says why', async () => {
    const { page } = session;
    const posts = Array.from({ length: 200 }, (_, i) => ({
      id: `p${i}`,
      date: dates.day03,
      time: '',
      platform: 'facebook',
      format: 'text',
      topic: `Post ${i}`,
      owner: '',
      status: 'idea',
    }));
    await seedStorage(page, CALENDAR_KEY, JSON.stringify({ v: 1, posts }));
    await page.reload();
    await page.locator('.calendar:not([hidden])').waitFor();
    await addPost({ date: dates.day12, platform: 'x', format: 'poll', topic: 'One too many', status: 'idea' });
    expect(await page.locator('[data-count]').textContent()).toContain(locale.full);
    await expect.poll(() => liveText(page)).toContain(locale.full);
    expect(await page.locator('[data-list] tbody tr').count()).toBe(200);
  });

  it('ignores corrupt saved data', async () => {
    const { page } = session;
    await seedStorage(page, CALENDAR_KEY, '{"v":1,"posts":[{"id":"<b>"}');
    await page.reload();
    await page.locator('.calendar:not([hidden])').waitFor();
    expect(await page.locator('[data-weeks] .chip').count()).toBe(0);
    expect(await page.locator('[data-list] tbody tr').count()).toBe(0);
    expect(await page.locator('[data-count]').textContent()).toMatch(/\b0\b/);
    expect(session.errors).toEqual([]);
  });

  it('still works with storage blocked, and says the posts will not be kept', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await failStorage(page);
    await page.goto(url(path));
    await page.locator('[data-storage-notice]:visible').waitFor();
    expect(await page.locator('[data-storage-notice]').textContent()).toContain(locale.notSaved);
    await page.locator('#calendar-date').fill(dates.day12);
    await page.locator('#calendar-topic').fill('Blocked storage');
    await page.locator('[data-submit]').click();
    expect(await page.locator('[data-weeks] .chip').textContent()).toContain('Blocked storage');
    const { text } = await downloadOf(page, '[data-export="ics"]');
    expect(text).toContain('Blocked storage');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasBrowser()).each(LOCALES)('editorial calendar on a 390 px phone ($prefix)', (locale) => {
  let session: Session;
  const path = `${locale.prefix}/tools/editorial-calendar/`;
  const dates = testDates();
  beforeAll(async () => {
    session = await openSession();
    await session.page.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => session?.close());

  it('opens on the list, fits the screen in both views, with one-line chips in the month', async () => {
    const { page } = session;
    await page.goto(url(path));
    const post = (id: string, date: string, time: string, topic: string) => ({
      id,
      date,
      time,
      platform: 'instagram',
      format: 'carousel',
      topic,
      owner: 'Ивана Петрова-Георгиева',
      status: 'scheduled',
    });
    const long = 'Пролетно меню с кафе, чай и десерти от местни пекарни – карусел с рецепти';
    const posts = [
      post('a', dates.day12, '09:30', long),
      post('b', dates.day12, '18:00', 'https://example.com/' + 'a'.repeat(90)),
      post('c', dates.day03, '', 'Supercalifragilisticexpialidocious behind the scenes'),
    ];
    await seedStorage(page, CALENDAR_KEY, JSON.stringify({ v: 1, posts }));
    await page.reload();
    await page.locator('.calendar:not([hidden])').waitFor();
    expect(await page.locator('input[name="calendar-view"][value="list"]').isChecked()).toBe(true);
    expect(await page.locator('[data-view="month"]').isHidden()).toBe(true);
    expect(await page.locator('[data-list] tbody tr').count()).toBe(3);
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(await findViolations(session)).toEqual([]);

    await page.locator('input[name="calendar-view"][value="month"]').check();
    const chips = page.locator('[data-weeks] .chip');
    expect(await chips.count()).toBe(3);
    expect(await pageScrollsSideways(page)).toBe(false);
    // The month grid fits its box too: nothing to scroll inside it either.
    const grid = page.locator('.month-view .table-scroll');
    expect(await grid.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    // Compact chips: one line each, never a topic broken letter by letter down the cell.
    for (const chip of await chips.all()) {
      const box = (await chip.boundingBox())!;
      expect(box.height).toBeLessThan(32);
    }
    const morning = chips.filter({ hasText: '09:30' });
    expect(await morning.getAttribute('title')).toContain('Пролетно меню');
    await morning.click();
    expect(await page.locator('#calendar-topic').inputValue()).toContain('Пролетно меню');
    expect(await findViolations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
