/**
 * A SCORM 1.2 lesson package in Chromium, played by scorm-again (a maintained SCORM run-time) the
 * way an LMS plays it: the package is unzipped under /pkg/ next to a player page that puts the
 * run-time's API on its window and launches the lesson in a frame. Every request the lesson makes
 * is recorded: none may leave the package.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPath } from '../../src/lib/lms/downloads';
import type { Question } from '../../src/schemas/quiz';
import { hasBrowser, openSession, type Session } from './browser';
import { answer, readQuizConfig } from './quiz-driver';
import { serveStatic } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const LESSON = 'role';

/** The LMS side: scorm-again's SCORM 1.2 API on the player window, the lesson in a frame. */
const PLAYER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,"><script src="scorm-again.js"></script><script>
  const saved = location.hash ? JSON.parse(decodeURIComponent(location.hash.slice(1))) : null;
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromJSON({ student_data: { mastery_score: '80' }, ...(saved ?? {}) });
  window.finished = false;
  window.API.on('LMSFinish', () => { window.finished = true; });
  // Some elements are write-only in the data model (session time, exit): keep what the lesson set.
  window.setValues = {};
  window.API.on('LMSSetValue.cmi.*', (element, value) => { window.setValues[element] = value; });
</script></head>
<body><iframe id="sco" title="Lesson" src="pkg/${LESSON}.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`;

interface Cmi {
  status: string;
  raw: string;
  min: string;
  max: string;
  sessionTime: string;
  exit: string;
  suspendData: string;
}

const readCmi = (page: Page): Promise<Cmi> =>
  page.evaluate(() => {
    const { API, setValues } = window as unknown as {
      API: { cmi: Record<string, any> };
      setValues: Record<string, string>;
    };
    const cmi = API.cmi;
    return {
      status: cmi.core.lesson_status,
      raw: cmi.core.score.raw,
      min: cmi.core.score.min,
      max: cmi.core.score.max,
      sessionTime: setValues['cmi.core.session_time'] ?? '',
      exit: setValues['cmi.core.exit'] ?? '',
      suspendData: cmi.suspend_data,
    };
  });

describe.skipIf(!hasBrowser())('SCORM 1.2 lesson package', () => {
  let session: Session;
  let server: Server;
  let origin = '';
  let dir = '';
  /** Requests made by the lesson frame, by URL. */
  const fromLesson: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smm-scorm-'));
    const zip = readFileSync(join(ROOT, 'dist', downloadPath('en', 'scorm', LESSON)));
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(dir, 'pkg', path)), { recursive: true });
      writeFileSync(join(dir, 'pkg', path), bytes);
    }
    writeFileSync(join(dir, 'lms.html'), PLAYER);
    writeFileSync(join(dir, '404.html'), 'Not found');
    writeFileSync(
      join(dir, 'scorm-again.js'),
      readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js')),
    );
    ({ server, url: origin } = await serveStatic(dir));
    session = await openSession();
    session.page.on('request', (request) => {
      if (request.frame() !== session.page.mainFrame()) fromLesson.push(request.url());
    });
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the player (optionally with data saved by an earlier launch) and waits for the lesson's quiz. */
  async function launch(saved?: object): Promise<Frame> {
    const hash = saved ? `#${encodeURIComponent(JSON.stringify(saved))}` : '';
    await session.page.goto(`${origin}/lms.html${hash}`);
    const frame = session.page.frame({ url: /\/pkg\// })!;
    await frame.locator('.quiz-question [data-check]:visible').first().waitFor();
    return frame;
  }

  async function answerAll(frame: Frame, right: boolean): Promise<Question[]> {
    // The driver needs only locator(), which a frame has as a page does.
    const config = await readQuizConfig(frame as unknown as Page);
    for (const question of config.questions) await answer(frame as unknown as Page, question, right);
    await frame.locator('[data-summary]:visible').waitFor();
    return config.questions;
  }

  /** Leaves the lesson as the LMS's navigation would, which ends the SCORM session. */
  async function leave(frame: Frame) {
    await frame.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await session.page.waitForFunction(() => (window as unknown as { finished: boolean }).finished);
  }

  it('finds the API, says so, marks the attempt incomplete, then completed once the quiz is reached', async () => {
    const frame = await launch();
    await expect.poll(() => frame.locator('[data-scorm-status]').textContent()).toContain('Connected');
    expect((await readCmi(session.page)).status).toBe('incomplete');
    // Reaching the quiz means the lesson has been read.
    await frame.locator('smm-quiz').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readCmi(session.page)).status).toBe('completed');
  });

  it('answered right: passed, 100 out of 0–100, session time, and a relaunch resumes', async () => {
    const frame = await launch();
    await answerAll(frame, true);
    await leave(frame);
    const cmi = await readCmi(session.page);
    expect(cmi).toMatchObject({ status: 'passed', raw: '100', min: '0', max: '100', exit: 'suspend' });
    expect(cmi.sessionTime).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(cmi.suspendData.length).toBeGreaterThan(0);
    expect(cmi.suspendData.length).toBeLessThanOrEqual(4096);

    const again = await launch({
      suspend_data: cmi.suspendData,
      core: { lesson_status: cmi.status, entry: 'resume', score: { raw: cmi.raw, min: cmi.min, max: cmi.max } },
    });
    // The checked answers and the score come back, and the attempt stays passed.
    await again.locator('[data-summary]:visible').waitFor();
    expect(await again.locator('[data-score]').textContent()).toContain('100%');
    expect(await again.locator('.quiz-question [data-check][aria-disabled="true"]').count()).toBeGreaterThan(0);
    expect((await readCmi(session.page)).status).toBe('passed');
  });

  it('answered wrong: failed, with the score the site gives', async () => {
    const frame = await launch();
    await answerAll(frame, false);
    const cmi = await readCmi(session.page);
    expect(cmi.status).toBe('failed');
    expect(Number(cmi.raw)).toBeLessThan(80);
    const shown = (await frame.locator('[data-score]').textContent()) ?? '';
    expect(shown).toContain(`(${cmi.raw}%)`);
  });

  it('made no request outside the package, and runs without an LMS too', async () => {
    expect(fromLesson.length).toBeGreaterThan(0);
    expect(fromLesson.filter((u) => !u.startsWith(`${origin}/pkg/`))).toEqual([]);
    await session.page.goto(`${origin}/pkg/${LESSON}.html`);
    await expect
      .poll(() => session.page.locator('[data-scorm-status]').textContent())
      .toContain('without a learning platform');
    await session.page.locator('.quiz-question [data-check]:visible').first().waitFor();
    expect(session.errors).toEqual([]);
  });
});
