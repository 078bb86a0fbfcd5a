/**
 * A language's course pack: the list of files "Download the course for offline use" stores, with
 * their sizes, made at build time from the built site (src/integrations/offline.ts) and published as
 * JSON (packPath). The pages read it to show the size before starting, to store the files and to
 * list what is available offline.
 */
import { isRecord } from '../guards';
import type { Lang } from '../paths';
import { assetClosure } from './asset-refs';
import { CACHE_NAMES, type CacheKind, isCoursePage, isSearchFileFor, isShellPage, langOfPath } from './site-files';

export interface PackPage {
  url: string;
  title: string;
}

export interface PackFile {
  url: string;
  /** Size of the file as stored (uncompressed). */
  bytes: number;
  /** Which runtime cache it goes into (see CACHE_NAMES). */
  cache: CacheKind;
}

export interface CoursePack {
  /** Changes whenever any file of the pack or the shell changes (a hash of their contents). */
  version: string;
  lang: Lang;
  /** Pages of the app shell, precached by the service worker. */
  shell: PackPage[];
  /** Pages the download adds, in course order. */
  pages: PackPage[];
  /** Every file the download stores: hashed files first, then search, data and pages. */
  files: PackFile[];
  /** Sum of the files' sizes. */
  bytes: number;
}

/** A built file: its site path, size and a hash of its content. */
export interface SiteFile {
  path: string;
  bytes: number;
  hash: string;
}

/** A built page, with its title and HTML. */
export interface SitePage extends SiteFile {
  title: string;
  html: string;
}

export interface PackInput {
  lang: Lang;
  pages: readonly SitePage[];
  /** Every other built file (scripts, styles, search index, data). */
  files: readonly SiteFile[];
  /** Pagefind's pagefind-entry.json, which names each language's index files. */
  searchEntry: { languages: Record<string, { hash: string; wasm: string | null }> };
  /** Text of a built file, for following the scripts' own imports. */
  readText: (path: string) => string | undefined;
  /** Where a page comes in the course (lower first); pages of equal rank keep path order. */
  rank: (path: string) => number;
  /** A hash function for the version (the build passes SHA-256). */
  hash: (text: string) => string;
}

const byRank = (rank: (path: string) => number) => (a: { path: string }, b: { path: string }) =>
  rank(a.path) - rank(b.path) || a.path.localeCompare(b.path);

/** Data that the course's pages fetch: the final assessment's question pool. */
const isCourseData = (path: string, lang: Lang) => path.startsWith(`/quizzes/${lang}/`) && path.endsWith('.json');

export async function buildPack(input: PackInput): Promise<CoursePack> {
  const { lang, rank } = input;
  const inLang = input.pages.filter((page) => langOfPath(page.path) === lang).sort(byRank(rank));
  const shell = inLang.filter((page) => isShellPage(page.path));
  const course = inLang.filter((page) => isCoursePage(page.path));
  const byPath = new Map(input.files.map((file) => [file.path, file]));

  const assets = [
    ...(await assetClosure(
      course.map((page) => page.html),
      input.readText,
    )),
  ]
    .map((path) => byPath.get(path))
    .filter((file) => file !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path));
  const search = input.files
    .filter((file) => isSearchFileFor(file.path, lang, input.searchEntry))
    .sort((a, b) => a.path.localeCompare(b.path));
  const data = input.files.filter((file) => isCourseData(file.path, lang));

  const entry = (cache: CacheKind) => (file: SiteFile) => ({ url: file.path, bytes: file.bytes, cache });
  const files = [
    ...assets.map(entry('assets')),
    ...search.map(entry('search')),
    ...data.map(entry('pages')),
    ...course.map(entry('pages')),
  ];
  const versioned = [...shell, ...assets, ...search, ...data, ...course].map((f) => `${f.path} ${f.hash}`);
  return {
    version: input.hash(versioned.sort().join('\n')).slice(0, 16),
    lang,
    shell: shell.map((page) => ({ url: page.path, title: page.title })),
    pages: course.map((page) => ({ url: page.path, title: page.title })),
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** The cache a file of the pack goes into. */
export const cacheNameOf = (file: PackFile): string => CACHE_NAMES[file.cache];

/** A page's title from its <title>, without the site's name after the last " | ". */
export function pageTitle(html: string): string {
  const raw = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const parts = decodeEntities(raw.trim()).split(' | ');
  return (parts.length > 1 ? parts.slice(0, -1).join(' | ') : parts[0]!).trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(value);
    }
    return NAMED[code.toLowerCase()] ?? match;
  });
}

const isPage = (value: unknown): value is PackPage =>
  isRecord(value) && typeof value.url === 'string' && value.url.startsWith('/') && typeof value.title === 'string';
const isFile = (value: unknown): value is PackFile =>
  isRecord(value) &&
  typeof value.url === 'string' &&
  value.url.startsWith('/') &&
  typeof value.bytes === 'number' &&
  value.bytes >= 0 &&
  typeof value.cache === 'string' &&
  Object.hasOwn(CACHE_NAMES, value.cache);

/** A course pack read from the network or a cache; anything else is undefined. */
export function readCoursePack(value: unknown): CoursePack | undefined {
  if (!isRecord(value) || typeof value.version !== 'string' || (value.lang !== 'en' && value.lang !== 'bg'))
    return undefined;
  const { shell, pages, files } = value;
  if (![shell, pages].every((list) => Array.isArray(list) && list.every(isPage))) return undefined;
  if (!Array.isArray(files) || !files.every(isFile)) return undefined;
  const checked = files as PackFile[];
  return {
    version: value.version,
    lang: value.lang,
    shell: shell as PackPage[],
    pages: pages as PackPage[],
    files: checked,
    bytes: checked.reduce((sum, file) => sum + file.bytes, 0),
  };
}
