import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/content';

const DIST = resolve(import.meta.dirname, '../../dist');
const pages = listFiles(DIST, (p) => p.endsWith('.html')).filter((p) => !p.startsWith('pagefind/'));

/** The page's Content-Security-Policy, directive → sources. */
function readPolicy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Inline scripts that run: every <script> without src whose type is JavaScript (written here
 * independently of src/lib/csp.ts, which the build uses). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map((m) => m[2]!);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('is set on every page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages)
      expect(readPolicy(readFileSync(join(DIST, page), 'utf8')).has('script-src'), page).toBe(true);
  });

  it.each(pages)('%s allows no unsafe script and covers each inline script by hash', (page) => {
    const html = readFileSync(join(DIST, page), 'utf8');
    const scriptSrc = readPolicy(html).get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const uncovered = inlineScripts(html).filter((script) => !scriptSrc.includes(sha256(script)));
    expect(uncovered.map((s) => s.slice(0, 80))).toEqual([]);
  });
});
