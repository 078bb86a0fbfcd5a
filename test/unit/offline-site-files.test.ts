import { describe, expect, it } from 'vitest';
import {
  isCoursePage,
  isSearchFileFor,
  isShellPage,
  langOfPath,
  manifestPath,
  offlinePagePath,
  pathInLang,
  scopeOf,
  serviceWorkerPath,
} from '../../src/lib/offline/site-files';
import { ICONS, webManifest } from '../../src/lib/offline/web-manifest';

describe('which files go where offline', () => {
  it.each([
    ['/', 'en', ''],
    ['/bg/', 'bg', ''],
    ['/bg', 'bg', ''],
    ['/course/role/', 'en', 'course/role/'],
    ['/bg/course/role/', 'bg', 'course/role/'],
    ['/bgx/', 'en', 'bgx/'],
  ])('%s is in %s, as %s', (path, lang, rest) => {
    expect(langOfPath(path)).toBe(lang);
    expect(pathInLang(path)).toBe(rest);
  });

  it('puts home, overview, progress, offline page and practice tools in the app shell', () => {
    for (const path of ['/', '/bg/', '/course/', '/bg/progress/', '/offline/', '/tools/swot/', '/bg/tools/kpi-plan/'])
      expect(isShellPage(path), path).toBe(true);
    for (const path of ['/course/role/', '/glossary/', '/instructors/', '/tools/', '/tools/a/b/'])
      expect(isShellPage(path), path).toBe(false);
  });

  it('puts lessons, the final assessment, glossary and sources in the course download, not the shell', () => {
    for (const path of ['/course/role/', '/bg/course/final-assessment/', '/glossary/', '/bg/sources/'])
      expect(isCoursePage(path), path).toBe(true);
    for (const path of ['/course/', '/', '/instructors/', '/hiring/scorecard/', '/tools/swot/'])
      expect(isCoursePage(path), path).toBe(false);
  });

  it('names each language’s worker, scope, manifest and offline page', () => {
    expect([serviceWorkerPath('en'), scopeOf('en'), manifestPath('en')]).toEqual([
      '/sw.js',
      '/',
      '/manifest.webmanifest',
    ]);
    expect([serviceWorkerPath('bg'), scopeOf('bg'), manifestPath('bg')]).toEqual([
      '/bg/sw.js',
      '/bg/',
      '/bg/manifest.webmanifest',
    ]);
    expect(offlinePagePath('/course/role/')).toBe('/offline/');
    expect(offlinePagePath('/bg/course/role/')).toBe('/bg/offline/');
  });

  it('gives search in a language its own index files and the shared loader, never the other language’s', () => {
    const entry = { languages: { en: { hash: 'en_1a', wasm: 'en' }, bg: { hash: 'bg_2b', wasm: null } } };
    const yes = [
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind-worker.js',
      'wasm.en.pagefind',
      'pagefind.en_1a.pf_meta',
    ];
    for (const name of [...yes, 'index/en_9.pf_index', 'fragment/en_3.pf_fragment', 'filter/en_4.pf_filter'])
      expect(isSearchFileFor(`/pagefind/${name}`, 'en', entry), name).toBe(true);
    for (const name of ['index/bg_9.pf_index', 'pagefind.bg_2b.pf_meta', 'wasm.bg.pagefind', 'pagefind-ui.css'])
      expect(isSearchFileFor(`/pagefind/${name}`, 'en', entry), name).toBe(false);
    expect(isSearchFileFor('/pagefind/wasm.unknown.pagefind', 'bg', entry)).toBe(true);
    expect(isSearchFileFor('/pagefind/pagefind.js', 'bg', { languages: {} })).toBe(false);
  });
});

describe('web app manifest', () => {
  it('opens the learner’s language: its own id, start_url and scope', () => {
    const text = { name: 'SMM Академия', shortName: 'SMM Академия', description: 'Курс' };
    expect(webManifest('bg', text)).toMatchObject({
      id: '/bg/',
      start_url: '/bg/',
      scope: '/bg/',
      lang: 'bg',
      name: 'SMM Академия',
      short_name: 'SMM Академия',
      display: 'standalone',
    });
    expect(webManifest('en', text)).toMatchObject({ id: '/', start_url: '/', scope: '/' });
  });

  it('has any and maskable icons at 192 and 512 pixels', () => {
    for (const purpose of ['any', 'maskable'])
      for (const sizes of ['192x192', '512x512'])
        expect(ICONS.some((icon) => icon.purpose === purpose && icon.sizes === sizes)).toBe(true);
  });
});
