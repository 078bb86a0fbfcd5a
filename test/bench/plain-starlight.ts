import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlFile, pageScripts, pageStyles, sum } from '../support/assets.ts';

/**
 * Builds an untouched Starlight site (same versions, default configuration, one docs page) and
 * measures what its docs page ships: the baseline our pages without widgets must not exceed.
 */
export function measurePlainStarlight(root: string): { jsGzip: number; jsRaw: number; cssGzip: number } {
  const dir = mkdtempSync(join(tmpdir(), 'plain-starlight-'));
  try {
    mkdirSync(join(dir, 'src/content/docs/guide'), { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'plain',
        type: 'module',
        private: true,
        dependencies: { astro: '*', '@astrojs/starlight': '*' },
      }),
    );
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
        "export default defineConfig({ integrations: [starlight({ title: 'Plain', sidebar: [{ label: 'Guide', items: [{ autogenerate: { directory: 'guide' } }] }] })] });\n",
    );
    writeFileSync(
      join(dir, 'src/content.config.ts'),
      "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
    );
    writeFileSync(join(dir, 'src/content/docs/index.mdx'), '---\ntitle: Home\n---\n\nHello.\n');
    writeFileSync(
      join(dir, 'src/content/docs/guide/page.md'),
      '---\ntitle: A page\n---\n\n## One\n\nText.\n\n## Two\n\nMore text.\n',
    );
    // A hard-linked copy: Vite resolves real paths, so a symlinked node_modules would not build.
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
    // Caches in node_modules belong to the project that made them.
    for (const cache of ['.astro', '.vite', '.vite-temp', '.vitest-cache']) {
      rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
    }
    execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const dist = join(dir, 'dist');
    const html = readFileSync(htmlFile(dist, '/guide/page/'), 'utf8');
    const scripts = pageScripts(dist, html);
    return { jsGzip: sum(scripts, 'gzip'), jsRaw: sum(scripts, 'raw'), cssGzip: sum(pageStyles(dist, html), 'gzip') };
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
