import { z } from 'astro/zod';
import { ITEM_PLACEHOLDER } from '../lib/hiring/kit';
import { IdSchema, findDuplicateIds } from './id';

/**
 * The hiring kit's content, per locale under `content/hiring/<locale>/`: the interview question
 * bank, the work-sample tasks and the job description's lines and inclusive-wording checks. Ids are
 * stable and identical in both locales: interview-guide and task links store them.
 */

/** The placeholder a question for the hiring manager's own items carries: the item's name. */
export { ITEM_PLACEHOLDER };

/** One interview question with what to listen for. */
export const InterviewQuestionSchema = z.object({
  /** Stable id, unique in the bank; interview-guide links store it. */
  id: IdSchema,
  /** "behavioural" asks for a past example ("Tell me about a time…"); "situational" for a plan ("What would you do if…"). */
  kind: z.enum(['behavioural', 'situational']),
  /** The question as the interviewer asks it. */
  text: z.string().min(20).max(320),
  /** What a strong answer shows, in one or two sentences. */
  strong: z.string().min(20).max(320),
  /** What a weak answer shows, in one or two sentences. */
  weak: z.string().min(20).max(320),
  /** Follow-up probes, asked when the first answer stays general. */
  probes: z.array(z.string().min(10).max(200)).min(1).max(4),
});

/** The questions for one taxonomy item (content/taxonomy/<locale>/skills.yaml). */
export const ItemQuestionsSchema = z.object({
  /** A taxonomy item id; the content tests check that it exists. */
  item: IdSchema,
  /** At least two, so an interviewer can pick and a second interviewer can ask another. */
  questions: z.array(InterviewQuestionSchema).min(2).max(4),
});

/** `content/hiring/<locale>/questions.yaml`. */
export const InterviewBankSchema = z
  .object({
    /** One entry per taxonomy item, in the taxonomy's order. */
    items: z.array(ItemQuestionsSchema).min(1),
    /** Questions for the hiring manager's own items; each text names the item as "{item}". */
    custom: z.array(InterviewQuestionSchema).min(2).max(4),
  })
  .superRefine((bank, ctx) => {
    for (const item of findDuplicateIds(bank.items.map((entry) => entry.item))) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `item "${item}" has two entries` });
    }
    const ids = [...bank.items.flatMap((entry) => entry.questions), ...bank.custom].map((q) => q.id);
    for (const id of findDuplicateIds(ids)) {
      ctx.addIssue({ code: 'custom', path: [], message: `duplicate question id "${id}"` });
    }
    bank.custom.forEach((question, index) => {
      if (!question.text.includes(ITEM_PLACEHOLDER))
        ctx.addIssue({
          code: 'custom',
          path: ['custom', index, 'text'],
          message: `must name the item as ${ITEM_PLACEHOLDER}`,
        });
    });
  });

/** A table of fictional figures given to the candidate. */
export const MaterialTableSchema = z.object({
  caption: z.string().min(5),
  columns: z.array(z.string().min(1)).min(2).max(8),
  rows: z.array(z.array(z.string())).min(1).max(15),
});

/** One criterion of a task's marking guide, tied to the scorecard items it gives evidence for. */
export const MarkingCriterionSchema = z.object({
  /** Stable id, unique within the task. */
  id: IdSchema,
  /** Taxonomy item ids this criterion is evidence for; the content tests check that each exists. */
  items: z.array(IdSchema).min(1).max(4),
  /** What is being judged, as a short phrase. */
  criterion: z.string().min(5).max(160),
  /** What strong work shows. */
  strong: z.string().min(20).max(320),
  /** What weak work shows. */
  weak: z.string().min(20).max(320),
});

/** A work-sample task: the candidate's sheet and, for the hiring manager only, its marking guide. */
export const WorkSampleSchema = z
  .object({
    /** Stable id; task links store it. */
    id: IdSchema,
    title: z.string().min(5).max(100),
    /** One line for the hiring manager: what the task shows. */
    summary: z.string().min(20).max(240),
    /** The time box, in minutes. */
    minutes: z.number().int().min(15).max(180),
    /** The situation, paragraph by paragraph; the first says the account is fictional. */
    context: z.array(z.string().min(20)).min(1).max(5),
    /** Fictional figures, when the task needs them. */
    table: MaterialTableSchema.optional(),
    /** What to do, step by step. */
    steps: z.array(z.string().min(10)).min(2).max(8),
    /** What to hand in. */
    deliverables: z.array(z.string().min(5)).min(1).max(6),
    /** The marking guide: never part of the candidate's sheet. */
    marking: z.array(MarkingCriterionSchema).min(3).max(8),
  })
  .superRefine((task, ctx) => {
    for (const id of findDuplicateIds(task.marking.map((c) => c.id))) {
      ctx.addIssue({ code: 'custom', path: ['marking'], message: `duplicate criterion id "${id}"` });
    }
    task.table?.rows.forEach((row, index) => {
      if (row.length !== task.table!.columns.length)
        ctx.addIssue({ code: 'custom', path: ['table', 'rows', index], message: 'needs one cell per column' });
    });
  });

/** `content/hiring/<locale>/work-samples.yaml`. */
export const WorkSamplesSchema = z
  .object({
    /** Exactly three ready tasks. */
    tasks: z.array(WorkSampleSchema).length(3),
  })
  .superRefine((file, ctx) => {
    for (const id of findDuplicateIds(file.tasks.map((t) => t.id))) {
      ctx.addIssue({ code: 'custom', path: ['tasks'], message: `duplicate task id "${id}"` });
    }
  });

/**
 * A phrase that shuts people out of a job advertisement. Each `match` is a word or words, written
 * in lower case; a trailing "*" matches any ending ("млад*" would also match "младши", so list
 * forms instead where a stem is too greedy).
 */
export const ExclusionaryPhraseSchema = z.object({
  id: IdSchema,
  /** What the phrase is about, e.g. "Age". */
  topic: z.string().min(2).max(60),
  match: z.array(z.string().regex(/^[^*]+\*?$/, 'a "*" may only end a match')).min(1),
  /** Why it shuts people out, in one or two sentences. */
  why: z.string().min(20).max(320),
  /** What to write instead. */
  instead: z.string().min(10).max(320),
});

/** `content/hiring/<locale>/job-description.yaml`. */
export const JobDescriptionContentSchema = z
  .object({
    /** One line per taxonomy item, addressed to the applicant, for the job description's lists. */
    lines: z.array(z.object({ item: IdSchema, text: z.string().min(10).max(200) })).min(1),
    /** Starting text for the free fields; square brackets mark what the employer fills in. */
    defaults: z.object({
      about: z.string().min(20),
      offer: z.array(z.string().min(5)).min(1).max(8),
      apply: z.string().min(20),
    }),
    /** The inclusive-wording checks. */
    phrases: z.array(ExclusionaryPhraseSchema).min(3),
  })
  .superRefine((content, ctx) => {
    for (const item of findDuplicateIds(content.lines.map((l) => l.item))) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: `item "${item}" has two lines` });
    }
    for (const id of findDuplicateIds(content.phrases.map((p) => p.id))) {
      ctx.addIssue({ code: 'custom', path: ['phrases'], message: `duplicate phrase id "${id}"` });
    }
  });

export type InterviewQuestion = z.infer<typeof InterviewQuestionSchema>;
export type InterviewBank = z.infer<typeof InterviewBankSchema>;
export type WorkSample = z.infer<typeof WorkSampleSchema>;
export type WorkSamples = z.infer<typeof WorkSamplesSchema>;
export type ExclusionaryPhrase = z.infer<typeof ExclusionaryPhraseSchema>;
export type JobDescriptionContent = z.infer<typeof JobDescriptionContentSchema>;
