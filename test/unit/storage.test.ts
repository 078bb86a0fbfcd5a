import { describe, expect, it } from 'vitest';
import { createSafeStore, STORAGE_PREFIX, type KeyValueStorage } from '../../src/lib/storage';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const error = (name: string) => Object.assign(new Error(name), { name });

describe('createSafeStore', () => {
  it('keeps values in the real storage under one prefix', () => {
    const storage = new MemoryStorage();
    const store = createSafeStore(() => storage);
    expect(store.write('quiz:role', '{"a":1}')).toBe(true);
    expect(storage.getItem(`${STORAGE_PREFIX}quiz:role`)).toBe('{"a":1}');
    expect(store.read('quiz:role')).toBe('{"a":1}');
    expect(store.persistent).toBe(true);
    store.remove('quiz:role');
    expect(store.read('quiz:role')).toBeNull();
  });

  it('falls back to memory when storage is blocked (SecurityError)', () => {
    const store = createSafeStore(() => {
      throw error('SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.write('k', 'v')).toBe(false);
    expect(store.read('k')).toBe('v');
  });

  it('falls back to memory when storage is full (QuotaExceededError), keeping what was saved readable', () => {
    const storage = new MemoryStorage();
    storage.data.set(`${STORAGE_PREFIX}old`, 'kept');
    storage.setItem = () => {
      throw error('QuotaExceededError');
    };
    const store = createSafeStore(() => storage);
    expect(store.persistent).toBe(false);
    expect(store.read('old')).toBe('kept');
    expect(store.write('new', 'v')).toBe(false);
    expect(store.read('new')).toBe('v');
    expect(storage.data.has(`${STORAGE_PREFIX}new`)).toBe(false);
  });

  it('notices a storage that starts failing later', () => {
    const storage = new MemoryStorage();
    const store = createSafeStore(() => storage);
    storage.setItem = () => {
      throw error('QuotaExceededError');
    };
    expect(store.write('k', 'v')).toBe(false);
    expect(store.persistent).toBe(false);
    expect(store.read('k')).toBe('v');
  });

  it('works without any storage', () => {
    const store = createSafeStore(() => null);
    expect(store.persistent).toBe(false);
    store.write('k', 'v');
    expect(store.read('k')).toBe('v');
  });
});
