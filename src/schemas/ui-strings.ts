import { z } from 'astro/zod';

/**
 * Our own UI strings, added to Starlight's i18n collection (`content/i18n/<lang>.json`) and read
 * with `Astro.locals.t(key)`. Every key is required so a missing Bulgarian string fails the build.
 */
export const UiStringsSchema = z.object({
  /** Footer line stating the licences. */
  'footer.license': z.string(),
  /** Footer link text to the source code. */
  'footer.source': z.string(),
  /** Lesson header: reading time, with {{minutes}}. */
  'lesson.minutes': z.string(),
  /** Lesson header: heading above the objectives list. */
  'lesson.objectives': z.string(),
  /** Lesson header: heading above the key-terms list. */
  'lesson.terms': z.string(),
  /** Lesson header: accessible name of the lesson facts region. */
  'lesson.about': z.string(),
  /** Quiz and final assessment strings; see content/i18n/en.json for the English wording. */
  'quiz.heading': z.string(),
  'quiz.intro': z.string(),
  'quiz.question': z.string(),
  'quiz.scenario': z.string(),
  'quiz.chooseOne': z.string(),
  'quiz.chooseMany': z.string(),
  'quiz.chooseTrueFalse': z.string(),
  'quiz.matchingHint': z.string(),
  'quiz.orderingHint': z.string(),
  'quiz.choose': z.string(),
  'quiz.moveUp': z.string(),
  'quiz.moveDown': z.string(),
  'quiz.moved': z.string(),
  'quiz.check': z.string(),
  'quiz.true': z.string(),
  'quiz.false': z.string(),
  'quiz.correct': z.string(),
  'quiz.incorrect': z.string(),
  'quiz.partly': z.string(),
  'quiz.rightAnswer': z.string(),
  'quiz.rightAnswers': z.string(),
  'quiz.rightOrder': z.string(),
  'quiz.rightMatches': z.string(),
  'quiz.yourChoice': z.string(),
  'quiz.missed': z.string(),
  'quiz.unanswered': z.string(),
  'quiz.unansweredMatching': z.string(),
  'quiz.errorSummary': z.string(),
  'quiz.showAnswer': z.string(),
  'quiz.score': z.string(),
  'quiz.retryWrong': z.string(),
  'quiz.retryAll': z.string(),
  'quiz.record': z.string(),
  'quiz.notSaved': z.string(),
  'final.intro': z.string(),
  'final.passed': z.string(),
  'final.failed': z.string(),
  'final.breakdown': z.string(),
  'final.lesson': z.string(),
  'final.result': z.string(),
  'final.reread': z.string(),
  'final.newDraw': z.string(),
});

export type UiStringKey = keyof z.infer<typeof UiStringsSchema>;
