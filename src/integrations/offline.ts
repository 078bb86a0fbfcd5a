/**
 * Offline support (issue 15): the web app manifests, the registration client, the service workers
 * and the course packs.
 * - Setup: injects /manifest.webmanifest and /bg/manifest.webmanifest; in a build, bundles the client
 *   (src/scripts/offline/sw-client.ts) with both languages' strings and a content hash in its name, and
 *   tells src/components/Head.astro its address through `virtual:smm/offline`.
 * - Dev server: /sw.js and /bg/sw.js answer with a worker that unregisters itself, so a worker left by
 *   `npm start` on the same address never serves stale pages to `astro dev`; no page registers one.
 * - After the build (src/integrations/offline-build.ts): course packs and service workers from dist/.
 * It must run before the CSP integration, which hashes the final inline scripts.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import en from '../../content/i18n/en.json' with { type: 'json' };
import bg from '../../content/i18n/bg.json' with { type: 'json' };
import { ASSET_PREFIX } from '../lib/offline/site-files';
import type { StatusStrings } from '../scripts/offline/status-ui';
import { bundleScript } from './bundle-script';
import { buildOfflineFiles } from './offline-build';

const VIRTUAL_ID = 'virtual:smm/offline';
const CLIENT_ENTRY = '../scripts/offline/sw-client.ts';

/** A worker that removes itself and reloads its pages: what the dev server serves at /sw.js. */
export const UNREGISTER_WORKER = `// Development: no service worker. This one removes a worker left by a production build.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

const statusStrings = (s: typeof en): StatusStrings => ({
  statusLabel: s['offline.status.label'],
  offline: s['offline.status.offline'],
  online: s['offline.status.online'],
  updateLabel: s['offline.update.label'],
  updateMessage: s['offline.update.message'],
  reload: s['offline.update.reload'],
  later: s['offline.update.later'],
});

/** The client as one minified module, its strings written in; named by its content. */
async function bundleClient(): Promise<{ path: string; code: string }> {
  const code = await bundleScript(fileURLToPath(new URL(CLIENT_ENTRY, import.meta.url)), {
    format: 'esm',
    define: { __OFFLINE_STRINGS__: JSON.stringify({ en: statusStrings(en), bg: statusStrings(bg) }) },
  });
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { path: `${ASSET_PREFIX}sw-client.${hash}.js`, code };
}

export function offline(): AstroIntegration {
  let client: { path: string; code: string } | undefined;
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: 'smm-academy:offline',
    hooks: {
      'astro:config:setup': async ({ command, injectRoute, updateConfig }) => {
        injectRoute({
          pattern: '/[...locale]/manifest.webmanifest',
          entrypoint: new URL('../routes/web-manifest.ts', import.meta.url),
          prerender: true,
        });
        if (command === 'build') client = await bundleClient();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'smm-academy:offline',
                resolveId: (id: string) => (id === VIRTUAL_ID ? resolved : undefined),
                load: (id: string) =>
                  id === resolved
                    ? `export const OFFLINE_CLIENT = ${JSON.stringify(client?.path ?? null)};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url !== '/sw.js' && req.url !== '/bg/sw.js') return next();
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(UNREGISTER_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (client) {
          await mkdir(join(dist, ASSET_PREFIX), { recursive: true });
          await writeFile(join(dist, client.path), client.code);
        }
        const report = await buildOfflineFiles(dist);
        for (const line of report) logger.info(line);
      },
    },
  };
}
