import { z } from 'astro/zod';

/**
 * A stable identifier shared by both locales. Saved progress, share links and answer keys refer
 * to it, so it must never be renamed once published.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (kebab-case)');

/** Returns the ids that occur more than once, in order of their first repetition. */
export function findDuplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}
