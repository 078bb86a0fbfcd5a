/** Turns a template's item references into what people read, in the reader's language. */
import { itemKey, type ScorecardTemplate } from './template';

/** A taxonomy item in one language, as pages pass it to the browser. */
export interface TaxonomyEntry {
  id: string;
  name: string;
  description: string;
  /** Title of the item's group, e.g. "Skills". */
  group: string;
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

/** Names, descriptions and groups of a template's items; custom items go in `customGroup`. */
export function describeItems(
  template: ScorecardTemplate,
  taxonomy: ReadonlyMap<string, TaxonomyEntry>,
  customGroup: string,
): ItemView[] {
  return template.items.map((item) => {
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
  });
}
