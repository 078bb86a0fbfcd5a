/**
 * `node test/tools/make-icons.ts`: draws the app icons of the web app manifests from public/favicon.svg
 * with Chromium (the one the end-to-end tests use) and writes them to public/icons/. The PNGs are
 * committed; run this again only when the favicon changes.
 * - icon-<size>.png: the favicon as it is ("any" purpose), transparent round the rounded square;
 * - maskable-<size>.png: full-bleed background with the mark inside the central safe zone (a circle of
 *   80 % of the width), so that any mask a platform applies keeps the whole mark;
 * - apple-touch-icon.png: iOS rounds the corners itself and needs no transparency, so it is the
 *   maskable design at 180 px.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'public/icons');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const favicon = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1];
if (!background) throw new Error('public/favicon.svg: no background <rect fill> found');
/** The mark: everything inside the favicon's <svg> except its background square. */
const mark = favicon
  .replace(/^[\s\S]*?<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<rect[^>]*\/>/, '');

/**
 * The mark reaches about 24 of the favicon's 64 units from the centre (the dot's far edge); the safe
 * circle's radius is 40 % of the width, 25.6 units, so at 0.9 the whole mark stays inside it.
 */
const MASKABLE_SCALE = 0.9;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/><g transform="translate(32 32) scale(${MASKABLE_SCALE}) translate(-32 -32)">${mark}</g></svg>`;

const ICONS: { file: string; svg: string; size: number }[] = [
  { file: 'icon-192.png', svg: favicon, size: 192 },
  { file: 'icon-512.png', svg: favicon, size: 512 },
  { file: 'maskable-192.png', svg: maskable, size: 192 },
  { file: 'maskable-512.png', svg: maskable, size: 512 },
  { file: 'apple-touch-icon.png', svg: maskable, size: 180 },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, svg, size } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(OUT, file), png);
    console.log(`public/icons/${file}: ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
