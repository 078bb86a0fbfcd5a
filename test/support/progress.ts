/** Shared helpers of the progress tests (unit and e2e); not a test file itself. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EnumerableStorage } from '../../src/lib/progress/store';

export const PROGRESS_FIXTURES = resolve(import.meta.dirname, '../fixtures/progress');

/** The text of a file in test/fixtures/progress. */
export const readProgressFixture = (name: string): string => readFileSync(resolve(PROGRESS_FIXTURES, name), 'utf8');

/** An in-memory Web Storage with enumeration, whose failures can be switched on. */
export class MemoryStorage implements EnumerableStorage {
  data = new Map<string, string>();
  /** When set, setItem throws this error (e.g. a QuotaExceededError). */
  failWith?: string;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw Object.assign(new Error(this.failWith), { name: this.failWith });
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  /** Every key and value, for byte-for-byte comparisons. */
  dump(): [string, string][] {
    return [...this.data].sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

/** A fixed clock that can be moved on. */
export function createClock(iso = '2025-03-01T09:00:00.000Z') {
  let time = Date.parse(iso);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}
