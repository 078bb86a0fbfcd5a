/**
 * `npm run bench`: builds the site and reports what each page type ships, how the build spends its
 * time and memory, Lighthouse scores where Chromium exists, and how the build scales with lessons.
 * Writes test/bench/report.json and report.md, and the table into README.md.
 * Options: --no-lighthouse, --no-scaling, --scale=100,500.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFile, pageScripts, pageStyles, sum, gzipSize } from '../support/assets.ts';
import { measurePlainStarlight } from './plain-starlight.ts';
import { runLighthouse } from './lighthouse.ts';
import { measureScaling } from './scaling.ts';
import { measureOffline } from './offline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const args = new Set(process.argv.slice(2));
const scaleArg = process.argv.find((a) => a.startsWith('--scale='));
const SCALES = scaleArg ? scaleArg.slice(8).split(',').map(Number) : [100, 500];

export interface BuildMeasure {
  seconds: number;
  peakRssMb: number;
  phases: Record<string, number>;
}

/** Sum of the resident memory of a process and all its descendants, in kB (Linux /proc). */
function treeRssKb(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const visit = (p: number) => {
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0);
    } catch {
      // Gone.
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

/** Runs `astro build` in a folder, timing its phases from the log and sampling peak memory. */
export async function measureBuild(cwd: string): Promise<BuildMeasure> {
  const started = performance.now();
  const marks: [string, number][] = [];
  const child = spawn(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 100);
  const PHASES: [RegExp, string][] = [
    [/\[content\] Syncing content/, 'content sync'],
    [/\[build\] Building static entrypoints/, 'bundling'],
    [/generating static routes/, 'rendering pages'],
    [/\[@astrojs\/sitemap\]|Pagefind|pagefind/i, 'search index + sitemap'],
    [/inline scripts hashed/, 'CSP hashes'],
  ];
  let log = '';
  const onData = (data: Buffer) => {
    const text = data.toString();
    log += text;
    for (const [pattern, name] of PHASES) {
      if (!marks.some(([n]) => n === name) && pattern.test(text)) marks.push([name, performance.now()]);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed in ${cwd}:\n${log.slice(-3000)}`);
  const ended = performance.now();
  const phases: Record<string, number> = {};
  const ordered = [['startup', started] as [string, number], ...marks.sort((a, b) => a[1] - b[1])];
  ordered.forEach(([name, at], i) => {
    const next = ordered[i + 1]?.[1] ?? ended;
    phases[name] = Math.round(((next - at) / (ended - started)) * 100);
  });
  return { seconds: Math.round((ended - started) / 100) / 10, peakRssMb: Math.round(peak / 1024), phases };
}

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && filter(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Scripts a page may load later: the dynamic imports of its eager scripts (Starlight's search UI). */
function lazyScripts(html: string): { raw: number; gzip: number } {
  const eager = pageScripts(DIST, html).filter((a) => a.path !== 'inline');
  const seen = new Set(eager.map((a) => a.path));
  const queue = eager.flatMap((a) =>
    [...readFileSync(join(DIST, a.path), 'utf8').matchAll(/import\(["'`]([^"'`]+)["'`]\)/g)].map(
      (m) => new URL(m[1]!, `http://x${a.path}`).pathname,
    ),
  );
  let raw = 0;
  let gzip = 0;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || !existsSync(join(DIST, path))) continue;
    seen.add(path);
    const code = readFileSync(join(DIST, path));
    raw += code.length;
    gzip += gzipSize(code);
    queue.push(
      ...[...code.toString().matchAll(/from\s*["'`](\.[^"'`]+)["'`]/g)].map(
        (m) => new URL(m[1]!, `http://x${path}`).pathname,
      ),
    );
  }
  return { raw, gzip };
}

function pageTypes(): { type: string; path: string }[] {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => !p.startsWith('/bg/'));
  const types = [
    { type: 'home', path: '/' },
    { type: 'content page (no widget)', path: '/course/' },
    { type: 'glossary', path: '/glossary/' },
    { type: 'lesson with quiz', path: '/course/role/' },
    { type: 'final assessment', path: '/course/final-assessment/' },
    ...paths
      .filter((p) => /^\/(tools|instructors|hiring)\/|^\/progress\//.test(p))
      .map((p) => ({ type: `tool: ${p.split('/').filter(Boolean).join('/')}`, path: p })),
  ];
  return types.filter((t) => paths.includes(t.path)).flatMap((t) => [t, { type: t.type, path: `/bg${t.path}` }]);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  console.log('Building the site…');
  const build = await measureBuild(ROOT);
  const pages = pageTypes().map(({ type, path }) => {
    const html = readFileSync(htmlFile(DIST, path), 'utf8');
    const js = pageScripts(DIST, html);
    const css = pageStyles(DIST, html);
    const lazy = lazyScripts(html);
    return {
      type,
      path,
      locale: path.startsWith('/bg/') ? 'bg' : 'en',
      html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
      jsEager: { raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
      jsWithSearch: { raw: sum(js, 'raw') + lazy.raw, gzip: sum(js, 'gzip') + lazy.gzip },
      css: { raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
      cssPrint: { gzip: sum(pageStyles(DIST, html, 'print'), 'gzip') },
    };
  });
  const pagefind = {
    total: dirSize(join(DIST, 'pagefind')),
    en: dirSize(join(DIST, 'pagefind'), (n) => n.startsWith('en')),
    bg: dirSize(join(DIST, 'pagefind'), (n) => n.startsWith('bg')),
  };
  const offline = measureOffline(DIST);
  console.log('Measuring plain Starlight…');
  const plainStarlight = measurePlainStarlight(ROOT);
  const lighthouse = args.has('--no-lighthouse') ? [] : await runLighthouse(DIST, pageTypes());
  const scaling = args.has('--no-scaling') ? [] : await measureScaling(ROOT, SCALES, measureBuild);
  const report = {
    date: new Date().toISOString(),
    build,
    plainStarlight,
    pages,
    pagefind,
    offline,
    lighthouse,
    scaling,
  };
  writeFileSync(join(import.meta.dirname, 'report.json'), JSON.stringify(report, null, 2) + '\n');

  const lines = [
    `Measured ${report.date.slice(0, 10)} with \`npm run bench\` (bytes: raw / gzip, KB). Lighthouse loads each page in both locales from a local server that gzips text, as static hosts do.`,
    '',
    '| Page type | Locale | HTML | JS eager | JS incl. search UI | CSS | print CSS (gzip) |',
    '|---|---|---|---|---|---|---|',
    ...pages.map(
      (p) =>
        `| ${p.type} | ${p.locale} | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.jsEager.raw)} / ${kb(p.jsEager.gzip)} | ${kb(p.jsWithSearch.raw)} / ${kb(p.jsWithSearch.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.cssPrint.gzip)} |`,
    ),
    '',
    `Plain Starlight docs page (baseline): JS ${kb(plainStarlight.jsRaw)} / ${kb(plainStarlight.jsGzip)} KB, CSS ${kb(plainStarlight.cssGzip)} KB gzip.`,
    `Pagefind index: ${kb(pagefind.total)} KB in all (English fragments/indexes ${kb(pagefind.en)} KB, Bulgarian ${kb(pagefind.bg)} KB).`,
    `Build: ${build.seconds} s, peak memory ${build.peakRssMb} MB; phases: ${Object.entries(build.phases)
      .map(([n, p]) => `${n} ${p}%`)
      .join(', ')}.`,
  ];
  lines.push(
    '',
    '| Offline | Installable | Course download | Service worker (gzip) |',
    '|---|---|---|---|',
    ...offline.map(
      (o) =>
        `| ${o.lang} | ${o.installable ? 'yes' : `no: ${o.problems.join(', ')}`} | ${o.downloadPages} pages, ${kb(o.downloadBytes)} KB | ${kb(o.workerGzip)} KB |`,
    ),
  );
  if (lighthouse.length) {
    lines.push(
      '',
      '| Lighthouse (mobile) | Performance | Accessibility | Best practices | SEO | Transfer KB |',
      '|---|---|---|---|---|---|',
    );
    for (const l of lighthouse)
      lines.push(
        `| ${l.type} (${l.path}) | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${kb(l.transferBytes)} |`,
      );
  }
  if (scaling.length) {
    lines.push(
      '',
      '| Synthetic lessons added | Pages | Build s | Peak MB | dist KB per page | HTML KB per lesson page |',
      '|---|---|---|---|---|---|',
    );
    for (const s of scaling)
      lines.push(
        `| ${s.lessons} | ${s.pages} | ${s.seconds} | ${s.peakRssMb} | ${kb(s.distBytesPerPage)} | ${kb(s.lessonHtmlBytes)} |`,
      );
  }
  const markdown = lines.join('\n') + '\n';
  writeFileSync(join(import.meta.dirname, 'report.md'), markdown);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, `$1${markdown}$2`);
  writeFileSync(readmePath, updated);
  console.log(markdown);
}

await main();
