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

/** A missing file is a broken build, said plainly. */
function must<T>(found: T | undefined, file: string): T {
  if (!found) throw new Error(`hiring kit: content/hiring/${file}.yaml does not exist`);
  return found;
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
  const bank = must(await getEntry('interviewQuestions', `${lang}/questions`), `${lang}/questions`).data;
  return {
    ...(await loadScorecardData(lang)),
    questions: {
      items: Object.fromEntries(bank.items.map((entry) => [entry.item, entry.questions.map(toGuideQuestion)])),
      custom: bank.custom.map(toGuideQuestion),
    },
  };
}

export async function loadJobContent(lang: Lang): Promise<{ job: JobContent; phrases: PhraseCheck[] }> {
  const content = must(await getEntry('jobDescription', `${lang}/job-description`), `${lang}/job-description`).data;
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

export const loadWorkSamples = async (lang: Lang) =>
  must(await getEntry('workSamples', `${lang}/work-samples`), `${lang}/work-samples`).data.tasks;
