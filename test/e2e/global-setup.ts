import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserAvailable: boolean;
  }
}

const root = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const browserAvailable = existsSync(CHROMIUM_PATH);
  if (!browserAvailable) {
    const message = `\n${'!'.repeat(72)}\n!! Chromium not found at ${CHROMIUM_PATH}: end-to-end tests are SKIPPED.\n!! Install it with: apt-get install -y chromium\n${'!'.repeat(72)}\n`;
    if (process.env.CI) throw new Error(`CI=true and no browser. ${message}`);
    console.warn(message);
  }
  // SKIP_BUILD=1 reuses dist/ from an earlier `npm run build` (handy while writing tests).
  if (!process.env.SKIP_BUILD || !existsSync(resolve(root, 'dist/index.html'))) {
    // Vitest sets NODE_ENV=test, and a build that inherits it is a development build: Starlight
    // then renders a "search works only in production" note instead of the search box.
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  if (!readFileSync(resolve(root, 'dist/index.html'), 'utf8').includes('id="starlight__search"')) {
    throw new Error('dist/ is a development build (no search box): build it with NODE_ENV=production.');
  }
  const { server, url } = await serveStatic(resolve(root, 'dist'));
  project.provide('baseUrl', url);
  project.provide('browserAvailable', browserAvailable);
  return () => new Promise<void>((done) => server.close(() => done()));
}
