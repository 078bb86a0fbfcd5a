import { existsSync } from 'node:fs';
import { serveStatic } from '../e2e/static-server.ts';

export interface LighthouseResult {
  type: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  transferBytes: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lighthouse (mobile, its default) on the given pages; skipped without Chromium. */
export async function runLighthouse(
  dist: string,
  pages: { type: string; path: string }[],
): Promise<LighthouseResult[]> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`Lighthouse skipped: no Chromium at ${CHROMIUM}`);
    return [];
  }
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server, url } = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      console.log(`Lighthouse: ${page.path}`);
      const run = await lighthouse(`${url}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = run?.lhr;
      if (!lhr) continue;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const transfer = lhr.audits['total-byte-weight']?.numericValue ?? 0;
      results.push({
        ...page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        transferBytes: Math.round(transfer),
      });
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return results;
}
