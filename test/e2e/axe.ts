import AxeBuilder from '@axe-core/playwright';
import type { Session } from './browser';

/** WCAG 2.2 AA and axe's best practices. No rule is excluded. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Experimental rules axe skips unless asked; we ask (label-in-name is WCAG 2.5.3, level A). */
const EXPERIMENTAL_RULES = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Runs axe on the current page (or only the part `include` selects, for one state of a widget) and
 * returns its violations in a readable form.
 */
export async function findViolations(session: Session, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page: session.page });
  if (include) builder.include(include);
  const results = await builder.withTags(AXE_TAGS).options({ rules: EXPERIMENTAL_RULES }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
