import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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

/** Starts Chromium with a fresh profile, so every session is a new visitor. */
export async function openSession(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'smm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
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
      rmSync(profile, { recursive: true, force: true });
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
