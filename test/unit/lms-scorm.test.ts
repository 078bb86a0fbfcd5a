import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  formatSessionTime,
  packSuspendData,
  parseMasteryScore,
  statusForScore,
  SUSPEND_DATA_LIMIT,
  unpackSuspendData,
} from '../../src/lib/lms/scorm-data';
import { toScoPage } from '../../src/lib/lms/sco-page';
import { scormPackageFiles } from '../../src/lib/lms/scorm';
import { ROOT } from '../support/content';
import { specialCourse } from '../support/lms';
import { checkWellFormed, readHtml, readXml } from '../support/xml';

describe('SCORM 1.2 data', () => {
  it('writes the session time as a CMITimespan (HHHH:MM:SS.SS)', () => {
    expect(formatSessionTime(0)).toBe('0000:00:00.00');
    expect(formatSessionTime(3_723_456)).toBe('0001:02:03.46');
    expect(formatSessionTime(59_999)).toBe('0000:01:00.00');
  });

  it('reads the mastery score the LMS may send, and passes at or above the pass mark', () => {
    expect(parseMasteryScore('')).toBeUndefined();
    expect(parseMasteryScore('75')).toBe(75);
    expect(parseMasteryScore('abc')).toBeUndefined();
    expect(parseMasteryScore('101')).toBeUndefined();
    expect(statusForScore(80, 80)).toBe('passed');
    expect(statusForScore(79, 80)).toBe('failed');
  });

  it('packs storage into suspend data and back, leaving out the probe key', () => {
    const values = new Map([
      ['smm-academy:quiz-progress:role', '{"v":1,"answers":{"a":"b"}}'],
      ['smm-academy:probe', '1'],
    ]);
    const packed = packSuspendData(values)!;
    expect(unpackSuspendData(packed)).toEqual(
      new Map([['smm-academy:quiz-progress:role', '{"v":1,"answers":{"a":"b"}}']]),
    );
    expect(unpackSuspendData('not json')).toEqual(new Map());
    expect(unpackSuspendData('[1,2]')).toEqual(new Map());
  });

  it('keeps within 4,096 characters: drops the best-score history first, then gives up', () => {
    const bests = Array.from({ length: 100 }, (_, i) => ({ percent: i, at: '2026-01-01T00:00:00.000Z' }));
    const record = JSON.stringify({ v: 1, best: 99, bests });
    const packed = packSuspendData(new Map([['smm-academy:quiz:role', record]]))!;
    expect(packed.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(JSON.parse(unpackSuspendData(packed).get('smm-academy:quiz:role')!)).toEqual({ v: 1, best: 99 });
    expect(packSuspendData(new Map([['k', 'x'.repeat(SUSPEND_DATA_LIMIT)]]))).toBeUndefined();
  });
});

const BUILT_PAGE = `<!DOCTYPE html><html lang="bg" dir="ltr" data-theme="dark"><head><meta charset="utf-8">
<title>Урок | SMM Академия</title><link rel="stylesheet" href="/_astro/common.css"><style>.quiz{color:red}</style>
<script type="module" src="/_astro/Search.js"></script></head><body><header>Search, theme, language</header>
<nav class="sidebar">Sidebar</nav><main><h1>Урок</h1><smm-lesson-status>Progress</smm-lesson-status>
<p class="search-keywords">keywords</p><div class="sl-markdown-content"><p>Виж <a href="/bg/glossary/#kpi">KPI</a> и
<a href="#section">раздела</a>.</p><smm-quiz data-quiz="role"><script type="application/json" data-config>{"id":"role"}</script></smm-quiz>
<script type="module" src="/_astro/QuizForm.js"></script></div><footer>Previous · Next</footer><p class="license">CC BY-SA</p></main></body></html>`;

const OPTIONS = {
  source: 'bg/course/role/index.html',
  siteUrl: 'https://smm-academy.example.org',
  stylesheets: [{ href: 'assets/common.css' }],
  script: 'assets/player.js',
  passMark: 80,
  status: { connected: 'Свързано', standalone: 'Без платформа' },
};

describe('SCORM lesson page', () => {
  const page = toScoPage(BUILT_PAGE, OPTIONS);
  const doc = readHtml(page);

  it('keeps the lesson, its quiz and config, and the inlined styles; drops the site chrome and scripts', () => {
    expect(page).toContain('<h1>Урок</h1>');
    expect(page).toContain('<script type="application/json" data-config="">{"id":"role"}</script>');
    expect(page).toContain('<style>.quiz{color:red}</style>');
    expect(page).toContain('CC BY-SA');
    for (const gone of ['Sidebar', 'Search, theme', 'Progress', 'keywords', 'Previous · Next', '/_astro/'])
      expect(page).not.toContain(gone);
    expect([...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'))).toEqual(['assets/player.js']);
    expect(doc.documentElement.getAttribute('lang')).toBe('bg');
    expect(doc.documentElement.getAttribute('data-pass-mark')).toBe('80');
  });

  it('opens site links on the public site in a new tab, keeps in-page links, and marks the end of the text', () => {
    const link = doc.querySelector('a[href*="glossary"]')!;
    expect(link.getAttribute('href')).toBe('https://smm-academy.example.org/bg/glossary/#kpi');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(doc.querySelector('a[href="#section"]')?.getAttribute('target')).toBeNull();
    expect(doc.querySelector('[data-sco-end] + smm-quiz')).not.toBeNull();
  });

  it('forbids requests: a CSP with no connections, and an error for anything that would load from the site', () => {
    expect(doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toContain(
      "connect-src 'none'",
    );
    expect(() => toScoPage(BUILT_PAGE.replace('<h1>', '<img src="/logo.png" alt=""><h1>'), OPTIONS)).toThrow(
      /would load from outside the package/,
    );
  });
});

describe('SCORM package', () => {
  it('lists every file in its well-formed manifest, with a SCO per lesson and the pass mark as mastery score', async () => {
    const course = specialCourse();
    const lesson = course.lessons[0]!;
    const second = { ...lesson, slug: 'second', number: 4 };
    const files = scormPackageFiles({
      lessons: [lesson, second],
      title: 'SMM Academy & co',
      pages: new Map([
        [lesson.slug, '<p>one</p>'],
        [second.slug, '<p>two</p>'],
      ]),
      assets: new Map([
        ['assets/player.js', 'x'],
        ['assets/site.css', 'y'],
      ]),
      passMark: 80,
      identifier: 'test',
    });
    const xml = files.get('imsmanifest.xml') as string;
    expect((await checkWellFormed([{ fileName: 'imsmanifest.xml', contents: xml }])).errors).toEqual([]);
    const manifest = readXml(xml);
    const listed = [...manifest.querySelectorAll('file')].map((f) => f.getAttribute('href')).sort();
    expect(listed).toEqual([...files.keys()].filter((p) => p !== 'imsmanifest.xml').sort());
    const scos = [...manifest.querySelectorAll('resource')].filter((r) => r.getAttribute('adlcp:scormtype') === 'sco');
    expect(scos.map((r) => r.getAttribute('href'))).toEqual(['special-characters.html', 'second.html']);
    expect(
      [...manifest.querySelectorAll('item')].map(
        (i) => [...i.children].find((c) => c.localName === 'masteryscore')?.textContent,
      ),
    ).toEqual(['80', '80']);
  });
});

describe('SCORM runtime glue', () => {
  it('stays within its budget of 6 KB gzip', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/scripts/scorm/scorm-session.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      write: false,
    });
    expect(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length).toBeLessThanOrEqual(6 * 1024);
  });
});
