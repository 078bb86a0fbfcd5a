/**
 * One store per page, shared by every widget on it: when the browser blocks or fills up storage,
 * values fall back to one memory map, so a quiz's new result still reaches the lesson header.
 */
import { createSafeStore, type KeyValueStorage, type SafeStore } from '../../lib/storage';

let shared: SafeStore | undefined;
let source: () => KeyValueStorage | null | undefined = () => window.localStorage;

export function siteStore(): SafeStore {
  shared ??= createSafeStore(source);
  return shared;
}

/**
 * Puts the page's widgets on another storage, e.g. the LMS's suspend data in a SCORM package.
 * Call it before any widget connects: a store already handed out keeps its storage.
 */
export function useSiteStorage(getStorage: () => KeyValueStorage | null | undefined): void {
  source = getStorage;
  shared = undefined;
}

let tab: SafeStore | undefined;

/**
 * Storage for this tab only (sessionStorage): what a tab is in the middle of, which must neither
 * reach other tabs nor outlive the tab. Blocked storage falls back to memory, like siteStore().
 */
export function tabStore(): SafeStore {
  tab ??= createSafeStore(() => window.sessionStorage);
  return tab;
}
