/**
 * An interview guide: a scorecard template plus, for each item, the bank questions the interviewers
 * picked and a question of their own. It travels as its own link (kind "interview-guide") so that
 * every interviewer asks the same questions; a template or filled scorecard link opens it too, with
 * each item's first question picked. Question ids come from content/hiring/<lang>/questions.yaml.
 */
import { isRecord } from '../guards';
import { decodeState, encodeState, MAX_STATE_LENGTH, type DecodeFailure } from '../url-state';
import { decodeScorecardLink } from '../scorecard/filled';
import {
  fromTemplateData,
  isComplete,
  toTemplateData,
  type EncodeResult,
  type ItemRef,
  type ScorecardTemplate,
  type TemplateData,
} from '../scorecard/template';
import { isCleanLine } from '../scorecard/text';

export const GUIDE_KIND = 'interview-guide';
export const GUIDE_VERSION = 1;
export const MAX_OWN_QUESTION_LENGTH = 200;

/** The question ids of the bank: per taxonomy item, and the ones for the employer's own items. */
export interface QuestionIds {
  items: Readonly<Record<string, readonly string[]>>;
  custom: readonly string[];
}

export interface InterviewGuide {
  template: ScorecardTemplate;
  /** Per item, in template order: the picked question ids (links keep them in bank order). */
  picks: string[][];
  /** Per item: the interviewers' own question, or "". */
  own: string[];
}

/**
 * Link data: the template's fields plus q = picks per item as a bit mask over the item's questions in
 * bank order (bit 0 = the first question), o = own questions (trailing empties left out). Masks
 * keep the largest scorecard's guide in the link budget; ids would not fit. So the bank only ever
 * appends questions to an item: reordering or removing one would change what old links pick.
 */
interface GuideData extends TemplateData {
  q: number[];
  o?: string[];
}

/** The bank questions of an item are at most 4 (src/schemas/hiring.ts), so a mask is below 16. */
const MAX_MASK = 15;

const toMask = (picked: readonly string[], allowed: readonly string[]): number =>
  allowed.reduce((mask, id, bit) => (picked.includes(id) ? mask | (1 << bit) : mask), 0);

export const questionsFor = (item: ItemRef, ids: QuestionIds): readonly string[] =>
  item.kind === 'taxonomy' ? (ids.items[item.id] ?? []) : ids.custom;

/** A new guide with the first question of every item picked and no questions of one's own. */
export function startGuide(template: ScorecardTemplate, ids: QuestionIds): InterviewGuide {
  return {
    template,
    picks: template.items.map((item) => questionsFor(item, ids).slice(0, 1)),
    own: template.items.map(() => ''),
  };
}

export function encodeGuide(guide: InterviewGuide, ids: QuestionIds): EncodeResult {
  const own = [...guide.own];
  while (own.length > 0 && own[own.length - 1] === '') own.pop();
  const data: GuideData = {
    ...toTemplateData(guide.template),
    q: guide.template.items.map((item, index) => toMask(guide.picks[index] ?? [], questionsFor(item, ids))),
    ...(own.length ? { o: own } : {}),
  };
  const hash = encodeState(GUIDE_KIND, GUIDE_VERSION, data);
  return hash.length <= MAX_STATE_LENGTH ? { ok: true, hash } : { ok: false, reason: 'too-long', length: hash.length };
}

/** Untrusted link data → a guide, or undefined when any pick or question does not fit its item. */
function fromGuideData(data: unknown, knownIds: ReadonlySet<string>, ids: QuestionIds): InterviewGuide | undefined {
  const template = fromTemplateData(data, knownIds);
  if (!template || !isComplete(template) || !isRecord(data)) return undefined;
  const { q, o = [] } = data;
  const count = template.items.length;
  if (!Array.isArray(q) || q.length !== count || !Array.isArray(o) || o.length > count) return undefined;
  const picks: string[][] = [];
  for (const [index, item] of template.items.entries()) {
    const allowed = questionsFor(item, ids);
    const mask: unknown = q[index];
    if (typeof mask !== 'number' || !Number.isInteger(mask) || mask < 0 || mask > MAX_MASK) return undefined;
    if (mask >= 1 << allowed.length) return undefined;
    picks.push(allowed.filter((_, bit) => (mask & (1 << bit)) !== 0));
  }
  if (!o.every((text) => isCleanLine(text, MAX_OWN_QUESTION_LENGTH))) return undefined;
  return { template, picks, own: [...(o as string[]), ...Array<string>(count - o.length).fill('')] };
}

export type GuideLink = { ok: true; guide: InterviewGuide } | { ok: false; reason: DecodeFailure | 'incomplete' };

/**
 * Reads a guide link, or a template or filled scorecard link (a new guide for its template).
 * Never throws; a link of another kind reads as damaged, as on the scorecard pages.
 */
export function decodeGuideLink(hash: string, knownIds: ReadonlySet<string>, ids: QuestionIds): GuideLink {
  const guide = decodeState(hash, GUIDE_KIND, GUIDE_VERSION, (data) => fromGuideData(data, knownIds, ids));
  if (guide.ok) return { ok: true, guide: guide.data };
  if (guide.reason !== 'wrong-kind') return guide;
  const scorecard = decodeScorecardLink(hash, knownIds);
  if (!scorecard.ok) return scorecard;
  if (!isComplete(scorecard.template)) return { ok: false, reason: 'incomplete' };
  return { ok: true, guide: startGuide(scorecard.template, ids) };
}
