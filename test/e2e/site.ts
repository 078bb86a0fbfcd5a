import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

/** Site paths listed in the built sitemap, e.g. "/bg/course/role/". */
export function sitemapPaths(): string[] {
  const index = readFileSync(resolve(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return files.flatMap((file) => {
    const xml = readFileSync(resolve(dist, file), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}
