/**
 * The data every scorecard widget gets in its config (through ElementConfig): the taxonomy in the
 * page's language and the tool's paths. Server-side only.
 */
import { getEntry } from 'astro:content';
import { localizePath, type Lang } from '../../lib/paths';
import type { ScorecardData } from '../../lib/scorecard/items';
import { flattenTaxonomy } from '../../lib/scorecard/taxonomy';

export async function loadScorecardData(lang: Lang): Promise<ScorecardData> {
  const taxonomy = await getEntry('taxonomy', `${lang}/skills`);
  if (!taxonomy) throw new Error(`scorecard: content/taxonomy/${lang}/skills.yaml does not exist`);
  return {
    taxonomy: flattenTaxonomy(taxonomy.data).map(({ id, name, description, group }) => ({
      id,
      name,
      description,
      group,
    })),
    paths: {
      builder: localizePath(lang, 'hiring/scorecard-builder'),
      scorecard: localizePath(lang, 'hiring/scorecard'),
      compare: localizePath(lang, 'hiring/compare'),
    },
    kit: {
      guide: localizePath(lang, 'hiring/interview-guide'),
      job: localizePath(lang, 'hiring/job-description'),
      tasks: localizePath(lang, 'hiring/practical-tasks'),
    },
  };
}
