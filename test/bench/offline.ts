/**
 * The offline part of `npm run bench`: what installing and downloading the course costs, and the
 * checks an install prompt depends on. Lighthouse 12 dropped its PWA category, so the manifest is
 * checked here against the criteria browsers apply (name, start URL, standalone display, 192 and
 * 512 px icons, a maskable icon) and the service worker must exist at the scope's root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../support/assets.ts';

export interface OfflineMeasure {
  lang: string;
  installable: boolean;
  problems: string[];
  downloadPages: number;
  downloadBytes: number;
  workerGzip: number;
}

interface Icon {
  sizes?: string;
  purpose?: string;
}

function checkManifest(text: string): string[] {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const icons = (Array.isArray(manifest.icons) ? manifest.icons : []) as Icon[];
  const sizes = new Set(icons.flatMap((icon) => (icon.sizes ?? '').split(' ')));
  const problems: string[] = [];
  if (!manifest.name && !manifest.short_name) problems.push('no name');
  if (typeof manifest.start_url !== 'string') problems.push('no start_url');
  if (!['standalone', 'fullscreen', 'minimal-ui'].includes(String(manifest.display))) problems.push('display');
  for (const size of ['192x192', '512x512']) if (!sizes.has(size)) problems.push(`no ${size} icon`);
  if (!icons.some((icon) => icon.purpose?.includes('maskable'))) problems.push('no maskable icon');
  return problems;
}

export function measureOffline(dist: string): OfflineMeasure[] {
  return ['en', 'bg'].map((lang) => {
    const prefix = lang === 'en' ? '' : `${lang}/`;
    const manifestFile = join(dist, prefix, 'manifest.webmanifest');
    const workerFile = join(dist, prefix, 'sw.js');
    const problems = existsSync(manifestFile) ? checkManifest(readFileSync(manifestFile, 'utf8')) : ['no manifest'];
    if (!existsSync(workerFile)) problems.push('no service worker');
    const pack = JSON.parse(readFileSync(join(dist, 'offline', `course-${lang}.json`), 'utf8')) as {
      pages: unknown[];
      bytes: number;
    };
    return {
      lang,
      installable: problems.length === 0,
      problems,
      downloadPages: pack.pages.length,
      downloadBytes: pack.bytes,
      workerGzip: existsSync(workerFile) ? gzipSize(readFileSync(workerFile)) : 0,
    };
  });
}
