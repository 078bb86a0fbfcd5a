import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Chromium quiet on a machine without a network (see DEVELOPERS.md).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = (): string => inject('baseUrl');
export const hasBrowser = (): boolean => inject('browserAvailable');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors collected since the session started. */
  errors: string[];
  close(): Promise<void>;
}

let shared: Promise<Browser> | undefined;

/** One Chromium per test file: launching one takes longer than most tests (see test/e2e/setup.ts). */
function sharedBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
  return shared;
}

/** Closes the file's Chromium, if one was started (after all tests of a file). */
export async function closeSharedBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  await (await browser)?.close();
}

/**
 * Opens a new visitor: a fresh browser context (its own storage, cookies and service workers) in
 * the file's Chromium. `persistent` starts a Chromium of its own on a profile folder instead, for
 * stories that need what only a real profile has (the offline journey's disk quota; the search
 * journeys, see openSearchSession in search.ts).
 */
export async function openSession(
  options: { colorScheme?: 'light' | 'dark'; persistent?: boolean } = {},
): Promise<Session> {
  const settings = { colorScheme: options.colorScheme ?? 'light', viewport: { width: 1280, height: 900 } } as const;
  let context: BrowserContext;
  let profile: string | undefined;
  if (options.persistent) {
    profile = mkdtempSync(join(tmpdir(), 'smm-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: ARGS,
      headless: true,
      ...settings,
    });
  } else {
    context = await (await sharedBrowser()).newContext(settings);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Absolute URL of a site path. */
export const url = (path: string): string => new URL(path, baseUrl()).href;

/**
 * Makes storage fail in every page of `target` from its first script on: "blocked" as when the
 * browser refuses storage (reading localStorage throws), "full" as when the quota is used up
 * (every write throws).
 */
export async function failStorage(target: Page | BrowserContext, how: 'blocked' | 'full' = 'blocked'): Promise<void> {
  await target.addInitScript((mode) => {
    const fail = () => {
      throw new DOMException('storage unavailable', mode === 'blocked' ? 'SecurityError' : 'QuotaExceededError');
    };
    if (mode === 'blocked') Object.defineProperty(window, 'localStorage', { get: fail });
    else Storage.prototype.setItem = fail;
  }, how);
}
