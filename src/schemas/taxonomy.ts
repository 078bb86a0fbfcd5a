import { z } from 'astro/zod';
import { IdSchema, findDuplicateIds } from './id';

/** One thing a social media manager does, knows or uses, as a hiring manager can assess it. */
export const TaxonomyItemSchema = z.object({
  /** Stable id, identical in both locales and unique across all groups; share links store it. */
  id: IdSchema,
  /** Short name shown in checklists and scorecards, e.g. "Crisis management". */
  name: z.string().min(2).max(80),
  /** One line, in our own words, of what the item means in practice. */
  description: z.string().min(20).max(200),
});

/** How many items each group has: the numbers the course teaches (curriculum sections 2, 4, 5, 6, 9). */
export const TAXONOMY_GROUP_SIZES = {
  responsibilities: 6,
  tasks: 16,
  skills: 5,
  traits: 5,
  tools: 6,
} as const;

export type TaxonomyGroupId = keyof typeof TAXONOMY_GROUP_SIZES;

/** The groups in the order checklists show them. */
export const TAXONOMY_GROUP_IDS = Object.keys(TAXONOMY_GROUP_SIZES) as TaxonomyGroupId[];

const groupOf = (size: number) =>
  z.object({
    /** Group heading in this locale, e.g. "Responsibilities". */
    title: z.string().min(2),
    /** The group's items, in the order the course teaches them; exactly as many as the course names. */
    items: z.array(TaxonomyItemSchema).length(size),
  });

/** A locale's skill taxonomy: `content/taxonomy/<locale>/skills.yaml`. */
export const TaxonomySchema = z
  .object({
    /** The six responsibilities of the role. */
    responsibilities: groupOf(TAXONOMY_GROUP_SIZES.responsibilities),
    /** The sixteen tasks of the work itself. */
    tasks: groupOf(TAXONOMY_GROUP_SIZES.tasks),
    /** The five core skills. */
    skills: groupOf(TAXONOMY_GROUP_SIZES.skills),
    /** Matt Navarra's five traits of the best social media managers he hired. */
    traits: groupOf(TAXONOMY_GROUP_SIZES.traits),
    /** The six tools the course presents. */
    tools: groupOf(TAXONOMY_GROUP_SIZES.tools),
  })
  .superRefine((taxonomy, ctx) => {
    const ids = TAXONOMY_GROUP_IDS.flatMap((group) => taxonomy[group].items.map((item) => item.id));
    for (const id of findDuplicateIds(ids)) {
      ctx.addIssue({ code: 'custom', path: [], message: `duplicate item id "${id}"` });
    }
  });

export type TaxonomyItem = z.infer<typeof TaxonomyItemSchema>;
export type Taxonomy = z.infer<typeof TaxonomySchema>;
