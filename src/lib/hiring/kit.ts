/**
 * What the hiring kit's widgets get in their config next to the scorecard data (pages build it in
 * src/components/hiring/hiring-data.ts), and the helpers they share. Pure.
 */
import { linkFailureKey, type ScorecardKey } from '../scorecard/strings';
import type { ScorecardData } from '../scorecard/items';
import type { UiKeyWith } from '../ui-strings';
import type { DecodeFailure } from '../url-state';

/** The placeholder a question for the hiring manager's own items carries: the item's name. */
export const ITEM_PLACEHOLDER = '{item}';

export type HiringKey = UiKeyWith<'hiring.'> | ScorecardKey;

/** One bank question as the interview guide shows it. */
export interface GuideQuestion {
  id: string;
  kind: 'behavioural' | 'situational';
  text: string;
  strong: string;
  weak: string;
  probes: string[];
}

export interface GuideData extends ScorecardData {
  /** The bank in the page's language: per taxonomy item, and for the employer's own items. */
  questions: { items: Record<string, GuideQuestion[]>; custom: GuideQuestion[] };
}

/** Why a kit page cannot open a link, as a UI string. */
export const kitFailureKey = (reason: DecodeFailure | 'incomplete'): ScorecardKey =>
  reason === 'incomplete' ? 'scorecard.error.incomplete' : linkFailureKey(reason);

/** A question for the employer's own item names that item. */
export const questionText = (question: GuideQuestion, itemName: string): string =>
  question.text.replaceAll(ITEM_PLACEHOLDER, itemName);
