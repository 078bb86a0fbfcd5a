/**
 * The events widgets send each other. They bubble from the sending element, so a listener on the
 * document hears every widget of the page, and no widget needs to know another's internals.
 */
import type { QuizRecord } from '../../lib/quiz/record';

export interface SmmEventDetail {
  /** A quiz finished an attempt and saved its record (the record is in the detail, saved or not). */
  'smm-quiz-recorded': { quizId: string; record: QuizRecord };
  /** Cards were added to the review deck (a quiz's missed or "not sure" question). */
  'smm-review-changed': null;
}

export type SmmEventName = keyof SmmEventDetail;

declare global {
  interface DocumentEventMap {
    'smm-quiz-recorded': CustomEvent<SmmEventDetail['smm-quiz-recorded']>;
    'smm-review-changed': CustomEvent<null>;
  }
}
