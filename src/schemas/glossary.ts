import { z } from 'astro/zod';
import { IdSchema, findDuplicateIds } from './id';

/** One glossary term in one locale. */
export const GlossaryTermSchema = z.object({
  /** Stable id, identical in both locales; lessons link to `/glossary/#<id>`. */
  id: IdSchema,
  /** The term as learners meet it in this locale, e.g. "Key performance indicator (KPI)". */
  term: z.string().min(2),
  /** The same term in the other locale, so learners can read sources in either language. */
  translation: z.string().min(2),
  /** One or two plain sentences of definition, written for a beginner. */
  definition: z.string().min(20),
});

/** A locale's glossary file: `content/glossary/<locale>.yaml`. */
export const GlossarySchema = z
  .object({
    /** Every term of the course, in the order it should be listed. */
    terms: z.array(GlossaryTermSchema).min(1),
  })
  .superRefine((glossary, ctx) => {
    for (const id of findDuplicateIds(glossary.terms.map((t) => t.id))) {
      ctx.addIssue({ code: 'custom', path: ['terms'], message: `duplicate term id "${id}"` });
    }
  });

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
