// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatCalendarDate } from '../../../src/lib/dates';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import { FORMATS, PLATFORMS, STATUSES } from '../../../src/lib/workbench/calendar';
import '../../../src/scripts/workbench/editorial-calendar-element';
import { catchDownload, stringsWith, translatorOf, useCleanPage } from './fixture';

const STRINGS = { en: stringsWith('calendar.'), bg: stringsWith('calendar.', 'bg') };
const T = { en: translatorOf(STRINGS.en), bg: translatorOf(STRINGS.bg) };
const t = (key: string, values: Record<string, string | number> = {}, lang: 'en' | 'bg' = 'en') => T[lang](key, values);

const options = (ids: readonly string[]) => ids.map((id) => `<option value="${id}">${id}</option>`).join('');
const field = (name: string, control: string) => `${control}<p data-error="${name}"></p>`;

/** The parts of EditorialCalendarWorksheet.astro the element works with. */
function mount(lang: 'en' | 'bg' = 'en'): HTMLElement {
  const host = document.createElement('smm-editorial-calendar');
  host.innerHTML = `
    <p data-no-js>Needs JavaScript</p>
    <div data-js hidden>
      <p data-storage-notice hidden></p>
      <form novalidate>
        <legend data-legend></legend>
        ${field('date', '<input id="calendar-date" name="date" type="date" />')}
        ${field('time', '<input id="calendar-time" name="time" type="time" />')}
        ${field('platform', `<select id="calendar-platform" name="platform">${options(PLATFORMS)}</select>`)}
        ${field('format', `<select id="calendar-format" name="format">${options(FORMATS)}</select>`)}
        ${field('topic', '<input id="calendar-topic" name="topic" type="text" />')}
        ${field('owner', '<input id="calendar-owner" name="owner" type="text" />')}
        ${field('status', `<select id="calendar-status" name="status">${options(STATUSES)}</select>`)}
        <button type="submit" data-submit></button><button type="button" data-cancel hidden></button>
      </form>
      <p data-count></p>
      <input type="radio" name="calendar-view" value="month" checked /><input type="radio" name="calendar-view" value="list" />
      <button type="button" data-export="csv">CSV</button><button type="button" data-export="ics">ICS</button>
      <p data-undo-row hidden><button type="button" data-undo>Undo</button></p>
      <section data-view="month">
        <button type="button" data-step="1">Next</button>
        <table><caption data-caption></caption><tbody data-weeks></tbody></table><p data-month-empty hidden></p>
      </section>
      <section data-view="list" hidden>
        <p data-list-empty></p><div data-list hidden><table><tbody></tbody></table></div>
      </section>
      <div data-live></div>
    </div>
    <script type="application/json" data-config>${JSON.stringify({ lang, strings: STRINGS[lang] })}</script>`;
  document.body.append(host);
  return host;
}

const stored = () => JSON.parse(localStorage.getItem(STORAGE_PREFIX + STORAGE_KEYS.calendar) ?? 'null');
const live = (host: HTMLElement) => host.querySelector('[data-live]')!.textContent;
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const thisMonth = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;

function addPost(host: HTMLElement, post: { date: string; time?: string; topic: string; platform?: string }) {
  const set = (name: string, value: string) => {
    host.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  };
  set('date', post.date);
  set('time', post.time ?? '');
  set('platform', post.platform ?? 'instagram');
  set('topic', post.topic);
  host.querySelector('form')!.requestSubmit();
}

/** Pretends the screen is as narrow as a phone's (or not). */
function screenIsNarrow(narrow: boolean) {
  window.matchMedia = ((query: string) => ({ matches: narrow && query.includes('max-width'), media: query })) as never;
}

describe('<smm-editorial-calendar>', () => {
  useCleanPage();
  beforeEach(() => screenIsNarrow(false));

  it('opens on the month view on a wide screen and on the list view on a narrow one', () => {
    const wide = mount();
    expect(wide.querySelector<HTMLElement>('[data-view="month"]')!.hidden).toBe(false);
    wide.remove();
    screenIsNarrow(true);
    const narrow = mount();
    expect(narrow.querySelector<HTMLElement>('[data-view="month"]')!.hidden).toBe(true);
    expect(narrow.querySelector<HTMLElement>('[data-view="list"]')!.hidden).toBe(false);
    expect(narrow.querySelector<HTMLInputElement>('[value="list"]')!.checked).toBe(true);
  });

  it('adds a post to the month grid as a chip whose name and tooltip carry the whole label', () => {
    const host = mount();
    addPost(host, { date: `${thisMonth}-12`, time: '09:30', topic: 'Spring menu' });
    const chip = host.querySelector<HTMLButtonElement>('[data-weeks] .chip')!;
    const label = `09:30 ${t('calendar.platform.instagram')}: Spring menu`;
    expect(chip.textContent).toBe(`${label} (${t('calendar.status.idea')})`);
    expect(chip.title).toBe(`${label} (${t('calendar.status.idea')})`);
    expect(stored().posts).toHaveLength(1);
    expect(host.querySelector('[data-list] tbody .topic')!.textContent).toBe('Spring menu');
    vi.advanceTimersByTime(100);
    const date = formatCalendarDate('en', `${thisMonth}-12`, 'medium');
    expect(live(host)).toBe(t('calendar.added', { date }));
  });

  it('refuses a post without a topic and focuses the field', () => {
    const host = mount();
    addPost(host, { date: `${thisMonth}-12`, topic: '  ' });
    expect(host.querySelector('[data-error="topic"]')!.textContent).toBe(t('calendar.error.topic-missing', { max: 0 }));
    expect(document.activeElement?.id).toBe('calendar-topic');
    expect(stored()).toBeNull();
  });

  it('deletes a post, moves focus to Undo, and Undo brings it back', () => {
    const host = mount();
    addPost(host, { date: `${thisMonth}-03`, topic: 'Behind the scenes' });
    host.querySelector<HTMLButtonElement>('[data-list] [data-delete]')!.click();
    expect(stored().posts).toHaveLength(0);
    expect(host.querySelector<HTMLElement>('[data-undo-row]')!.hidden).toBe(false);
    expect((document.activeElement as HTMLElement).dataset.undo).toBe('');
    host.querySelector<HTMLButtonElement>('[data-undo]')!.click();
    expect(stored().posts.map((p: { topic: string }) => p.topic)).toEqual(['Behind the scenes']);
  });

  it('exports CSV in the page language: ";" and translated values in Bulgarian', async () => {
    const download = catchDownload();
    const host = mount('bg');
    addPost(host, { date: `${thisMonth}-12`, time: '09:30', topic: 'Пролетно меню, ново' });
    host.querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
    const lines = (await download()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      ['date', 'time', 'platform', 'format', 'topic', 'owner', 'status']
        .map((c) => t(`calendar.col.${c}`, {}, 'bg'))
        .join(';'),
    );
    expect(lines[1]).toBe(
      `${thisMonth}-12;09:30;Instagram;${t('calendar.format.text', {}, 'bg')};Пролетно меню, ново;;${t('calendar.status.idea', {}, 'bg')}`,
    );
  });

  it('exports timed posts in UTC with their zone named', async () => {
    const download = catchDownload();
    const host = mount();
    addPost(host, { date: `${thisMonth}-12`, time: '09:30', topic: 'Spring menu' });
    host.querySelector<HTMLButtonElement>('[data-export="ics"]')!.click();
    const ics = await download();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain(`X-WR-TIMEZONE:${zone}`);
  });

  it('follows another tab, dropping an edit of a post that is gone', () => {
    const host = mount();
    addPost(host, { date: `${thisMonth}-03`, topic: 'Will vanish' });
    host.querySelector<HTMLButtonElement>('[data-list] [data-edit]')!.click();
    expect(host.querySelector<HTMLElement>('[data-cancel]')!.hidden).toBe(false);
    window.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_PREFIX + STORAGE_KEYS.calendar, newValue: '{"v":1,"posts":[]}' }),
    );
    expect(host.querySelector<HTMLElement>('[data-cancel]')!.hidden).toBe(true);
    expect(host.querySelectorAll('[data-weeks] .chip')).toHaveLength(0);
  });
});
