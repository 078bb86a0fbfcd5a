import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DocsExtensionSchema } from './src/schemas/lesson';
import { UiStringsSchema } from './src/schemas/ui-strings';
import { QuizBankSchema } from './src/schemas/quiz';
import { ChecklistSchema } from './src/schemas/checklist';
import { GlossarySchema } from './src/schemas/glossary';
import { TaxonomySchema } from './src/schemas/taxonomy';
import { InterviewBankSchema, JobDescriptionContentSchema, WorkSamplesSchema } from './src/schemas/hiring';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: DocsExtensionSchema }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: UiStringsSchema }) }),
  // Entry ids are "<locale>/<lesson>", e.g. "bg/the-role".
  quizzes: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: '*/*.yaml' }),
    schema: QuizBankSchema,
  }),
  checklists: defineCollection({
    loader: glob({ base: './content/checklists', pattern: '*/*.yaml' }),
    schema: ChecklistSchema,
  }),
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
    schema: GlossarySchema,
  }),
  // Entry ids are "<locale>/skills", e.g. "bg/skills": the hiring scorecards pick from it.
  taxonomy: defineCollection({
    loader: glob({ base: './content/taxonomy', pattern: '*/*.yaml' }),
    schema: TaxonomySchema,
  }),
  // The hiring kit, per locale: entry ids are "<locale>/questions" and so on (content/hiring/<locale>/).
  interviewQuestions: defineCollection({
    loader: glob({ base: './content/hiring', pattern: '*/questions.yaml' }),
    schema: InterviewBankSchema,
  }),
  workSamples: defineCollection({
    loader: glob({ base: './content/hiring', pattern: '*/work-samples.yaml' }),
    schema: WorkSamplesSchema,
  }),
  jobDescription: defineCollection({
    loader: glob({ base: './content/hiring', pattern: '*/job-description.yaml' }),
    schema: JobDescriptionContentSchema,
  }),
};
