/**
 * The hashed files (/_astro/…) a page needs: those its HTML names and, through them, every module and
 * stylesheet they load. The build lists them for the course download; the service worker and the
 * download widget use the same walk to keep the files that stored pages still need and drop the rest.
 */
import { ASSET_PREFIX } from './site-files';

const NAME = '[\\w.~@-]+';
/** "/_astro/x.js" in HTML and CSS, "_astro/x.js" in Vite's list of a dynamic import's dependencies. */
const ABSOLUTE = new RegExp(`(?:^|[^\\w.-])/?_astro/(${NAME})`, 'g');
/** "./x.js" in a module (its imports) or a stylesheet (url(./font.woff2)): relative to /_astro/. */
const RELATIVE = new RegExp(`["'\`(]\\./(${NAME}\\.\\w+)["'\`)]`, 'g');

/** The /_astro/ files a text names; `inAssets` when the text is itself a file in /_astro/. */
export function assetRefs(text: string, inAssets: boolean): string[] {
  const names = [...text.matchAll(ABSOLUTE)].map((m) => m[1]!);
  if (inAssets) names.push(...[...text.matchAll(RELATIVE)].map((m) => m[1]!));
  return [...new Set(names.map((name) => ASSET_PREFIX + name))];
}

/**
 * Every /_astro/ file the given texts need, following the files' own references. `read` returns a
 * file's text (undefined when it is not there or not text); binary files end the walk.
 */
export async function assetClosure(
  texts: readonly string[],
  read: (path: string) => string | undefined | Promise<string | undefined>,
): Promise<Set<string>> {
  const found = new Set<string>();
  const queue = texts.flatMap((text) => assetRefs(text, false));
  while (queue.length) {
    const path = queue.shift()!;
    if (found.has(path)) continue;
    found.add(path);
    if (!/\.(m?js|css)$/.test(path)) continue;
    const text = await read(path);
    if (text !== undefined) queue.push(...assetRefs(text, true));
  }
  return found;
}
