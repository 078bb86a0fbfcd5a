import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { buildOutline, type LessonFrontMatter, type OutlineLesson } from '../lib/course-outline.ts';

const COURSE = fileURLToPath(new URL('../../content/docs/course/', import.meta.url));
const VIRTUAL_ID = 'virtual:smm/course-outline';

/** Reads every English lesson's front matter (both locales share slugs, order, module and minutes). */
export function readCourseOutline(dir: string = COURSE): OutlineLesson[] {
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name): LessonFrontMatter => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      const data = (match ? parse(match[1]!) : {}) as Omit<LessonFrontMatter, 'slug'>;
      return { ...data, slug: name.replace(/\.mdx$/, '') };
    });
  return buildOutline(pages);
}

/**
 * A Vite plugin that serves the outline as `virtual:smm/course-outline`, so that the browser code and
 * src/lib can use the lesson list without a hand-kept copy. Lessons added while `astro dev` runs
 * show up after a restart.
 */
export function courseOutlinePlugin() {
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: 'smm-academy:course-outline',
    resolveId: (id: string) => (id === VIRTUAL_ID ? resolved : undefined),
    load: (id: string) => {
      if (id !== resolved) return undefined;
      const outline = readCourseOutline();
      // The slugs alone too: the assignment pages need nothing else, and ship less without the rest.
      const slugs = outline.map((lesson) => lesson.slug);
      return `export const COURSE_OUTLINE = ${JSON.stringify(outline)};\nexport const COURSE_SLUGS = ${JSON.stringify(slugs)};`;
    },
  };
}

/** Registers the plugin with Astro's Vite. */
export function courseOutline(): AstroIntegration {
  return {
    name: 'smm-academy:course-outline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [courseOutlinePlugin()] } });
      },
    },
  };
}
