/**
 * What the offline support needs from the built site, made from dist/ after the pages are built, so
 * that new pages are included without a list to keep by hand:
 * - dist/offline/course-<lang>.json: each language's course pack (src/lib/offline/pack.ts);
 * - dist/sw.js and dist/bg/sw.js: src/service-worker/sw.ts bundled with Workbox by esbuild, with the
 *   language's app shell written in by workbox-build's injectManifest (revisions from the files'
 *   contents; hashed /_astro/ files by their names).
 * The LMS downloads (dist/downloads/) are never cached.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { buildPack, pageTitle, type SiteFile, type SitePage } from '../lib/offline/pack';
import {
  DOWNLOADS_PREFIX,
  isShellPage,
  langOfPath,
  LANGS,
  manifestPath,
  offlinePagePath,
  packPath,
  pathInLang,
  serviceWorkerPath,
} from '../lib/offline/site-files';
import { localizePath, type Lang } from '../lib/paths';
import { bundleScript } from './bundle-script';
import { readCourseOutline } from './course-outline';

const SW_ENTRY = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
/** The app shell's budget in Cache Storage (bytes as stored, uncompressed; 1 MB = 10⁶ B), per language. */
export const SHELL_BUDGET_BYTES = 1_500_000;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const toSitePath = (file: string) => `/${file.split(sep).join('/')}`;
/** "/course/role/index.html" → "/course/role/"; other files keep their path. */
const pagePath = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

async function readSite(dist: string) {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  const pages: SitePage[] = [];
  const files: SiteFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = toSitePath(relative(dist, join(entry.parentPath, entry.name)));
    if (path.startsWith(DOWNLOADS_PREFIX)) continue;
    const content = await readFile(join(dist, path));
    const file = { path, bytes: content.length, hash: sha256(content) };
    if (path.endsWith('/index.html')) {
      const html = content.toString('utf8');
      pages.push({ ...file, path: pagePath(path), title: pageTitle(html), html });
    } else files.push(file);
  }
  return { pages, files };
}

/** Course order: the overview, the lessons as the outline lists them, then the reference pages. */
function courseRank(): (path: string) => number {
  const lessons = readCourseOutline().map((lesson) => `course/${lesson.slug}/`);
  const fixed: Record<string, number> = { 'course/': 0, 'course/final-assessment/': 900, 'glossary/': 950 };
  return (path) => {
    const rest = pathInLang(path);
    const lesson = lessons.indexOf(rest);
    return lesson >= 0 ? lesson + 1 : (fixed[rest] ?? 1000);
  };
}

// Workbox logs only in development builds.
const bundleServiceWorker = () =>
  bundleScript(SW_ENTRY, { format: 'iife', define: { 'process.env.NODE_ENV': '"production"' } });

/**
 * The files of a language's app shell, relative to dist/: its pages, and every language's offline
 * page, manifest and pack, which are small, so that a page of the other language that this worker
 * serves (the English one's scope holds /bg/ until the Bulgarian one is installed) is complete too.
 */
function shellFiles(lang: Lang, pages: readonly SitePage[]): string[] {
  const offlinePages = LANGS.map((l) => offlinePagePath(localizePath(l, '')));
  const html = pages
    .filter((page) => (isShellPage(page.path) && langOfPath(page.path) === lang) || offlinePages.includes(page.path))
    .map((page) => `${page.path.slice(1)}index.html`);
  const perLanguage = LANGS.flatMap((l) => [manifestPath(l).slice(1), packPath(l).slice(1)]);
  return [...html, ...perLanguage, 'favicon.svg', 'icons/*.png'];
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** Writes the packs and the service workers; returns lines for the build log. */
export async function buildOfflineFiles(dist: string): Promise<string[]> {
  const { pages, files } = await readSite(dist);
  const searchEntry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
  const texts = new Map<string, string>();
  const readText = (path: string) => texts.get(path);
  for (const file of files.filter((f) => /\.(m?js|css)$/.test(f.path)))
    texts.set(file.path, await readFile(join(dist, file.path), 'utf8'));

  const report: string[] = [];
  const rank = courseRank();
  await mkdir(join(dist, 'offline'), { recursive: true });
  for (const lang of LANGS) {
    const pack = await buildPack({ lang, pages, files, searchEntry, readText, rank, hash: sha256 });
    await writeFile(join(dist, packPath(lang)), JSON.stringify(pack));
    report.push(`course download (${lang}): ${pack.pages.length} pages, ${pack.files.length} files, ${mb(pack.bytes)}`);
  }

  const temp = await mkdtemp(join(tmpdir(), 'smm-sw-'));
  try {
    const source = join(temp, 'sw.js');
    await writeFile(source, await bundleServiceWorker());
    for (const lang of LANGS) {
      const result = await injectManifest({
        swSrc: source,
        swDest: join(dist, serviceWorkerPath(lang)),
        globDirectory: dist,
        globPatterns: ['_astro/*.{js,css}', ...shellFiles(lang, pages)],
        modifyURLPrefix: { '': '/' },
        dontCacheBustURLsMatching: /_astro\//,
        // The shell's pages are asked for by their addresses ("/course/"), not their files.
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.map((entry) => ({ ...entry, url: pagePath(entry.url) })),
            warnings: [],
          }),
        ],
      });
      for (const warning of result.warnings) report.push(`service worker (${lang}): ${warning}`);
      const over = result.size > SHELL_BUDGET_BYTES ? ` — over the ${mb(SHELL_BUDGET_BYTES)} budget!` : '';
      report.push(`app shell (${lang}): ${result.count} files, ${mb(result.size)} precached${over}`);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return report;
}
