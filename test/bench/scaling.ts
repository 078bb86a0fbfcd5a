import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildMeasure } from './run.ts';

export interface ScalingResult {
  lessons: number;
  pages: number;
  seconds: number;
  peakRssMb: number;
  distBytesPerPage: number;
  /** HTML of a real lesson page: it grows with the sidebar, which lists every lesson. */
  lessonHtmlBytes: number;
}

const WORDS = 'audience brand content community calendar campaign insight metric story platform report reach'.split(
  ' ',
);

/** A synthetic lesson of about 900 words with headings, lists and a table. */
function syntheticLesson(n: number): string {
  const sentence = (i: number) =>
    Array.from({ length: 12 }, (_, j) => WORDS[(n * 7 + i * 3 + j) % WORDS.length]).join(' ') + '.';
  const paragraph = (i: number) => Array.from({ length: 6 }, (_, j) => sentence(i * 6 + j)).join(' ');
  const sections = Array.from(
    { length: 6 },
    (_, s) =>
      `## Section ${s + 1}\n\n${paragraph(s)}\n\n- ${sentence(s)}\n- ${sentence(s + 1)}\n\n${paragraph(s + 10)}\n`,
  );
  return `---\ntitle: Synthetic lesson ${n}\ndescription: A generated lesson used to measure how the build scales with the number of pages.\nsidebar:\n  order: ${100 + n}\n---\n\n${paragraph(99)}\n\n${sections.join('\n')}\n| a | b |\n|---|---|\n| ${WORDS[0]} | ${WORDS[1]} |\n`;
}

function countAndSize(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    if (e.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

/** Builds temporary copies of the project with N synthetic lessons added to the course. */
export async function measureScaling(
  root: string,
  counts: number[],
  measureBuild: (cwd: string) => Promise<BuildMeasure>,
): Promise<ScalingResult[]> {
  const results: ScalingResult[] = [];
  for (const count of counts) {
    const dir = mkdtempSync(join(tmpdir(), `smm-scale-${count}-`));
    try {
      for (const name of [
        'package.json',
        'astro.config.mjs',
        'content.config.ts',
        'tsconfig.json',
        'src',
        'content',
        'public',
      ]) {
        cpSync(join(root, name), join(dir, name), { recursive: true });
      }
      execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
      for (const cache of ['.astro', '.vite', '.vite-temp', '.vitest-cache'])
        rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
      for (let i = 1; i <= count; i++)
        writeFileSync(join(dir, `content/docs/course/synthetic-${i}.mdx`), syntheticLesson(i));
      console.log(`Scaling: building with ${count} synthetic lessons…`);
      const build = await measureBuild(dir);
      const { pages, bytes } = countAndSize(join(dir, 'dist'));
      results.push({
        lessons: count,
        pages,
        seconds: build.seconds,
        peakRssMb: build.peakRssMb,
        distBytesPerPage: Math.round(bytes / pages),
        lessonHtmlBytes: Buffer.byteLength(readFileSync(join(dir, 'dist/course/role/index.html'))),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
