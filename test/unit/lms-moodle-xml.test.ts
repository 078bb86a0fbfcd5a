import { describe, expect, it } from 'vitest';
import { categoryPath, type LmsCourse } from '../../src/lib/lms/course';
import { toMoodleXml } from '../../src/lib/lms/moodle-xml';
import { escapeXml, xmlComment } from '../../src/lib/lms/text';
import { checkAnswer } from '../../src/lib/quiz/kinds';
import type { Question } from '../../src/schemas/quiz';
import { decodeHtml, htmlToText, LMS_LANGS, realCourse, specialCourse, squash, subsets } from '../support/lms';
import { checkWellFormed, readXml } from '../support/xml';

const text = (el: Element | null | undefined) => el?.querySelector(':scope > text')?.textContent ?? '';

function expectSameQuestion(el: Element, question: Question) {
  const type = el.getAttribute('type');
  const stem = htmlToText(text(el.querySelector(':scope > questiontext')));
  expect(stem).toContain(squash(question.prompt));
  if (question.scenario) expect(stem).toContain(squash(question.scenario));
  const answers = [...el.querySelectorAll(':scope > answer')];
  const general = decodeHtml(text(el.querySelector(':scope > generalfeedback')).replace(/<\/?p>/g, ''));
  switch (question.type) {
    case 'single':
    case 'multiple': {
      expect(type).toBe('multichoice');
      expect(el.querySelector(':scope > single')?.textContent).toBe(String(question.type === 'single'));
      expect(answers.map((a) => decodeHtml(text(a)))).toEqual(question.options.map((o) => o.text));
      expect(answers.map((a) => decodeHtml(text(a.querySelector('feedback'))))).toEqual(
        question.options.map((o) => o.explanation),
      );
      const fractions = answers.map((a) => Number(a.getAttribute('fraction')));
      const right = question.type === 'single' ? [question.answer] : question.answer;
      expect(fractions.map((f) => f > 0)).toEqual(question.options.map((o) => right.includes(o.id)));
      // Moodle's grade for any set of ticked options equals the site's partial credit.
      for (const ticked of subsets(question.options.map((o) => o.id)).filter((s) => s.length > 0)) {
        if (question.type === 'single' && ticked.length > 1) continue;
        const sum = fractions.filter((_, i) => ticked.includes(question.options[i]!.id)).reduce((a, b) => a + b, 0);
        const answer = question.type === 'single' ? ticked[0]! : ticked;
        expect(Math.min(1, Math.max(0, sum / 100))).toBeCloseTo(checkAnswer(question, answer).partial, 4);
      }
      return;
    }
    case 'truefalse':
      expect(type).toBe('truefalse');
      expect(answers.map((a) => [text(a), Number(a.getAttribute('fraction'))])).toEqual([
        ['true', question.answer ? 100 : 0],
        ['false', question.answer ? 0 : 100],
      ]);
      expect(answers.map((a) => decodeHtml(text(a.querySelector('feedback'))))).toEqual([
        question.explanation,
        question.explanation,
      ]);
      return;
    case 'matching':
      expect(type).toBe('matching');
      expect(
        [...el.querySelectorAll(':scope > subquestion')].map((s) => [
          decodeHtml(text(s)),
          text(s.querySelector('answer')),
        ]),
      ).toEqual(question.pairs.map((p) => [p.left, p.right]));
      expect(general).toBe(question.explanation);
      return;
    case 'ordering':
      expect(type).toBe('ordering');
      expect(answers.map((a) => decodeHtml(text(a)))).toEqual(question.items.map((i) => i.text));
      expect(el.querySelector(':scope > gradingtype')?.textContent).toBe('ABSOLUTE_POSITION');
      expect(el.querySelector(':scope > selecttype')?.textContent).toBe('ALL');
      expect(general).toBe(question.explanation);
      return;
    case 'numeric':
      expect(type).toBe('numerical');
      expect(answers).toHaveLength(1);
      expect(Number(text(answers[0]))).toBe(question.answer);
      expect(Number(answers[0]!.querySelector('tolerance')?.textContent)).toBe(question.tolerance);
      expect(general).toBe(question.explanation);
      if (question.unit) expect(stem).toContain(question.unit);
      return;
  }
}

function expectSameCourse(course: LmsCourse, xml: string) {
  const doc = readXml(xml);
  const all = [...doc.querySelectorAll('quiz > question')];
  const categories = all.filter((q) => q.getAttribute('type') === 'category');
  expect(categories.map((c) => text(c.querySelector('category')))).toEqual(
    course.lessons.map((l) => categoryPath(course, l)),
  );
  const questions = all.filter((q) => q.getAttribute('type') !== 'category');
  const bankQuestions = course.lessons.flatMap((l) => l.bank.questions);
  expect(questions).toHaveLength(bankQuestions.length);
  questions.forEach((el, i) => expectSameQuestion(el, bankQuestions[i]!));
}

describe('XML text', () => {
  it('escapes the five predefined entities and keeps "--" out of comments', () => {
    expect(escapeXml(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
    expect(xmlComment('a -- b -->')).toBe('<!-- a – b –> -->');
  });
});

describe('Moodle XML export', () => {
  it('is well-formed and keeps text full of control characters intact', async () => {
    for (const lang of LMS_LANGS) {
      const course = specialCourse(lang);
      const xml = toMoodleXml(course, course.lessons);
      expect((await checkWellFormed([{ fileName: 'special.xml', contents: xml }])).errors).toEqual([]);
      expectSameCourse(course, xml);
    }
  });

  it('says in the file which Moodle versions have the Ordering question type', () => {
    const course = specialCourse();
    expect(toMoodleXml(course, course.lessons)).toContain(xmlComment(course.t('lms.noteMoodleOrdering')));
  });

  for (const lang of LMS_LANGS) {
    it(`${lang}: the course file and every lesson file hold the banks' questions, keys and feedback`, async () => {
      const course = realCourse(lang);
      const whole = toMoodleXml(course, course.lessons);
      const lessons = course.lessons.map((lesson) => ({ lesson, xml: toMoodleXml(course, [lesson]) }));
      // One parser run for all files: xmllint-wasm starts a worker per call.
      const files = [
        { fileName: 'course.xml', contents: whole },
        ...lessons.map((l) => ({ fileName: `${l.lesson.slug}.xml`, contents: l.xml })),
      ];
      expect((await checkWellFormed(files)).errors).toEqual([]);
      expectSameCourse(course, whole);
      // A lesson's file holds exactly that lesson's part of the course file (read above).
      const body = (xml: string) => xml.slice(xml.indexOf('<quiz>') + 7, xml.indexOf('</quiz>'));
      expect(lessons.map((l) => body(l.xml)).join('')).toBe(body(whole));
    }, 60_000);
  }
});
