/**
 * The hiring kit's content in the page's language, as its widgets and pages use it. Server-side only.
 */
import { getEntry } from 'astro:content';
import type { Lang } from '../../lib/paths';
import type { GuideData } from '../../lib/hiring/kit';
import type { JobContent } from '../../lib/hiring/job-description';
import type { PhraseCheck } from '../../lib/hiring/phrases';
import type { InterviewQuestion } from '../../schemas/hiring';
import { loadScorecardData } from '../scorecard/scorecard-data';

const FILES = {
  interviewQuestions: 'questions',
  workSamples: 'work-samples',
  jobDescription: 'job-description',
} as const;

async function entry<C extends keyof typeof FILES>(collection: C, lang: Lang) {
  const found = await getEntry(collection, `${lang}/${FILES[collection]}`);
  if (!found) throw new Error(`hiring kit: content/hiring/${lang}/${FILES[collection]}.yaml does not exist`);
  return found.data;
}

const toGuideQuestion = ({ id, kind, text, strong, weak, probes }: InterviewQuestion) => ({
  id,
  kind,
  text,
  strong,
  weak,
  probes,
});

export async function loadGuideData(lang: Lang): Promise<GuideData> {
  const bank = await entry('interviewQuestions', lang);
  return {
    ...(await loadScorecardData(lang)),
    questions: {
      items: Object.fromEntries(bank.items.map((entry) => [entry.item, entry.questions.map(toGuideQuestion)])),
      custom: bank.custom.map(toGuideQuestion),
    },
  };
}

export async function loadJobContent(lang: Lang): Promise<{ job: JobContent; phrases: PhraseCheck[] }> {
  const content = await entry('jobDescription', lang);
  const taxonomy = (await getEntry('taxonomy', `${lang}/skills`))!.data;
  // Responsibilities and tasks are what the person will do; skills, traits and tools what they bring.
  const duties = new Set([...taxonomy.responsibilities.items, ...taxonomy.tasks.items].map((item) => item.id));
  return {
    job: {
      lines: Object.fromEntries(
        content.lines.map(({ item, text }) => [item, { text, section: duties.has(item) ? 'duties' : 'skills' }]),
      ),
      defaults: content.defaults,
    },
    phrases: content.phrases,
  };
}

export const loadWorkSamples = async (lang: Lang) => (await entry('workSamples', lang)).tasks;
