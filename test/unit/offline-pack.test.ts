import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assetClosure, assetRefs } from '../../src/lib/offline/asset-refs';
import { buildPack, pageTitle, readCoursePack, type SiteFile, type SitePage } from '../../src/lib/offline/pack';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('hashed files a page needs', () => {
  it('finds /_astro/ files in HTML, and relative imports only inside /_astro/ files', () => {
    const html = '<link href="/_astro/style.a1.css"><script src="/_astro/page.b2.js"></script> "./not-me.js"';
    expect(assetRefs(html, false)).toEqual(['/_astro/style.a1.css', '/_astro/page.b2.js']);
    const module = 'import{a}from"./dep.c3.js";const d=["_astro/lazy.d4.js"];url(./font.e5.woff2)';
    expect(assetRefs(module, true)).toEqual(['/_astro/lazy.d4.js', '/_astro/dep.c3.js', '/_astro/font.e5.woff2']);
  });

  it('follows modules and stylesheets, stops at binary files and missing ones, and never loops', async () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import"./dep.js";import"./gone.js"',
      '/_astro/dep.js': 'import"./page.js";fetch("./img.png")',
      '/_astro/style.css': '@font-face{src:url(./font.woff2)}',
    };
    const read = (path: string) => files[path];
    const found = await assetClosure(['<script src="/_astro/page.js"></script><link href="/_astro/style.css">'], read);
    expect([...found].sort()).toEqual(
      [
        '/_astro/dep.js',
        '/_astro/font.woff2',
        '/_astro/gone.js',
        '/_astro/img.png',
        '/_astro/page.js',
        '/_astro/style.css',
      ].sort(),
    );
  });
});

describe('the course pack of a language', () => {
  const page = (path: string, title: string, html = ''): SitePage => ({
    path,
    title,
    html,
    bytes: 1000 + path.length,
    hash: sha(path + html),
  });
  const file = (path: string, bytes = 100): SiteFile => ({ path, bytes, hash: sha(path) });
  const pages = [
    page('/', 'Home'),
    page('/course/', 'Course'),
    page('/course/strategy/', 'Strategy', '<script src="/_astro/quiz.1.js"></script>'),
    page('/course/role/', 'Role', '<script src="/_astro/quiz.1.js"></script>'),
    page('/glossary/', 'Glossary', '<link href="/_astro/style.2.css">'),
    page('/instructors/', 'Instructors', '<script src="/_astro/lms.3.js"></script>'),
    page('/bg/course/role/', 'Роля'),
  ];
  const files = [
    file('/_astro/quiz.1.js', 500),
    file('/_astro/style.2.css', 300),
    file('/_astro/lms.3.js', 900),
    file('/pagefind/pagefind.js'),
    file('/pagefind/pagefind.en_abc.pf_meta'),
    file('/pagefind/index/en_1.pf_index'),
    file('/pagefind/index/bg_1.pf_index'),
    file('/pagefind/wasm.en.pagefind'),
    file('/quizzes/en/pool.json'),
    file('/quizzes/bg/pool.json'),
  ];
  const searchEntry = { languages: { en: { hash: 'en_abc', wasm: 'en' }, bg: { hash: 'bg_def', wasm: 'bg' } } };
  const texts: Record<string, string> = { '/_astro/quiz.1.js': '', '/_astro/style.2.css': '' };
  const rank = (path: string) => ['/course/', '/course/role/', '/course/strategy/'].indexOf(path) >>> 0;
  const input = { lang: 'en' as const, pages, files, searchEntry, readText: (p: string) => texts[p], rank, hash: sha };

  it('lists the lessons in course order, with their files, search and data, and no other language', async () => {
    const pack = await buildPack(input);
    expect(pack.shell.map((p) => p.url)).toEqual(['/course/', '/']);
    expect(pack.pages).toEqual([
      { url: '/course/role/', title: 'Role' },
      { url: '/course/strategy/', title: 'Strategy' },
      { url: '/glossary/', title: 'Glossary' },
    ]);
    expect(pack.files.map((f) => `${f.cache} ${f.url}`)).toEqual([
      'assets /_astro/quiz.1.js',
      'assets /_astro/style.2.css',
      'search /pagefind/index/en_1.pf_index',
      'search /pagefind/pagefind.en_abc.pf_meta',
      'search /pagefind/pagefind.js',
      'search /pagefind/wasm.en.pagefind',
      'pages /quizzes/en/pool.json',
      'pages /course/role/',
      'pages /course/strategy/',
      'pages /glossary/',
    ]);
    expect(pack.bytes).toBe(pack.files.reduce((n, f) => n + f.bytes, 0));
  });

  it('changes version when a page changes, and only then', async () => {
    const first = await buildPack(input);
    expect((await buildPack(input)).version).toBe(first.version);
    const edited = pages.map((p) => (p.path === '/course/role/' ? { ...p, hash: sha('edited') } : p));
    expect((await buildPack({ ...input, pages: edited })).version).not.toBe(first.version);
  });

  it('reads back a pack from JSON and refuses anything else', async () => {
    const pack = await buildPack(input);
    expect(readCoursePack(JSON.parse(JSON.stringify(pack)))).toEqual(pack);
    expect(readCoursePack({ ...pack, lang: 'de' })).toBeUndefined();
    expect(
      readCoursePack({ ...pack, files: [{ url: 'http://evil.example/', bytes: 1, cache: 'pages' }] }),
    ).toBeUndefined();
    expect(readCoursePack({ ...pack, files: [{ url: '/x', bytes: 1, cache: 'other' }] })).toBeUndefined();
    expect(readCoursePack({ ...pack, pages: [{ url: '/x' }] })).toBeUndefined();
    expect(readCoursePack('pack')).toBeUndefined();
  });

  it('takes a page’s title without the site name, with entities decoded', () => {
    expect(pageTitle('<title>Metrics &amp; KPIs | SMM Academy</title>')).toBe('Metrics & KPIs');
    expect(pageTitle('<title>A | B | SMM Академия</title>')).toBe('A | B');
    expect(pageTitle('<title>&#8220;Quoted&#x201D;</title>')).toBe('“Quoted”');
    expect(pageTitle('<p>no title</p>')).toBe('');
  });
});
