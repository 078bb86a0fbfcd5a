import { getEntry } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary';
import { toLang } from '../lib/paths';

/** The glossary of a Starlight locale, by term id. Throws when the locale has no glossary file. */
export async function getGlossary(locale: string | undefined): Promise<Map<string, GlossaryTerm>> {
  const lang = toLang(locale);
  const entry = await getEntry('glossary', lang);
  if (!entry) throw new Error(`content/glossary/${lang}.yaml is missing`);
  return new Map(entry.data.terms.map((term) => [term.id, term]));
}
