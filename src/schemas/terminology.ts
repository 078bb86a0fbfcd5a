import { z } from 'astro/zod';
import { IdSchema, findDuplicateIds } from './id';

/**
 * A form not to use, as a regular expression written in the term sheet as `{ regex: '…' }`.
 * The pattern is compiled with the `u` flag (and `i` unless `matchCase` is set). In it, `\b` means a
 * word boundary that works for Cyrillic too (JavaScript's own `\b` knows only ASCII letters), so
 * `\bтренд(ове)?\b` matches „трендове“ but not „трендафил“.
 */
export const VariantRegexSchema = z.object({
  /** The pattern's source, e.g. `\bрийл\p{L}*\b`, or `многофункционалн\p{L}*\s+екип` for a phrase. */
  regex: z.string().min(1),
  /** Match letter case exactly (for forms that differ only in case, such as "reels" against "Reels"). */
  matchCase: z.boolean().optional(),
});

/**
 * One variant not to use: a literal string or a regular expression. A literal is matched as a whole
 * word or phrase, ignoring case, with Cyrillic-aware boundaries at its ends; a `*` at the end of a word
 * stands for any ending, so `импреси*` covers „импресии“ and „импресиите“.
 */
export const VariantSchema = z.union([z.string().min(1), VariantRegexSchema]);

/** One concept and the single form the course uses for it in one language. */
export const TermConceptSchema = z.object({
  /** Stable id of the concept, in English, e.g. "impressions"; the same id in both sheets where both have it. */
  id: IdSchema,
  /** The form every text uses, as a writer should write it, e.g. „показвания“. */
  preferred: z.string().min(1),
  /** Forms not to use for this concept: literal words or phrases, or `{ regex }` patterns. */
  avoid: z.array(VariantSchema).min(1),
  /** One line on why this form was chosen (the platform's own interface, the house style, a calque). */
  reason: z.string().min(10).max(240),
});

/** A language's term sheet: `content/terminology/<locale>.yaml`. */
export const TerminologySchema = z
  .object({
    /** The language the sheet governs: its rules apply to that locale's files only. */
    locale: z.enum(['en', 'bg']),
    /** Every concept with a fixed form, in the order a writer would look them up. */
    concepts: z.array(TermConceptSchema).min(1),
  })
  .superRefine((sheet, ctx) => {
    for (const id of findDuplicateIds(sheet.concepts.map((c) => c.id))) {
      ctx.addIssue({ code: 'custom', path: ['concepts'], message: `duplicate concept id "${id}"` });
    }
    sheet.concepts.forEach((concept, i) =>
      concept.avoid.forEach((variant, j) => {
        if (typeof variant === 'string') return;
        try {
          new RegExp(variant.regex.replaceAll('\\b', ''), 'u');
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            path: ['concepts', i, 'avoid', j],
            message: `not a valid pattern: ${String(error)}`,
          });
        }
      }),
    );
  });

export type Variant = z.infer<typeof VariantSchema>;
export type TermConcept = z.infer<typeof TermConceptSchema>;
export type Terminology = z.infer<typeof TerminologySchema>;
