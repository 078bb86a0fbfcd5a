import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { categoryPath, type LmsCourse } from '../../src/lib/lms/course';
import { toGift } from '../../src/lib/lms/gift';
import { escapeGift } from '../../src/lib/lms/text';
import { checkAnswer } from '../../src/lib/quiz/kinds';
import type { Question } from '../../src/schemas/quiz';
import { decodeHtml, htmlToText, LMS_LANGS, realCourse, specialCourse, squash, subsets } from '../support/lms';

type Parsed = Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;

/** Parses a GIFT file with gift-pegjs, an independent parser, into categories and questions. */
function parseFile(text: string) {
  const all = parseGift(text);
  return {
    categories: all.flatMap((q) => (q.type === 'Category' ? [q.title] : [])),
    questions: all.filter((q): q is Parsed => q.type !== 'Category' && q.type !== 'Description'),
  };
}

/**
 * gift-pegjs decodes escapes everywhere except in a match's right-hand side, where it leaves its
 * own placeholders (&&123; for "{"…); Moodle decodes them there too, so the test does as well.
 */
const PLACEHOLDERS: Record<string, string> = {
  '092': '\\',
  '058': ':',
  '035': '#',
  '061': '=',
  '123': '{',
  '125': '}',
  '126': '~',
};
const decodePlaceholders = (text: string) => text.replace(/&&(\d{3});/g, (m, code: string) => PLACEHOLDERS[code] ?? m);

/** Checks one parsed question against its bank question: text, answers and feedback. */
function expectSameQuestion(parsed: Parsed, question: Question) {
  const stem = htmlToText(parsed.stem.text);
  expect(stem).toContain(squash(question.prompt));
  if (question.scenario) expect(stem).toContain(squash(question.scenario));
  const fb = (f: { text: string } | null | undefined) => (f ? decodeHtml(f.text) : null);
  switch (question.type) {
    case 'single': {
      expect(parsed.type).toBe('MC');
      const choices = (parsed as Extract<Parsed, { type: 'MC' }>).choices;
      expect(choices.map((c) => decodeHtml(c.text.text))).toEqual(question.options.map((o) => o.text));
      expect(choices.map((c) => fb(c.feedback))).toEqual(question.options.map((o) => o.explanation));
      expect(choices.map((c) => c.isCorrect)).toEqual(question.options.map((o) => o.id === question.answer));
      return;
    }
    case 'multiple': {
      expect(parsed.type).toBe('MC');
      const choices = (parsed as Extract<Parsed, { type: 'MC' }>).choices;
      expect(choices.map((c) => decodeHtml(c.text.text))).toEqual(question.options.map((o) => o.text));
      expect(choices.map((c) => fb(c.feedback))).toEqual(question.options.map((o) => o.explanation));
      expect(choices.map((c) => (c.weight ?? 0) > 0)).toEqual(
        question.options.map((o) => question.answer.includes(o.id)),
      );
      // Moodle adds up the weights of the ticked options and keeps the grade between 0 and 1; that
      // must equal the site's partial credit for every possible answer.
      for (const ticked of subsets(question.options.map((o) => o.id))) {
        if (ticked.length === 0) continue;
        const sum = choices
          .filter((_, i) => ticked.includes(question.options[i]!.id))
          .reduce((s, c) => s + c.weight!, 0);
        const moodle = Math.min(1, Math.max(0, sum / 100));
        expect(moodle).toBeCloseTo(checkAnswer(question, ticked).partial, 4);
      }
      return;
    }
    case 'truefalse': {
      expect(parsed.type).toBe('TF');
      const tf = parsed as Extract<Parsed, { type: 'TF' }>;
      expect(tf.isTrue).toBe(question.answer);
      expect([fb(tf.trueFeedback), fb(tf.falseFeedback)]).toEqual([question.explanation, question.explanation]);
      return;
    }
    case 'matching':
    case 'ordering': {
      expect(parsed.type).toBe('Matching');
      const pairs = (parsed as Extract<Parsed, { type: 'Matching' }>).matchPairs;
      const expected =
        question.type === 'matching'
          ? question.pairs.map((p) => [p.left, p.right])
          : question.items.map((item, i) => [item.text, String(i + 1)]);
      expect(pairs.map((p) => [decodeHtml(p.subquestion.text), decodePlaceholders(p.subanswer)])).toEqual(expected);
      expect(fb(parsed.globalFeedback)).toBe(question.explanation);
      return;
    }
    case 'numeric': {
      expect(parsed.type).toBe('Numerical');
      const choices = (parsed as Extract<Parsed, { type: 'Numerical' }>).choices;
      expect(Array.isArray(choices)).toBe(true);
      const [right] = choices as { isCorrect: boolean; text: { number?: number; range?: number } }[];
      expect(right!.isCorrect).toBe(true);
      expect(right!.text.number).toBe(question.answer);
      expect(right!.text.range).toBe(question.tolerance);
      expect(fb(parsed.globalFeedback)).toBe(question.explanation);
      if (question.unit) expect(stem).toContain(question.unit);
      return;
    }
  }
}

function expectSameCourse(course: LmsCourse, text: string) {
  const { categories, questions } = parseFile(text);
  expect(categories).toEqual(course.lessons.map((l) => categoryPath(course, l)));
  const bankQuestions = course.lessons.flatMap((l) => l.bank.questions);
  expect(questions).toHaveLength(bankQuestions.length);
  questions.forEach((parsed, i) => expectSameQuestion(parsed, bankQuestions[i]!));
}

describe('escapeGift', () => {
  it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(escapeGift('one\ntwo')).toBe('one\\ntwo');
  });
});

describe('GIFT export', () => {
  it('keeps text full of GIFT, HTML and XML control characters intact through an independent parser', () => {
    for (const lang of LMS_LANGS)
      expectSameCourse(specialCourse(lang), toGift(specialCourse(lang), specialCourse(lang).lessons));
  });

  it('says in the file that ordering questions became matching questions', () => {
    const course = specialCourse();
    const text = toGift(course, course.lessons);
    expect(text.split('\n').filter((line) => line === `// ${course.t('lms.noteGiftOrdering')}`)).toHaveLength(2);
  });

  for (const lang of LMS_LANGS) {
    it(`${lang}: the course file and every lesson file parse into the banks' questions, keys and feedback`, () => {
      const course = realCourse(lang);
      expect(course.lessons.length).toBeGreaterThanOrEqual(10);
      expectSameCourse(course, toGift(course, course.lessons));
      for (const lesson of course.lessons) expectSameCourse({ ...course, lessons: [lesson] }, toGift(course, [lesson]));
    });
  }
});
