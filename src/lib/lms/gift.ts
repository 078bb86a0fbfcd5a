/**
 * GIFT, Moodle's plain-text question format. One file holds a category line per lesson and its
 * questions. GIFT has no ordering type: an ordering question becomes a matching question that pairs
 * each item with its place, which scores the same partial credit as the site (items in the right
 * place ÷ items) and is said in a comment above the question and in the file header.
 */
import type { Question } from '../../schemas/quiz';
import {
  categoryPath,
  multipleShare,
  questionHtml,
  questionKey,
  questionName,
  scopeLine,
  type LmsCourse,
  type LmsLesson,
} from './course';
import { escapeGift, escapeHtml, formatDecimal, formatPercent } from './text';

/** HTML text (question text, options, feedback), escaped for HTML and then for GIFT. */
const html = (text: string) => escapeGift(escapeHtml(text));
/** Plain text (a matching question's right-hand side, which Moodle shows in a menu). */
const plain = (text: string) => escapeGift(text);

function answers(question: Question): string[] {
  switch (question.type) {
    case 'single':
      return question.options.map(
        (o) => `${o.id === question.answer ? '=' : '~'}${html(o.text)}#${html(o.explanation)}`,
      );
    case 'multiple': {
      const share = formatPercent(multipleShare(question));
      return question.options.map(
        (o) => `~%${question.answer.includes(o.id) ? '' : '-'}${share}%${html(o.text)}#${html(o.explanation)}`,
      );
    }
    case 'truefalse':
      // Moodle shows the first feedback after a wrong answer and the second after a right one; the
      // site gives the same explanation either way.
      return [`${question.answer ? 'TRUE' : 'FALSE'}#${html(question.explanation)}#${html(question.explanation)}`];
    case 'matching':
      return [
        ...question.pairs.map((p) => `=${html(p.left)} -> ${plain(p.right)}`),
        `####${html(question.explanation)}`,
      ];
    case 'ordering':
      return [
        ...question.items.map((item, index) => `=${html(item.text)} -> ${index + 1}`),
        `####${html(question.explanation)}`,
      ];
    case 'numeric':
      return [
        `#=${formatDecimal(question.answer)}:${formatDecimal(question.tolerance)}`,
        `####${html(question.explanation)}`,
      ];
  }
}

function giftQuestion(course: LmsCourse, lesson: LmsLesson, question: Question, index: number): string {
  const lines: string[] = [];
  if (question.type === 'ordering') lines.push(`// ${course.t('lms.noteGiftOrdering')}`);
  lines.push(`// [id:${questionKey(lesson, question)}]`);
  const extra = question.type === 'ordering' ? course.t('lms.orderingAsMatching') : '';
  const text = escapeGift(questionHtml(question, course.t, extra));
  lines.push(`::${escapeGift(questionName(lesson, index, question))}::[html]${text}{`);
  for (const answer of answers(question)) lines.push(answer);
  lines.push('}');
  return lines.join('\n');
}

/** One GIFT file for the given lessons (one lesson, or the whole course), with a category each. */
export function toGift(course: LmsCourse, lessons: readonly LmsLesson[]): string {
  const header = [
    `// ${course.t('lms.fileHeader', { scope: scopeLine(course, lessons), site: course.siteUrl })}`,
    `// ${course.t('lms.noteMultiple')}`,
    `// ${course.t('lms.noteGiftOrdering')}`,
  ];
  const blocks = lessons.flatMap((lesson) => [
    `$CATEGORY: ${categoryPath(course, lesson)}`,
    ...lesson.bank.questions.map((q, i) => giftQuestion(course, lesson, q, i)),
  ]);
  // A blank line ends each question; the file ends with a line break.
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}
