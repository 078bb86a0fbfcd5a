import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser';

/**
 * A visitor for search journeys, with a Chromium and a profile of its own: in a context of a shared
 * Chromium, Starlight's search UI (mounted in a requestIdleCallback) more often never mounted.
 */
export const openSearchSession = (): Promise<Session> => openSession({ persistent: true });

/** What the page knows about Starlight's search when its input never appeared: for a readable failure. */
async function describeSearchState(session: Session): Promise<string> {
  const state = await session.page.evaluate(() => ({
    readyState: document.readyState,
    visibility: document.visibilityState,
    elementDefined: Boolean(customElements.get('site-search')),
    buttonDisabled: document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled,
    mountedChildren: document.querySelector('#starlight__search')?.childElementCount,
    searchScripts: performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /ui-core|pagefind|Search\.astro/.test(path)),
  }));
  return JSON.stringify({ ...state, errors: session.errors });
}

/** Opens the search dialog and types a query. */
async function typeQuery(session: Session, query: string) {
  const { page } = session;
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await page.locator('button[data-open-modal]').click();
  try {
    await input.waitFor({ timeout: 10_000 });
  } catch {
    // Starlight mounts Pagefind's UI in a requestIdleCallback; on a loaded two-core machine headless
    // Chromium has (rarely) never run it. Say so, and give the page one more load before failing.
    console.warn(`Pagefind's UI did not mount; reloading once: ${await describeSearchState(session)}`);
    await page.reload();
    await page.locator('button[data-open-modal]').click();
    try {
      await input.waitFor({ timeout: 20_000 });
    } catch {
      throw new Error(`Pagefind's search input never appeared: ${await describeSearchState(session)}`);
    }
  }
  await input.fill(query);
}

/** Waits until no result item is still loading: each fills in as its page's data arrives. */
async function waitForLoadedItems(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('#starlight__search .pagefind-ui__results .pagefind-ui__loading'),
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * Opens the search dialog, types a query and returns the result links' paths, once the message
 * names the query's results (not the "Searching for …" one). Call it on a freshly loaded page.
 */
export async function searchFor(session: Session, query: string): Promise<string[]> {
  const { page } = session;
  await typeQuery(session, query);
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.trim() ?? '';
      return message.includes(q) && !/(…|\.\.\.)$/.test(message);
    },
    query,
    { timeout: 30_000 },
  );
  await waitForLoadedItems(page);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.keyboard.press('Escape');
  return hrefs;
}

export interface SearchResult {
  /** The page's path. */
  href: string;
  /** Every excerpt shown for the page (its own and its sections'), as a reader sees them. */
  excerpt: string;
  /** Texts under the result that a reader can see (Pagefind's metadata tags). */
  visibleTags: string[];
}

/**
 * Like searchFor, with what each result shows; an empty list when nothing matches. Call it on a
 * freshly loaded page, so that no earlier query's results are mistaken for this one's.
 */
export async function searchResults(session: Session, query: string): Promise<SearchResult[]> {
  const { page } = session;
  await typeQuery(session, query);
  // The list appears when the search is done.
  await page.locator('#starlight__search .pagefind-ui__results').waitFor({ state: 'attached', timeout: 30_000 });
  await waitForLoadedItems(page);
  const found = await page.locator('#starlight__search .pagefind-ui__result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.pathname,
      excerpt: [...item.querySelectorAll('.pagefind-ui__result-excerpt')].map((p) => p.textContent).join(' … '),
      visibleTags: [...item.querySelectorAll<HTMLElement>('.pagefind-ui__result-tag')]
        .filter((tag) => tag.checkVisibility())
        .map((tag) => tag.textContent!.trim()),
    })),
  );
  await page.keyboard.press('Escape');
  return found;
}
