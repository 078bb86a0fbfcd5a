/**
 * Which of the site's files go where when it works offline. The build (src/integrations/offline.ts),
 * the service worker and the pages share these rules and names, so the precache, the runtime caches
 * and the course download never disagree. Paths are site paths ("/bg/course/role/").
 */
import { LANGS, localizePath, type Lang } from '../paths';

/**
 * The runtime caches. Pages visited and the course download share them: `pages` holds HTML and the
 * JSON data pages fetch, `assets` the hashed scripts, styles and images of the pages stored, `search`
 * Pagefind's files. The precache (the app shell) is Workbox's own, one per service worker.
 */
export const CACHE_NAMES = {
  pages: 'smm-pages',
  assets: 'smm-assets',
  search: 'smm-search',
} as const;
export type CacheKind = keyof typeof CACHE_NAMES;

/** Where the build puts hashed files (scripts, styles, images): cached under these names forever. */
export const ASSET_PREFIX = '/_astro/';
export const SEARCH_PREFIX = '/pagefind/';
/** LMS packages: large zip files for instructors, never cached. */
export const DOWNLOADS_PREFIX = '/downloads/';

/** The language a site path belongs to. */
export const langOfPath = (path: string): Lang => (path === '/bg' || path.startsWith('/bg/') ? 'bg' : 'en');

/** The path within the language: "/bg/course/role/" → "course/role/", "/" → "". */
export const pathInLang = (path: string): string => path.replace(/^\/(bg\/)?/, '').replace(/^bg$/, '');

/**
 * The app shell: the pages a learner needs first, precached when the service worker installs —
 * home, course overview, progress page and every practice tool, plus the offline page. The
 * instructors' and hiring managers' tools are stored when visited (they would take the shell past
 * its 1.5 MB budget in Bulgarian).
 */
export function isShellPage(path: string): boolean {
  const rest = pathInLang(path);
  return ['', 'course/', 'progress/', 'offline/'].includes(rest) || /^tools\/[^/]+\/$/.test(rest);
}

/**
 * The pages of the course download, besides the shell: every lesson and quiz (the final assessment
 * included), the glossary and the sources the lessons cite.
 */
export function isCoursePage(path: string): boolean {
  const rest = pathInLang(path);
  return !isShellPage(path) && (/^course\/[^/]+\/$/.test(rest) || ['glossary/', 'sources/'].includes(rest));
}

/** The page shown for a page not stored yet, in the language of the page asked for. */
export const offlinePagePath = (path: string): string => localizePath(langOfPath(path), 'offline');

/** The service worker of a language and its scope: each language's app is installed on its own. */
export const serviceWorkerPath = (lang: Lang): string => `${localizePath(lang, '')}sw.js`;
export const scopeOf = (lang: Lang): string => localizePath(lang, '');

/** The web app manifest of a language. */
export const manifestPath = (lang: Lang): string => `${localizePath(lang, '')}manifest.webmanifest`;

/** The list of files of a language's course download (see CoursePack), written at build time. */
export const packPath = (lang: Lang): string => `/offline/course-${lang}.json`;

/** Pagefind's files that search in `lang` needs, given the languages listed in pagefind-entry.json. */
export function isSearchFileFor(
  file: string,
  lang: Lang,
  entry: { languages: Record<string, { hash: string; wasm: string | null }> },
): boolean {
  const info = entry.languages[lang];
  if (!info) return false;
  const name = file.replace(SEARCH_PREFIX, '');
  if (['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js'].includes(name)) return true;
  if (name === `wasm.${info.wasm ?? 'unknown'}.pagefind`) return true;
  if (name === `pagefind.${info.hash}.pf_meta`) return true;
  return /^(index|fragment|filter)\//.test(name) && name.split('/')[1]!.startsWith(`${lang}_`);
}

export { LANGS };
