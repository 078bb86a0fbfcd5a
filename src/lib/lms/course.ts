/**
 * What every LMS export starts from: the course's lessons in order, each with its validated
 * question bank, in one language, and the words the exports write around the bank text.
 * Pure: the build integration reads the files and hands this in.
 */
import type { Question, QuizBank } from '../../schemas/quiz';
import type { Lang } from '../paths';
import type { Translate, UiKeyWith } from '../ui-strings';
import { escapeHtml } from './text';

/** The UI strings the exports use: their own (`lms.`) and the quiz's (`quiz.`). */
export type LmsKey = UiKeyWith<'lms.' | 'quiz.'>;

export interface LmsLesson {
  /** File name under content/docs/course/, also the bank's `lesson`. */
  slug: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  bank: QuizBank;
}

export interface LmsCourse {
  lang: Lang;
  /** The public site, for the licence line; nothing in a package loads from it. */
  siteUrl: string;
  lessons: LmsLesson[];
  t: Translate<LmsKey>;
}

/** The pass mark a lesson package reports against, unless the LMS sends its own mastery score. */
export const LESSON_PASS_MARK = 80;

/** "01", "02"…: categories and question names sort in course order in every LMS. */
export const pad = (n: number): string => String(n).padStart(2, '0');

/** A lesson's category (Moodle) or section (QTI) name, e.g. "01. The role…". */
export const lessonLabel = (lesson: LmsLesson): string => `${pad(lesson.number)}. ${lesson.title}`;

/** A question's name in a question bank: lesson and position, then its stable id. */
export const questionName = (lesson: LmsLesson, index: number, question: Question): string =>
  `${pad(lesson.number)}.${pad(index + 1)} ${question.id}`;

/** A stable id across exports and languages, for Moodle's ID number and QTI identifiers. */
export const questionKey = (lesson: LmsLesson, question: Question): string => `${lesson.slug}.${question.id}`;

/**
 * Moodle's category path for a lesson. "/" separates levels, so a "/" inside a name is doubled,
 * which is how Moodle escapes it.
 */
export function categoryPath(course: LmsCourse, lesson: LmsLesson): string {
  const level = (name: string) => name.replace(/\//g, '//');
  return `$course$/top/${level(course.t('lms.courseName'))}/${level(lessonLabel(lesson))}`;
}

/** The instruction the site shows under a prompt, in the words the site uses. */
export function hintOf(question: Question, t: Translate<LmsKey>): string {
  switch (question.type) {
    case 'multiple':
      return t('quiz.chooseMany', { count: question.answer.length });
    case 'numeric':
      return question.unit ? t('lms.numericUnit', { unit: question.unit }) : '';
    case 'matching':
      return t('quiz.matchingHint');
    default:
      return '';
  }
}

/** The question text as HTML paragraphs: the scenario, the prompt and the site's hint. */
export function questionHtml(question: Question, t: Translate<LmsKey>, extraHint = ''): string {
  const parts: string[] = [];
  if (question.scenario)
    parts.push(`<p><strong>${escapeHtml(t('quiz.scenario'))}:</strong> ${escapeHtml(question.scenario)}</p>`);
  parts.push(`<p>${escapeHtml(question.prompt)}</p>`);
  for (const hint of [hintOf(question, t), extraHint]) if (hint) parts.push(`<p><em>${escapeHtml(hint)}</em></p>`);
  return parts.join('');
}

/** Each right option's share of a multiple-answer question, in per cent; a wrong one costs as much. */
export const multipleShare = (question: Extract<Question, { type: 'multiple' }>): number =>
  100 / question.answer.length;

/** The lessons an export covers, as its header states them. */
export function scopeLine(course: LmsCourse, lessons: readonly LmsLesson[]): string {
  const only = lessons.length === 1 ? lessons[0] : undefined;
  return only
    ? course.t('lms.scopeLesson', { number: only.number, title: only.title })
    : course.t('lms.scopeCourse', { count: lessons.length });
}
