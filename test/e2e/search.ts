import type { Session } from './browser';

/** Opens the search dialog, types a query and returns the result links' paths. */
export async function searchFor(session: Session, query: string): Promise<string[]> {
  const { page } = session;
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.keyboard.press('Escape');
  return hrefs;
}
