import type { Session } from './browser';

/** Text a reader or a screen reader would meet that still carries an HTML entity: double escaping. */
const ENTITY = /&(#\d+|#x[\da-f]+|amp|quot|lt|gt|apos|nbsp);/i;
/** A sentence that runs into the next with no space ("CC BY-SA 4.0.Source code", "Key terms:Social"). */
const RUN_ON = /[\p{Ll}\d)][.:;!?][\p{Lu}]/u;

interface AxNode {
  ignored?: boolean;
  name?: { value?: unknown };
  description?: { value?: unknown };
}

/**
 * What is wrong with the words of the loaded page: an HTML entity in its visible text or in any
 * accessible name (read from Chromium's accessibility tree), or a run-on sentence.
 */
export async function findTextFaults({ page, context }: Session): Promise<string[]> {
  const found: string[] = [];
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  for (const pattern of [ENTITY, RUN_ON]) {
    const match = pattern.exec(text);
    if (match) found.push(`text “…${text.slice(Math.max(0, match.index - 30), match.index + 20)}…”`);
  }
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  for (const node of nodes) {
    if (node.ignored) continue;
    for (const value of [node.name?.value, node.description?.value]) {
      if (typeof value === 'string' && ENTITY.test(value)) found.push(`accessible name “${value}”`);
    }
  }
  return found;
}
