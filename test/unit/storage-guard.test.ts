import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../src/scripts/storage-guard.js'), 'utf8');

class FakeStorage {
  data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** Runs the guard against a fake window whose storage behaves as given. */
function guardedWindow(mode: 'ok' | 'blocked' | 'full') {
  const Storage = class extends FakeStorage {};
  const storage = new Storage();
  storage.full = mode === 'full';
  const win: Record<string, unknown> = { Storage };
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(win, name, {
      configurable: true,
      get: () => {
        if (mode === 'blocked') throw new DOMException('blocked', 'SecurityError');
        return storage;
      },
    });
  }
  runInNewContext(source, { window: win, DOMException, Map, Array, String, Object });
  return { win: win as { localStorage: FakeStorage; sessionStorage: FakeStorage }, storage };
}

describe('storage guard', () => {
  it('leaves working storage alone', () => {
    const { win, storage } = guardedWindow('ok');
    win.localStorage.setItem('starlight-theme', 'dark');
    win.localStorage.setItem('smm-academy:x', '1');
    expect(storage.data.get('starlight-theme')).toBe('dark');
    expect(storage.data.get('smm-academy:x')).toBe('1');
  });

  it('replaces blocked storage with memory that refuses only our keys', () => {
    const { win } = guardedWindow('blocked');
    expect(win.localStorage.getItem('starlight-theme')).toBeNull();
    win.localStorage.setItem('starlight-theme', 'dark');
    expect(win.localStorage.getItem('starlight-theme')).toBe('dark');
    expect(() => win.localStorage.setItem('smm-academy:x', '1')).toThrow(/unavailable/);
    expect(() => win.sessionStorage.getItem('sl-sidebar-state')).not.toThrow();
  });

  it('swallows a full storage for other keys but not for ours', () => {
    const { win } = guardedWindow('full');
    expect(() => win.localStorage.setItem('starlight-theme', 'dark')).not.toThrow();
    expect(() => win.localStorage.setItem('smm-academy:x', '1')).toThrow(/full/);
  });
});
