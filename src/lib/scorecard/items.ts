/** Turns a checklist's item references into what people read, in the reader's language. */
import { itemKey, type Checklist } from './checklist';

/** A taxonomy item in one language, as pages pass it to the browser. */
export interface TaxonomyEntry {
  id: string;
  name: string;
  description: string;
  /** Title of the item's group, e.g. "Skills". */
  group: string;
}

export interface ItemView {
  /** Unique within the checklist; see itemKey(). */
  key: string;
  name: string;
  /** Empty for custom items. */
  description: string;
  group: string;
  custom: boolean;
}

/** Names, descriptions and groups of a checklist's items; custom items go in `customGroup`. */
export function describeItems(
  checklist: Checklist,
  taxonomy: ReadonlyMap<string, TaxonomyEntry>,
  customGroup: string,
): ItemView[] {
  return checklist.items.map((item) => {
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
