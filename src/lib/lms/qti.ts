/**
 * IMS QTI 2.1: one assessmentItem per question, one assessmentTest per lesson (its section is the
 * lesson), and an IMS content package manifest that lists every file. QTI 2.1 can express every
 * type of the banks, with the site's partial credit: multiple answers by a mapping (a right choice
 * +1/k, a wrong one −1/k, never below 0), matching by a mapping per pair, ordering by a point per
 * item in its right place. Feedback is modal feedback shown for each chosen option.
 */
import type { Question } from '../../schemas/quiz';
import { lessonLabel, multipleShare, questionHtml, questionName, type LmsCourse, type LmsLesson } from './course';
import { escapeHtml, escapeXml, formatDecimal } from './text';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** QTI identifiers are NCNames: they must start with a letter, so each kind gets a prefix. */
export const itemId = (lesson: LmsLesson, question: Question) => `q_${lesson.slug}_${question.id}`;
export const testId = (lesson: LmsLesson) => `t_${lesson.slug}`;
const choiceId = (id: string) => `o_${id}`;
const leftId = (id: string) => `l_${id}`;
const rightId = (id: string) => `r_${id}`;
const EXPLANATION = 'EXPLANATION';

/** Package paths. */
export const itemPath = (lesson: LmsLesson, question: Question) => `items/${lesson.slug}/${question.id}.xml`;
export const testPath = (lesson: LmsLesson) => `tests/${lesson.slug}.xml`;

const value = (v: string) => `<value>${escapeXml(v)}</value>`;
const ratio = (n: number) => formatDecimal(Number(n.toFixed(7)));
const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
const float = (n: number | string) => `<baseValue baseType="float">${n}</baseValue>`;
/** Sets SCORE to 1 when the condition holds and to 0 otherwise. */
const allOrNothing = (condition: string) =>
  `<responseCondition><responseIf>${condition}${setScore(float(1))}</responseIf>` +
  `<responseElse>${setScore(float(0))}</responseElse></responseCondition>`;
/** FEEDBACK holds the chosen options, so each shows its own explanation. */
const feedbackFromResponse =
  '<setOutcomeValue identifier="FEEDBACK"><multiple><variable identifier="RESPONSE"/></multiple></setOutcomeValue>';
const explanationOnly = `<setOutcomeValue identifier="FEEDBACK"><multiple><baseValue baseType="identifier">${EXPLANATION}</baseValue></multiple></setOutcomeValue>`;

interface ItemParts {
  response: string;
  interaction: string;
  processing: string;
  feedback: { id: string; text: string }[];
}

function choiceParts(question: Extract<Question, { type: 'single' | 'multiple' }>): ItemParts {
  const right = question.type === 'single' ? [question.answer] : question.answer;
  const single = question.type === 'single';
  const share = single ? 1 : multipleShare(question) / 100;
  const mapping = single
    ? ''
    : `<mapping lowerBound="0" upperBound="1" defaultValue="0">${question.options
        .map(
          (o) =>
            `<mapEntry mapKey="${choiceId(o.id)}" mappedValue="${right.includes(o.id) ? '' : '-'}${ratio(share)}"/>`,
        )
        .join('')}</mapping>`;
  return {
    response:
      `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier">` +
      `<correctResponse>${right.map((id) => value(choiceId(id))).join('')}</correctResponse>${mapping}</responseDeclaration>`,
    interaction:
      `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.shuffle}" maxChoices="${single ? 1 : 0}">` +
      question.options
        .map((o) => `<simpleChoice identifier="${choiceId(o.id)}">${escapeXml(o.text)}</simpleChoice>`)
        .join('') +
      '</choiceInteraction>',
    processing:
      (single
        ? allOrNothing('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>')
        : setScore('<mapResponse identifier="RESPONSE"/>')) + feedbackFromResponse,
    feedback: question.options.map((o) => ({ id: choiceId(o.id), text: `${o.text} — ${o.explanation}` })),
  };
}

function parts(question: Question, course: LmsCourse): ItemParts {
  const explanation = 'explanation' in question ? question.explanation : '';
  const explained = (p: Omit<ItemParts, 'feedback'>): ItemParts => ({
    ...p,
    processing: p.processing + explanationOnly,
    feedback: [{ id: EXPLANATION, text: explanation }],
  });
  switch (question.type) {
    case 'single':
    case 'multiple':
      return choiceParts(question);
    case 'truefalse': {
      const choices = [
        { id: 'true', label: course.t('quiz.true') },
        { id: 'false', label: course.t('quiz.false') },
      ];
      return explained({
        response:
          '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">' +
          `<correctResponse>${value(choiceId(String(question.answer)))}</correctResponse></responseDeclaration>`,
        interaction:
          '<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">' +
          choices
            .map((c) => `<simpleChoice identifier="${choiceId(c.id)}">${escapeXml(c.label)}</simpleChoice>`)
            .join('') +
          '</choiceInteraction>',
        processing: allOrNothing('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>'),
      });
    }
    case 'matching': {
      const share = ratio(1 / question.pairs.length);
      const pairs = question.pairs.map((p) => `${leftId(p.id)} ${rightId(p.id)}`);
      return explained({
        response:
          '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">' +
          `<correctResponse>${pairs.map(value).join('')}</correctResponse>` +
          `<mapping lowerBound="0" upperBound="1" defaultValue="0">${pairs.map((p) => `<mapEntry mapKey="${p}" mappedValue="${share}"/>`).join('')}</mapping>` +
          '</responseDeclaration>',
        interaction:
          `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${question.pairs.length}">` +
          `<simpleMatchSet>${question.pairs.map((p) => `<simpleAssociableChoice identifier="${leftId(p.id)}" matchMax="1">${escapeXml(p.left)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
          `<simpleMatchSet>${question.pairs.map((p) => `<simpleAssociableChoice identifier="${rightId(p.id)}" matchMax="1">${escapeXml(p.right)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
          '</matchInteraction>',
        processing: setScore('<mapResponse identifier="RESPONSE"/>'),
      });
    }
    case 'ordering': {
      const share = ratio(1 / question.items.length);
      const atPlace = question.items.map(
        (item, index) =>
          `<responseCondition><responseIf><match><index n="${index + 1}"><variable identifier="RESPONSE"/></index>` +
          `<baseValue baseType="identifier">${choiceId(item.id)}</baseValue></match>` +
          `${setScore(`<sum><variable identifier="SCORE"/>${float(share)}</sum>`)}</responseIf></responseCondition>`,
      );
      return explained({
        response:
          '<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">' +
          `<correctResponse>${question.items.map((i) => value(choiceId(i.id))).join('')}</correctResponse></responseDeclaration>`,
        interaction:
          '<orderInteraction responseIdentifier="RESPONSE" shuffle="true">' +
          question.items
            .map((i) => `<simpleChoice identifier="${choiceId(i.id)}">${escapeXml(i.text)}</simpleChoice>`)
            .join('') +
          '</orderInteraction>',
        processing: setScore(float(0)) + atPlace.join(''),
      });
    }
    case 'numeric': {
      const tolerance = formatDecimal(question.tolerance);
      const equal =
        question.tolerance === 0
          ? '<equal toleranceMode="exact">'
          : `<equal toleranceMode="absolute" tolerance="${tolerance} ${tolerance}">`;
      return explained({
        response:
          '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">' +
          `<correctResponse>${value(formatDecimal(question.answer))}</correctResponse></responseDeclaration>`,
        interaction: `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>${question.unit ? ` ${escapeXml(question.unit)}` : ''}</p>`,
        processing: allOrNothing(`${equal}<variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>`),
      });
    }
  }
}

/** One question as a QTI 2.1 assessmentItem. */
export function toQtiItem(course: LmsCourse, lesson: LmsLesson, question: Question, index: number): string {
  const p = parts(question, course);
  // The question text is the same HTML as Moodle's: paragraphs, <strong> and <em>, all valid QTI.
  const body = questionHtml(question, course.t);
  const interaction = p.interaction.startsWith('<p>') ? p.interaction : `<div>${p.interaction}</div>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"` +
      ` identifier="${itemId(lesson, question)}" title="${escapeXml(questionName(lesson, index, question))}"` +
      ` adaptive="false" timeDependent="false" xml:lang="${course.lang}">`,
    p.response,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>1</value></defaultValue></outcomeDeclaration>',
    '<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>',
    `<itemBody>${body}${interaction}</itemBody>`,
    `<responseProcessing>${p.processing}</responseProcessing>`,
    ...p.feedback.map(
      (f) =>
        `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${f.id}" showHide="show">${escapeHtml(f.text)}</modalFeedback>`,
    ),
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** A lesson's quiz as a QTI 2.1 assessmentTest with one section, the lesson. */
export function toQtiTest(lesson: LmsLesson): string {
  const refs = lesson.bank.questions.map(
    (q) => `<assessmentItemRef identifier="${itemId(lesson, q)}" href="../${itemPath(lesson, q)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"` +
      ` identifier="${testId(lesson)}" title="${escapeXml(lessonLabel(lesson))}">`,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `<testPart identifier="part_${lesson.slug}" navigationMode="nonlinear" submissionMode="individual">`,
    `<assessmentSection identifier="s_${lesson.slug}" title="${escapeXml(lessonLabel(lesson))}" visible="true">`,
    ...refs,
    '</assessmentSection>',
    '</testPart>',
    '<outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

/** Every file of the QTI content package, by path, with imsmanifest.xml listing all the others. */
export function qtiPackageFiles(course: LmsCourse): Map<string, string> {
  const files = new Map<string, string>();
  const resources: string[] = [];
  for (const lesson of course.lessons) {
    lesson.bank.questions.forEach((question, index) => {
      const path = itemPath(lesson, question);
      files.set(path, toQtiItem(course, lesson, question, index));
      resources.push(
        `<resource identifier="${itemId(lesson, question)}" type="imsqti_item_xmlv2p1" href="${path}"><file href="${path}"/></resource>`,
      );
    });
    files.set(testPath(lesson), toQtiTest(lesson));
    resources.push(
      `<resource identifier="${testId(lesson)}" type="imsqti_test_xmlv2p1" href="${testPath(lesson)}">` +
        `<file href="${testPath(lesson)}"/>` +
        lesson.bank.questions.map((q) => `<dependency identifierref="${itemId(lesson, q)}"/>`).join('') +
        '</resource>',
    );
  }
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="smm-academy-${course.lang}-qti21">`,
    '<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    ...resources,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  return new Map([['imsmanifest.xml', manifest], ...files]);
}
