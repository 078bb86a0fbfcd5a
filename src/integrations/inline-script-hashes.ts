import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { extendPolicy, findInlineScripts } from '../lib/csp';
import { putCharsetFirst } from '../lib/html-head';

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, allows each page's inline scripts in its CSP by their SHA-256 hashes, and puts
 * the charset declaration first in <head> (src/lib/html-head.ts).
 */
export function inlineScriptHashes(): AstroIntegration {
  return {
    name: 'smm-academy:inline-script-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await listHtml(fileURLToPath(dir));
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const hashes = findInlineScripts(html).map(
            (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
          );
          // The charset move rides along: it is the other rewrite every built page needs.
          const updated = putCharsetFirst(extendPolicy(html, hashes));
          if (updated !== html) await writeFile(file, updated);
        }
        logger.info(`inline scripts hashed into the CSP of ${files.length} pages`);
      },
    },
  };
}
