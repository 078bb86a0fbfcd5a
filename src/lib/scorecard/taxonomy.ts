/** Server-side helpers over the skill taxonomy (content/taxonomy/<locale>/skills.yaml). */
import { TAXONOMY_GROUP_IDS, type Taxonomy, type TaxonomyGroupId } from '../../schemas/taxonomy';
import type { TaxonomyEntry } from './items';

/** Every item of the taxonomy, group by group, with its group's id and title. */
export function flattenTaxonomy(taxonomy: Taxonomy): (TaxonomyEntry & { groupId: TaxonomyGroupId })[] {
  return TAXONOMY_GROUP_IDS.flatMap((groupId) =>
    taxonomy[groupId].items.map((item) => ({ ...item, group: taxonomy[groupId].title, groupId })),
  );
}
