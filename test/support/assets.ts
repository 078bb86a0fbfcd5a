import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A resource a page loads eagerly: an external file or the page's inline code. */
export interface Asset {
  /** Site path of the file, or "inline" for code written into the page. */
  path: string;
  raw: number;
  gzip: number;
}

export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const asset = (path: string, text: string | Buffer): Asset => ({
  path,
  raw: Buffer.byteLength(text),
  gzip: gzipSize(text),
});

/** Static imports of a built module (`import … from "./x.js"` and `import "./x.js"`), as site paths. */
function staticImports(sitePath: string, code: string): string[] {
  const found = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  return found.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec)));
}

/** Dynamic imports of a built module (`import("./x.js")`, any quotes), as site paths. */
function dynamicImports(sitePath: string, code: string): string[] {
  const found = [...code.matchAll(/\bimport\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1]!);
  return found.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec)));
}

/** The module scripts a page loads (`<script src>`), in page order. */
export const scriptEntries = (html: string): string[] =>
  [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);

/** A module script and every module it imports statically: what loading it costs. */
export function moduleClosure(dist: string, entry: string): Asset[] {
  return loadModules(dist, [entry]);
}

/**
 * A module script and everything it can ever load: its static imports and, transitively, every
 * module it or they import on demand (`import("./x.js")`). What a widget costs once fully used.
 */
export function moduleGraph(dist: string, entry: string): Asset[] {
  return loadModules(dist, [entry], true);
}

/** Eager JavaScript of a built page: inline scripts plus module scripts and their static imports. */
export function pageScripts(dist: string, html: string): Asset[] {
  const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map((m) => m[2]!)
    .join('\n');
  const files = loadModules(dist, scriptEntries(html));
  return inline ? [asset('inline', inline), ...files] : files;
}

function loadModules(dist: string, entries: string[], dynamic = false): Asset[] {
  const seen = new Set<string>();
  const queue = [...entries];
  const files: Asset[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path));
    files.push(asset(path, code));
    const text = code.toString('utf8');
    queue.push(...staticImports(path, text), ...(dynamic ? dynamicImports(path, text) : []));
  }
  return files;
}

/**
 * CSS a built page renders with: linked stylesheets and inline <style> elements. Print-only
 * stylesheets (media="print") load without blocking the page and are left out unless asked for.
 */
export function pageStyles(dist: string, html: string, media: 'screen' | 'print' = 'screen'): Asset[] {
  const inline =
    media === 'screen' ? [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n') : '';
  const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /media="print"/.test(tag) === (media === 'print'))
    .map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
  const files = links.map((path) => asset(path, readFileSync(join(dist, path))));
  return inline ? [asset('inline', inline), ...files] : files;
}

export const sum = (assets: readonly Asset[], key: 'raw' | 'gzip'): number => assets.reduce((n, a) => n + a[key], 0);

/** The HTML file of a site path. */
export const htmlFile = (dist: string, path: string): string =>
  path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
