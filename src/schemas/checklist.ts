import { z } from 'astro/zod';
import { IdSchema, findDuplicateIds } from './id';

/** One checkable step. */
export const ChecklistItemSchema = z.object({
  /** Stable id, identical in both locales; saved progress refers to it. */
  id: IdSchema,
  /** The step as a short imperative, e.g. "Start a blog". */
  title: z.string().min(3),
  /** Why the step matters, in one or two sentences. */
  why: z.string().min(10),
  /** How to do it, in one or two sentences. */
  how: z.string().min(10),
});

/** A group of steps, e.g. "Training". */
export const ChecklistSectionSchema = z.object({
  /** Stable id of the section. */
  id: IdSchema,
  /** Section heading. */
  title: z.string().min(3),
  /** The steps, in the order they are suggested. */
  items: z.array(ChecklistItemSchema).min(1),
});

/** A checklist file: `content/checklists/<locale>/<id>.yaml`. */
export const ChecklistSchema = z
  .object({
    /** Stable id of the checklist; equals the file name. */
    id: IdSchema,
    /** Checklist title. */
    title: z.string().min(3),
    /** One-paragraph introduction. */
    intro: z.string().min(10),
    /** The sections, in order. */
    sections: z.array(ChecklistSectionSchema).min(1),
  })
  .superRefine((checklist, ctx) => {
    const ids = checklist.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]);
    for (const id of findDuplicateIds(ids)) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `duplicate id "${id}"` });
    }
  });

export type Checklist = z.infer<typeof ChecklistSchema>;
