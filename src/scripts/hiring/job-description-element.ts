/**
 * <smm-job-description>: from a scorecard link, a job description to edit – title, about the role,
 * duties and skills from the scorecard's items, what we offer, how to apply – with a live preview,
 * an inclusive-wording check, copying as plain text or Markdown, and printing (CSS). Edits are kept
 * on this device for the template they started from. Typed text goes in as text.
 */
import { readJobDraft, writeJobDraft } from '../../lib/hiring/job-draft';
import {
  composeJobDescription,
  defaultJobFields,
  MAX_FIELD_LENGTH,
  MAX_TITLE_LENGTH,
  SECTIONS,
  toMarkdown,
  toPlainText,
  type JobContent,
  type JobFields,
  type SectionHeadings,
} from '../../lib/hiring/job-description';
import { kitFailureKey, type HiringKey } from '../../lib/hiring/kit';
import { findPhrases, findPlaceholders, type PhraseCheck } from '../../lib/hiring/phrases';
import { decodeScorecardLink } from '../../lib/scorecard/filled';
import { describeItems, type ScorecardData } from '../../lib/scorecard/items';
import { encodeTemplate, isComplete, type ScorecardTemplate } from '../../lib/scorecard/template';
import { cleanBlock, cleanLine } from '../../lib/scorecard/text';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { keepStateOnLanguageSwitch } from '../toolkit/language-picker';
import { defineElement, SmmElement } from '../toolkit/smm-element';

export interface JobDescriptionData extends ScorecardData {
  job: JobContent;
  phrases: PhraseCheck[];
}

const FIELDS = ['title', ...SECTIONS] as const;

export class JobDescriptionElement extends SmmElement<JobDescriptionData, HiringKey> {
  private template?: ScorecardTemplate;
  private templateHash = '';
  private fields?: JobFields;
  private headings!: SectionHeadings;

  protected setup() {
    this.headings = Object.fromEntries(SECTIONS.map((id) => [id, this.t(`hiring.job.${id}`)])) as SectionHeadings;
    this.listen(this, 'input', (event) => this.onInput(event));
    this.listen(this, 'click', (event) => this.onClick(event));
    this.listen(window, 'hashchange', () => this.load());
    keepStateOnLanguageSwitch(this.listen.bind(this));
    this.load();
  }

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.required<T>(`[data-${name}]`);
  }

  private field(id: (typeof FIELDS)[number]) {
    return this.required<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${id}"]`);
  }

  private load() {
    for (const name of ['none', 'alert', 'editor', 'restored'] as const) this.find(name).hidden = true;
    this.template = this.fields = undefined;
    const hash = location.hash.slice(1);
    if (!hash) return void (this.find('none').hidden = false);
    const decoded = decodeScorecardLink(hash, new Set(this.config.taxonomy.map((entry) => entry.id)));
    const failure = !decoded.ok ? decoded.reason : isComplete(decoded.template) ? undefined : 'incomplete';
    const blank = decoded.ok ? encodeTemplate(decoded.template) : undefined;
    if (failure || !decoded.ok || !blank?.ok) {
      this.find('alert-text').textContent = this.t(kitFailureKey(failure ?? 'invalid'));
      return void (this.find('alert').hidden = false);
    }
    this.template = decoded.template;
    // Edits belong to one language's text: switching language starts from that language's text.
    this.templateHash = `${this.config.lang}:${blank.hash}`;
    const kit = this.config.kit;
    const pages = { scorecard: this.config.paths.scorecard, guide: kit?.guide, tasks: kit?.tasks };
    for (const anchor of this.querySelectorAll<HTMLAnchorElement>('a[data-kit]')) {
      const page = pages[anchor.dataset.kit as keyof typeof pages];
      if (page) anchor.href = `${page}#${blank.hash}`;
    }
    const draft = readJobDraft(this.store.read(STORAGE_KEYS.jobDescription));
    const kept = draft?.template === this.templateHash;
    this.find('restored').hidden = !kept;
    this.fill(kept ? draft.fields : this.defaults());
    this.find('editor').hidden = false;
  }

  private defaults(): JobFields {
    const template = this.template!;
    const taxonomy = new Map(this.config.taxonomy.map((entry) => [entry.id, entry]));
    return defaultJobFields(template.role, describeItems(template, taxonomy, ''), this.config.job);
  }

  private fill(fields: JobFields) {
    this.fields = fields;
    for (const id of FIELDS) this.field(id).value = fields[id];
    this.render();
  }

  private onInput(event: Event) {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const id = target.dataset.field as (typeof FIELDS)[number] | undefined;
    if (!this.fields || !id) return;
    this.fields[id] =
      id === 'title' ? cleanLine(target.value, MAX_TITLE_LENGTH) : cleanBlock(target.value, MAX_FIELD_LENGTH);
    this.save(STORAGE_KEYS.jobDescription, writeJobDraft({ template: this.templateHash, fields: this.fields }));
    this.render();
  }

  /** The preview as the advertisement will read, and the wording check. */
  private render() {
    const job = composeJobDescription(this.fields!, this.headings);
    const preview: HTMLElement[] = [];
    if (job.title) preview.push(el('h2', job.title));
    for (const section of job.sections) {
      preview.push(el('h3', section.heading));
      if (section.kind === 'paragraphs') preview.push(...section.lines.map((line) => el('p', line)));
      else {
        const list = el('ul');
        list.append(...section.lines.map((line) => el('li', line)));
        preview.push(list);
      }
    }
    this.find('preview').replaceChildren(...preview);
    this.renderChecks(toPlainText(job));
  }

  private renderChecks(text: string) {
    const items: HTMLElement[] = [];
    const checks = new Map(this.config.phrases.map((check) => [check.id, check]));
    for (const finding of findPhrases(text, this.config.phrases)) {
      const check = checks.get(finding.id)!;
      const li = el('li');
      li.append(
        el('strong', `${check.topic}. `),
        this.t('hiring.job.check.found', { phrases: finding.found.join(', ') }),
        el('br'),
        check.why,
        el('br'),
        this.t('hiring.job.check.instead', { text: check.instead }),
      );
      items.push(li);
    }
    if (items.length === 0) items.push(el('li', this.t('hiring.job.check.clean')));
    const placeholders = findPlaceholders(text);
    if (placeholders.length > 0)
      items.push(el('li', this.t('hiring.job.check.placeholders', { list: placeholders.join(', ') })));
    this.find('checks').replaceChildren(...items);
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.fields || !this.template) return;
    if (button.matches('[data-print]')) window.print();
    else if (button.dataset.copy) void this.copy(button.dataset.copy === 'md');
    else if (button.matches('[data-reset]')) {
      this.store.remove(STORAGE_KEYS.jobDescription);
      this.find('restored').hidden = true;
      this.fill(this.defaults());
      this.field('title').focus();
      this.announce(this.t('hiring.job.resetDone'));
    }
  }

  private async copy(markdown: boolean) {
    const job = composeJobDescription(this.fields!, this.headings);
    const copied = await copyText(markdown ? toMarkdown(job) : toPlainText(job));
    this.announce(this.t(copied ? 'hiring.job.copied' : 'hiring.job.copyFailed'));
  }
}

defineElement('smm-job-description', JobDescriptionElement);
