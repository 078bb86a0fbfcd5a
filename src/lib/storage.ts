import { STORAGE_KEYS } from './storage-keys';

/** Every key this site stores starts with this prefix. */
export const STORAGE_PREFIX = 'smm-academy:';

/** True when a `storage` event's key concerns this site (null means the whole storage was cleared). */
export const isSiteStorageKey = (fullKey: string | null): boolean =>
  fullKey === null || fullKey.startsWith(STORAGE_PREFIX);

/** The part of the Web Storage API we use; injected so that it can be faked in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SafeStore {
  read(key: string): string | null;
  /** Returns false when the value could not be kept (storage blocked or full). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** False once storage has failed: values then live in memory until the page closes. */
  readonly persistent: boolean;
}

/**
 * Wraps a storage that may be missing, blocked (SecurityError) or full (QuotaExceededError).
 * Never throws; falls back to memory so that the page keeps working.
 */
export function createSafeStore(getStorage: () => KeyValueStorage | null | undefined): SafeStore {
  const memory = new Map<string, string>();
  let storage: KeyValueStorage | null = null;
  let persistent = true;
  try {
    storage = getStorage() ?? null;
    if (!storage) persistent = false;
    else {
      // Probe once, so a blocked or full storage is known before the learner's first answer.
      storage.setItem(STORAGE_PREFIX + STORAGE_KEYS.probe, '1');
      storage.removeItem(STORAGE_PREFIX + STORAGE_KEYS.probe);
    }
  } catch {
    persistent = false;
  }
  const fail = () => {
    persistent = false;
  };
  return {
    read(key) {
      const full = STORAGE_PREFIX + key;
      if (memory.has(full)) return memory.get(full)!;
      if (!storage) return null;
      try {
        return storage.getItem(full);
      } catch {
        fail();
        return null;
      }
    },
    write(key, value) {
      const full = STORAGE_PREFIX + key;
      if (storage && persistent) {
        try {
          storage.setItem(full, value);
          memory.delete(full);
          return true;
        } catch {
          fail();
        }
      }
      memory.set(full, value);
      return false;
    },
    remove(key) {
      const full = STORAGE_PREFIX + key;
      memory.delete(full);
      try {
        storage?.removeItem(full);
      } catch {
        fail();
      }
    },
    get persistent() {
      return persistent;
    },
  };
}
