/**
 * Fixtures for the hiring kit's element tests: each component's markup (the parts its element works
 * with, as src/components/hiring/*.astro render them) and the config ElementConfig embeds, made from
 * the real content.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GuideData } from '../../../src/lib/hiring/kit';
import { serializeConfig } from '../../../src/lib/element-config';
import { InterviewBankSchema, JobDescriptionContentSchema, WorkSamplesSchema } from '../../../src/schemas/hiring';
import type { JobDescriptionData } from '../../../src/scripts/hiring/job-description-element';
import { readYaml } from '../../support/content';
import { taxonomyEntries } from '../../support/scorecard';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../content/i18n/en.json'), 'utf8')) as Record<
  string,
  string
>;
const strings = Object.fromEntries(Object.entries(en).filter(([key]) => /^(hiring|scorecard)\./.test(key)));
const config = (data: object) =>
  `<script type="application/json" data-config>${serializeConfig({ ...data, lang: 'en', strings })}</script>`;

export const bank = InterviewBankSchema.parse(readYaml('hiring/en/questions.yaml'));
export const tasks = WorkSamplesSchema.parse(readYaml('hiring/en/work-samples.yaml')).tasks;
const job = JobDescriptionContentSchema.parse(readYaml('hiring/en/job-description.yaml'));
const taxonomy = taxonomyEntries('en').map(({ id, name, description, group }) => ({ id, name, description, group }));
const groups = Object.fromEntries(taxonomyEntries('en').map((entry) => [entry.id, entry.groupId]));

const paths = { builder: '/hiring/scorecard-builder/', scorecard: '/hiring/scorecard/', compare: '/hiring/compare/' };
const kit = { guide: '/hiring/interview-guide/', job: '/hiring/job-description/', tasks: '/hiring/practical-tasks/' };

const guideData: GuideData = {
  taxonomy,
  paths,
  kit,
  questions: {
    items: Object.fromEntries(bank.items.map((entry) => [entry.item, entry.questions])),
    custom: bank.custom,
  },
};

const jobData: JobDescriptionData = {
  taxonomy,
  paths,
  kit,
  job: {
    lines: Object.fromEntries(
      job.lines.map(({ item, text }) => [
        item,
        { text, section: ['responsibilities', 'tasks'].includes(groups[item]!) ? 'duties' : 'skills' },
      ]),
    ),
    defaults: job.defaults,
  },
  phrases: job.phrases,
};

const messages = `<p data-no-js>Needs JavaScript</p>
  <div data-none hidden><a href="/hiring/scorecard-builder/">Builder</a></div>
  <div data-alert hidden><p data-alert-text></p></div>`;

export const guideMarkup = `<div class="scorecard">${messages}
  <section data-guide hidden><h2 data-title></h2><p data-scale></p><ol data-items></ol><p data-count></p></section>
  <section data-share hidden><p data-link-status hidden></p><div data-link-ready><input data-link readonly /></div>
    <button type="button" data-copy>Copy</button><button type="button" data-print>Print</button>
    <a data-kit="scorecard" href="/hiring/scorecard/">Scorecard</a><a data-kit="job" href="/hiring/job-description/">Job</a>
    <a data-kit="tasks" href="/hiring/practical-tasks/">Tasks</a></section>
  <div data-print-view></div><div data-live></div>
</div>${config(guideData)}`;

export const jobMarkup = `<div class="scorecard">${messages}
  <div data-editor hidden><p data-restored hidden></p><p data-storage-notice hidden></p>
    <input data-field="title" />
    ${['about', 'duties', 'skills', 'offer', 'apply'].map((id) => `<textarea data-field="${id}"></textarea>`).join('')}
    <ul data-checks></ul><div data-preview></div>
    <button type="button" data-copy="text">Text</button><button type="button" data-copy="md">Markdown</button>
    <button type="button" data-print>Print</button><button type="button" data-reset>Again</button>
    <a data-kit="guide" href="/hiring/interview-guide/">Guide</a></div>
  <div data-live></div>
</div>${config(jobData)}`;

const taskIds = tasks.map((task) => task.id);

export const taskLinkMarkup = `<form data-form>
  ${taskIds.map((id, i) => `<input type="radio" name="t" value="${id}" data-task ${i === 0 ? 'checked' : ''} />`).join('')}
  <input data-role /><input data-link readonly /><button type="button" data-copy>Copy</button><a href="#" data-open>Open</a>
  <div data-live></div>
</form>${config({ paths: { task: '/hiring/task/' }, tasks: taskIds })}`;

export const taskSheetMarkup = `<div>
  <div data-none hidden></div><div data-alert hidden><p data-alert-text></p></div>
  <div data-sheets><p data-for hidden></p>
    ${taskIds.map((id) => `<section data-task="${id}"><h2>${id}</h2></section>`).join('')}</div>
  <button type="button" data-print>Print</button><div data-live></div>
</div>${config({ tasks: taskIds })}`;
