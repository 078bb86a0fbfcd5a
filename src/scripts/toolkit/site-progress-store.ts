/** Lesson progress and quiz records over the page's shared store, for the widgets that track progress. */
import { createProgressStore, type ProgressStore } from '../../lib/progress/store';
import { siteStore } from './site-store';

export function siteProgressStore(): ProgressStore {
  return createProgressStore(() => window.localStorage, undefined, siteStore());
}
