import { describe, expect, it } from 'vitest';
import { TAXONOMY_GROUP_IDS, TAXONOMY_GROUP_SIZES, TaxonomySchema } from '../../src/schemas/taxonomy';
import { flattenTaxonomy } from '../../src/lib/scorecard/taxonomy';
import { LANGS, readYaml } from '../support/content';
import { describeIssues } from '../support/issues';

const load = (lang: string) => {
  const result = TaxonomySchema.safeParse(readYaml(`taxonomy/${lang}/skills.yaml`));
  if (!result.success) throw new Error(`taxonomy/${lang}/skills.yaml: ${describeIssues(result.error.issues)}`);
  return result.data;
};

describe('skill taxonomy', () => {
  const taxonomies = Object.fromEntries(LANGS.map((lang) => [lang, load(lang)]));
  const en = taxonomies.en!;
  const bg = taxonomies.bg!;

  it('has the groups and sizes the course teaches: 6 + 16 + 5 + 5 + 6 = 38 items', () => {
    for (const group of TAXONOMY_GROUP_IDS) expect(en[group].items, group).toHaveLength(TAXONOMY_GROUP_SIZES[group]);
    expect(flattenTaxonomy(en)).toHaveLength(38);
  });

  it('has identical ids, in the same groups and order, in both locales', () => {
    const skeleton = (t: typeof en) => TAXONOMY_GROUP_IDS.map((group) => [group, t[group].items.map((i) => i.id)]);
    expect(skeleton(bg)).toEqual(skeleton(en));
  });

  it('is written in each locale’s language', () => {
    for (const item of flattenTaxonomy(bg)) expect(item.description, item.id).toMatch(/[\u0400-\u04FF]{4}/);
    for (const item of flattenTaxonomy(en)) expect(item.description, item.id).not.toMatch(/[\u0400-\u04FF]/);
    for (const group of TAXONOMY_GROUP_IDS) expect(bg[group].title, group).toMatch(/[\u0400-\u04FF]/);
  });

  it('keeps descriptions to one line each, unique within a locale', () => {
    for (const lang of LANGS) {
      const items = flattenTaxonomy(taxonomies[lang]!);
      for (const item of items) expect(item.description, `${lang}/${item.id}`).not.toContain('\n');
      expect(new Set(items.map((i) => i.description)).size, lang).toBe(items.length);
      expect(new Set(items.map((i) => i.name)).size, lang).toBe(items.length);
    }
  });

  it('rejects a taxonomy with a repeated id or a missing item', () => {
    const broken = structuredClone(en);
    broken.tools.items[1]!.id = broken.skills.items[0]!.id;
    const repeated = TaxonomySchema.safeParse(broken);
    expect(repeated.success).toBe(false);
    if (!repeated.success) expect(describeIssues(repeated.error.issues)).toContain('duplicate item id "creativity"');
    const short = structuredClone(en);
    short.tasks.items.pop();
    expect(TaxonomySchema.safeParse(short).success).toBe(false);
  });
});
