import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const VNU = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
/** A page with a known error: if the checker does not report it, the check itself is broken. */
const CANARY = resolve(import.meta.dirname, '../fixtures/html/invalid.html');

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) {
  const message =
    'Java not found: the W3C HTML check is SKIPPED. Install it with: apt-get install -y default-jre-headless';
  if (process.env.CI) throw new Error(`CI=true and no Java. ${message}`);
  console.warn(`\n!! ${message}\n`);
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
}

/**
 * What the checker reports that is not ours to fix, each with its reason; anything else fails.
 * - Starlight's own sidebar script carries aria-hidden (its SidebarPersistState component).
 * - The checker's CSS parser does not know container queries yet.
 */
const ALLOWED: RegExp[] = [
  /The “aria-hidden” attribute must not be specified on the “script” element/,
  /^CSS: (“container-type”: Property “container-type” doesn't exist|Unrecognized at-rule “@container”)/,
];

describe.skipIf(!hasJava)('valid HTML (W3C Nu checker)', () => {
  it('finds no error of our own on any built page', () => {
    // The checker writes its JSON report to standard error.
    const run = spawnSync(
      'java',
      ['-jar', VNU, '--format', 'json', '--skip-non-html', '--exit-zero-always', DIST, CANARY],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages.filter((m) => m.type === 'error' && !ALLOWED.some((pattern) => pattern.test(m.message)));
    expect(errors.some((m) => m.url.endsWith('/invalid.html'))).toBe(true);
    const ours = errors.filter((m) => !m.url.endsWith('/invalid.html'));
    expect(ours.map((m) => `${m.url.replace(/^.*\/dist\//, '')}: ${m.message}`)).toEqual([]);
  }, 300_000);
});
