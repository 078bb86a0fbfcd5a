import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = join(ROOT, 'content');
export const DOCS = join(CONTENT, 'docs');
export const LANGS = ['en', 'bg'] as const;
export type Lang = (typeof LANGS)[number];

/** Files below a folder, as paths relative to it, sorted. */
export function listFiles(dir: string, filter: (path: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (filter(path)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Docs pages of a locale as slugs relative to the locale root, e.g. "course/role.mdx". */
export function docPages(lang: Lang): string[] {
  const isPage = (p: string) => /\.mdx?$/.test(p);
  if (lang === 'bg') return listFiles(join(DOCS, 'bg'), isPage);
  return listFiles(DOCS, isPage).filter((p) => !p.startsWith('bg/'));
}

export interface Doc {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Reads an MDX page and splits its YAML frontmatter from its body. */
export function readDoc(lang: Lang, page: string): Doc {
  const file = join(DOCS, lang === 'bg' ? 'bg' : '', page);
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { file, data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Parses a YAML file below content/. */
export function readYaml(path: string): unknown {
  return parse(readFileSync(join(CONTENT, path), 'utf8'));
}

/** Words of prose in an MDX body: imports, components, code and Markdown syntax left out. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The H2 headings of an MDX body, in order. */
export function h2Headings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}
