import type { Session } from './browser';

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

/** Opens the search dialog, types a query and returns the result links' paths. */
export async function searchFor(session: Session, query: string): Promise<string[]> {
  const { page } = session;
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  try {
    await input.waitFor({ timeout: 20_000 });
  } catch {
    throw new Error(`Pagefind's search input never appeared: ${await describeSearchState(session)}`);
  }
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.keyboard.press('Escape');
  return hrefs;
}
