import AxeBuilder from '@axe-core/playwright';
import type { Session } from './browser';

/** WCAG 2.2 AA and axe's best practices. No rule is excluded. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Experimental rules axe skips unless asked; we ask (label-in-name is WCAG 2.5.3, level A). */
const EXPERIMENTAL_RULES = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Runs axe on the part of the current page that `scope` selects: by default `main`, where widgets
 * change; test/e2e/a11y.test.ts checks every whole page (`'page'`) in both themes, and the header,
 * sidebar and footer do not change while a widget does. A widget's state can be checked alone
 * (e.g. `'smm-checklist'`). Returns the violations in a readable form.
 */
export async function findViolations(session: Session, scope = 'main'): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself. The default runs axe in every frame and then
  // opens a blank page to merge the results: the same verdict on our frameless pages, at twice the time.
  const builder = new AxeBuilder({ page: session.page }).setLegacyMode(true);
  if (scope !== 'page') builder.include(scope);
  // Only violations are gathered node by node: the verdict is the same, a third faster on long pages.
  const results = await builder
    .withTags(AXE_TAGS)
    .options({ rules: EXPERIMENTAL_RULES, resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
