/**
 * Writes the LMS downloads into dist/downloads/<lang>/ once the site is built: Moodle XML and
 * GIFT (a file per lesson and one for the course), a QTI 2.1 package, and SCORM 1.2 packages (one
 * per lesson and one for the course) made from the built lesson pages. Then it writes each file's
 * size into the instructors' pages, which name the files. A missing bank, a lesson page that would
 * load from outside its package, or a size the pages ask for that no file has fails the build.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LmsCourse } from '../lib/lms/course';
import { LESSON_PASS_MARK } from '../lib/lms/course';
import { downloadPath, formatSize, SIZE_ATTRIBUTE } from '../lib/lms/downloads';
import { toGift } from '../lib/lms/gift';
import { toMoodleXml } from '../lib/lms/moodle-xml';
import { qtiPackageFiles } from '../lib/lms/qti';
import { linkedStylesheets, toScoPage } from '../lib/lms/sco-page';
import { scormPackageFiles } from '../lib/lms/scorm';
import { zipFiles } from '../lib/lms/zip';
import { LANGS, localizePath, type Lang } from '../lib/paths';
import { bundleScript } from './bundle-script';
import { readCourse } from './lms-content';

const PLAYER_ENTRY = 'src/scripts/scorm/scorm-player.ts';
const PLAYER_PATH = 'assets/player.js';

/** The SCORM player (session glue + quiz element) as one classic script, which also runs from disk. */
export async function buildPlayer(root: string): Promise<string> {
  return bundleScript(join(root, PLAYER_ENTRY), { format: 'iife' });
}

/** The site's stylesheets for a page, copied into the package; CSS may only refer to data: URLs. */
async function packageStylesheets(dist: string, html: string, source: string) {
  const assets = new Map<string, string>();
  const stylesheets = [];
  for (const { href, media } of linkedStylesheets(html)) {
    if (!href.startsWith('/')) throw new Error(`${source}: stylesheet ${href} is not part of the site`);
    const css = await readFile(join(dist, href), 'utf8');
    for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)/g)) {
      if (!url!.startsWith('data:') && !url!.startsWith('#')) {
        throw new Error(`${href}: url(${url}) would load from outside a SCORM package; inline it as a data: URL`);
      }
    }
    const path = `assets/${basename(href)}`;
    assets.set(path, css);
    stylesheets.push({ href: path, ...(media ? { media } : {}) });
  }
  return { assets, stylesheets };
}

async function scormPackages(course: LmsCourse, dist: string, player: string, siteUrl: string) {
  const pages = new Map<string, string>();
  const assets = new Map<string, string>([[PLAYER_PATH, player]]);
  for (const lesson of course.lessons) {
    const source = join(localizePath(course.lang, `course/${lesson.slug}`), 'index.html');
    const html = await readFile(join(dist, source), 'utf8');
    const css = await packageStylesheets(dist, html, source);
    for (const [path, content] of css.assets) assets.set(path, content);
    pages.set(
      lesson.slug,
      toScoPage(html, {
        source,
        siteUrl,
        stylesheets: css.stylesheets,
        script: PLAYER_PATH,
        passMark: LESSON_PASS_MARK,
        status: { connected: course.t('lms.scormConnected'), standalone: course.t('lms.scormStandalone') },
      }),
    );
  }
  const base = { pages, passMark: LESSON_PASS_MARK };
  const out = new Map<string, Uint8Array>();
  for (const lesson of course.lessons) {
    // A lesson package carries only the stylesheets its own page links.
    const linked = new Set([
      PLAYER_PATH,
      ...[...pages.get(lesson.slug)!.matchAll(/href="(assets\/[^"]+)"/g)].map((m) => m[1]!),
    ]);
    const files = scormPackageFiles({
      ...base,
      lessons: [lesson],
      title: `${course.t('lms.courseName')}: ${lesson.title}`,
      assets: new Map([...assets].filter(([path]) => linked.has(path))),
      identifier: `smm-academy-${course.lang}-${lesson.slug}`,
    });
    out.set(downloadPath(course.lang, 'scorm', lesson.slug), zipFiles(files));
  }
  const whole = scormPackageFiles({
    ...base,
    lessons: course.lessons,
    title: course.t('lms.courseName'),
    assets,
    identifier: `smm-academy-${course.lang}-course`,
  });
  out.set(downloadPath(course.lang, 'scorm'), zipFiles(whole));
  return out;
}

/** Every download of a language, by site path. */
async function languageDownloads(course: LmsCourse, dist: string, player: string, siteUrl: string) {
  const files = new Map<string, string | Uint8Array>();
  files.set(downloadPath(course.lang, 'moodle-xml'), toMoodleXml(course, course.lessons));
  files.set(downloadPath(course.lang, 'gift'), toGift(course, course.lessons));
  for (const lesson of course.lessons) {
    files.set(downloadPath(course.lang, 'moodle-xml', lesson.slug), toMoodleXml(course, [lesson]));
    files.set(downloadPath(course.lang, 'gift', lesson.slug), toGift(course, [lesson]));
  }
  files.set(downloadPath(course.lang, 'qti'), zipFiles(qtiPackageFiles(course)));
  for (const [path, zip] of await scormPackages(course, dist, player, siteUrl)) files.set(path, zip);
  return files;
}

/** Writes each file's size where a page asks for it (<span data-lms-size="/downloads/…">). */
async function fillSizes(dist: string, sizes: ReadonlyMap<string, number>): Promise<number> {
  const pattern = new RegExp(`(<[a-z]+[^>]*\\s${SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)([^<]*)(<)`, 'g');
  let filled = 0;
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    if (!html.includes(SIZE_ATTRIBUTE)) continue;
    const lang: Lang = /<html[^>]*\slang="bg"/.test(html) ? 'bg' : 'en';
    const updated = html.replace(pattern, (_m, open: string, path: string, _text: string, close: string) => {
      const size = sizes.get(path);
      if (size === undefined) throw new Error(`${file}: no download ${path} to give the size of`);
      filled++;
      return `${open}${formatSize(size, lang)}${close}`;
    });
    await writeFile(file, updated);
  }
  return filled;
}

export function lmsExports(): AstroIntegration {
  let root = '';
  let siteUrl = '';
  return {
    name: 'smm-academy:lms-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteUrl = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const player = await buildPlayer(root);
        const sizes = new Map<string, number>();
        for (const lang of LANGS) {
          const course = readCourse(root, lang, siteUrl);
          for (const [path, content] of await languageDownloads(course, dist, player, siteUrl)) {
            const file = join(dist, path);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, content);
            sizes.set(path, (await stat(file)).size);
          }
        }
        const filled = await fillSizes(dist, sizes);
        logger.info(
          `${sizes.size} LMS downloads written to downloads/; ${filled} sizes shown on the instructors' pages`,
        );
      },
    },
  };
}
