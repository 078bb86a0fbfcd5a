import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/content';

const COPIED = ['package.json', 'astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'src', 'content', 'public'];
let copy = '';

/** Copies the project, breaks one file, and runs Astro's content sync, as the build does first. */
function syncWithBrokenFile(path: string, breakIt: (text: string) => string): { status: number | null; output: string } {
  copy = mkdtempSync(join(tmpdir(), 'smm-invalid-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const file = join(copy, path);
  const broken = breakIt(readFileSync(file, 'utf8'));
  expect(broken).not.toBe(readFileSync(file, 'utf8'));
  writeFileSync(file, broken);
  const result = spawnSync('npx', ['astro', 'sync'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('invalid content fails the build, naming the file and the field', () => {
  it('a quiz answer that is not an option', () => {
    const { status, output } = syncWithBrokenFile('content/quizzes/bg/role.yaml', (t) =>
      t.replace(/\n( +)answer: [a-z0-9-]+\n/, '\n$1answer: no-such-option\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/quizzes/bg/role.yaml');
    expect(output).toMatch(/questions\.\d+\.answer: answer "no-such-option" is not an option id/);
  });

  it('a lesson without objectives', () => {
    const { status, output } = syncWithBrokenFile('content/docs/course/role.mdx', (t) =>
      t.replace(/\n  objectives:\n(    - .*\n)+/, '\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/course/role.mdx');
    expect(output).toMatch(/lesson\.objectives/);
  });

  it('a checklist with a duplicate id', () => {
    const { status, output } = syncWithBrokenFile('content/checklists/en/personal-project.yaml', (t) => {
      const ids = [...t.matchAll(/\n( +)- id: ([a-z0-9-]+)\n/g)].map((m) => m[2]!);
      return t.replace(`- id: ${ids[2]}\n`, `- id: ${ids[1]}\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/checklists/en/personal-project.yaml');
    expect(output).toMatch(/sections: duplicate id/);
  });

  it('a Bulgarian UI string that is missing', () => {
    const { status, output } = syncWithBrokenFile('content/i18n/bg.json', (t) => t.replace(/\n\s*"quiz\.check": "[^"]*",/, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/i18n/bg.json');
    expect(output).toContain('quiz.check');
  });
});
