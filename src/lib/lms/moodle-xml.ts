/**
 * Moodle XML, Moodle's full-fidelity question format: every type of the banks has a Moodle
 * question type (ordering uses Moodle's Ordering type, standard from Moodle 4.4), each option keeps
 * its feedback, and each lesson is a category. Text is written as HTML and escaped as XML.
 */
import type { Question } from '../../schemas/quiz';
import {
  categoryPath,
  lessonLabel,
  multipleShare,
  questionHtml,
  questionKey,
  questionName,
  scopeLine,
  type LmsCourse,
  type LmsLesson,
} from './course';
import { escapeHtml, escapeXml, formatDecimal, formatPercent, xmlComment } from './text';

/** <tag format="html"><text>…</text></tag> from HTML. */
const htmlText = (tag: string, html: string, indent: string) =>
  `${indent}<${tag} format="html"><text>${escapeXml(html)}</text></${tag}>`;

/** An answer with its fraction (per cent) and feedback, both given as plain bank text. */
const answer = (fraction: string, text: string, feedback: string, extra = '') =>
  `    <answer fraction="${fraction}" format="html"><text>${escapeXml(escapeHtml(text))}</text>` +
  `<feedback format="html"><text>${escapeXml(escapeHtml(feedback))}</text></feedback>${extra}</answer>`;

/** The verdict lines Moodle shows after a question, in the site's words. */
function combinedFeedback(course: LmsCourse): string[] {
  return [
    htmlText('correctfeedback', escapeHtml(course.t('quiz.correct')), '    '),
    htmlText('partiallycorrectfeedback', escapeHtml(course.t('lms.partly')), '    '),
    htmlText('incorrectfeedback', escapeHtml(course.t('quiz.incorrect')), '    '),
    '    <shownumcorrect/>',
  ];
}

const MOODLE_TYPE: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  truefalse: 'truefalse',
  matching: 'matching',
  ordering: 'ordering',
  numeric: 'numerical',
};

/** The explanation a question gives as a whole (choice questions explain per option instead). */
const generalFeedback = (question: Question): string =>
  question.type === 'single' || question.type === 'multiple' ? '' : question.explanation;

function typeSpecific(question: Question, course: LmsCourse): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.type === 'single' ? [question.answer] : question.answer;
      const share = question.type === 'single' ? 100 : multipleShare(question);
      return [
        `    <single>${question.type === 'single'}</single>`,
        `    <shuffleanswers>${question.shuffle}</shuffleanswers>`,
        '    <answernumbering>abc</answernumbering>',
        '    <showstandardinstruction>0</showstandardinstruction>',
        ...combinedFeedback(course),
        ...question.options.map((o) => {
          const isRight = right.includes(o.id);
          const fraction = isRight
            ? formatPercent(share)
            : question.type === 'single'
              ? '0'
              : `-${formatPercent(share)}`;
          return answer(fraction, o.text, o.explanation);
        }),
      ];
    }
    case 'truefalse':
      return [
        answer(question.answer ? '100' : '0', 'true', question.explanation),
        answer(question.answer ? '0' : '100', 'false', question.explanation),
      ];
    case 'matching':
      return [
        '    <shuffleanswers>true</shuffleanswers>',
        ...combinedFeedback(course),
        ...question.pairs.map(
          (p) =>
            `    <subquestion format="html"><text>${escapeXml(escapeHtml(p.left))}</text>` +
            `<answer><text>${escapeXml(p.right)}</text></answer></subquestion>`,
        ),
      ];
    case 'ordering':
      return [
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        `    <selectcount>${question.items.length}</selectcount>`,
        // Items in the right place ÷ items: the site's partial credit for an ordering question.
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        ...combinedFeedback(course),
        ...question.items.map(
          (item, index) =>
            `    <answer fraction="${index + 1}" format="html"><text>${escapeXml(escapeHtml(item.text))}</text></answer>`,
        ),
      ];
    case 'numeric':
      return [
        `    <answer fraction="100" format="moodle_auto_format"><text>${formatDecimal(question.answer)}</text>` +
          `<feedback format="html"><text></text></feedback><tolerance>${formatDecimal(question.tolerance)}</tolerance></answer>`,
        // No unit handling: the unit is stated in the question text and the answer is a plain number.
        '    <unitgradingtype>0</unitgradingtype>',
        '    <unitpenalty>0</unitpenalty>',
        '    <showunits>3</showunits>',
        '    <unitsleft>0</unitsleft>',
      ];
  }
}

function moodleQuestion(course: LmsCourse, lesson: LmsLesson, question: Question, index: number): string {
  return [
    ...(question.type === 'ordering' ? [`  ${xmlComment(course.t('lms.noteMoodleOrdering'))}`] : []),
    `  <question type="${MOODLE_TYPE[question.type]}">`,
    `    <name><text>${escapeXml(questionName(lesson, index, question))}</text></name>`,
    htmlText('questiontext', questionHtml(question, course.t), '    '),
    htmlText(
      'generalfeedback',
      generalFeedback(question) ? `<p>${escapeHtml(generalFeedback(question))}</p>` : '',
      '    ',
    ),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(questionKey(lesson, question))}</idnumber>`,
    ...typeSpecific(question, course),
    '  </question>',
  ].join('\n');
}

function category(course: LmsCourse, lesson: LmsLesson): string {
  return [
    '  <question type="category">',
    `    <category><text>${escapeXml(categoryPath(course, lesson))}</text></category>`,
    htmlText('info', `<p>${escapeHtml(lessonLabel(lesson))}</p>`, '    '),
    '  </question>',
  ].join('\n');
}

/** One Moodle XML file for the given lessons (one lesson, or the whole course). */
export function toMoodleXml(course: LmsCourse, lessons: readonly LmsLesson[]): string {
  const header = [
    xmlComment(course.t('lms.fileHeader', { scope: scopeLine(course, lessons), site: course.siteUrl })),
    xmlComment(course.t('lms.noteMultiple')),
    xmlComment(course.t('lms.noteMoodleOrdering')),
  ];
  const body = lessons.flatMap((lesson) => [
    category(course, lesson),
    ...lesson.bank.questions.map((q, i) => moodleQuestion(course, lesson, q, i)),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${header.join('\n')}\n<quiz>\n${body.join('\n')}\n</quiz>\n`;
}
