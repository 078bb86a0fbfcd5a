/** Turns a template's item references into what people read, in the reader's language. */
import { itemKey, type ItemRef, type ScorecardTemplate } from './template';

/** A taxonomy item in one language, as pages pass it to the browser. */
export interface TaxonomyEntry {
  id: string;
  name: string;
  description: string;
  /** Title of the item's group, e.g. "Skills". */
  group: string;
}

/** What every scorecard widget's config carries next to its strings (src/components/scorecard/scorecard-data.ts). */
export interface ScorecardData {
  /** The taxonomy in the page's language: links hold ids only, so they read in either language. */
  taxonomy: TaxonomyEntry[];
  /** The tool's pages in the page's language. */
  paths: { builder: string; scorecard: string; compare: string };
  /** The hiring kit's pages that open a template link (src/components/hiring/), where the page links them. */
  kit?: { guide: string; job: string; tasks: string };
}

export interface ItemView {
  /** Unique within the template; see itemKey(). */
  key: string;
  name: string;
  /** Empty for custom items. */
  description: string;
  group: string;
  custom: boolean;
}

/** An item's name, description and group in the reader's language; custom items go in `customGroup`. */
export function describeItem(
  item: ItemRef,
  taxonomy: ReadonlyMap<string, TaxonomyEntry>,
  customGroup: string,
): ItemView {
  if (item.kind === 'custom') {
    return { key: itemKey(item), name: item.text, description: '', group: customGroup, custom: true };
  }
  const entry = taxonomy.get(item.id);
  return {
    key: item.id,
    name: entry?.name ?? item.id,
    description: entry?.description ?? '',
    group: entry?.group ?? '',
    custom: false,
  };
}

/** Every item of a template, described as by describeItem. */
export function describeItems(
  template: ScorecardTemplate,
  taxonomy: ReadonlyMap<string, TaxonomyEntry>,
  customGroup: string,
): ItemView[] {
  return template.items.map((item) => describeItem(item, taxonomy, customGroup));
}

/** "3 – Solid", or the not-rated text. */
export function describeRating(rating: number, text: { levels: readonly string[]; notRated: string }): string {
  const label = text.levels[rating - 1];
  return rating > 0 && label !== undefined ? `${rating} – ${label}` : text.notRated;
}

/** "1 Not yet · 2 Developing · 3 Solid · 4 Strong". */
export function describeScale(levels: readonly string[]): string {
  return levels.map((label, index) => `${index + 1} ${label}`).join(' · ');
}
