import { describe, expect, it } from 'vitest';
import { auditCourse, describeViolation, objectiveViolations, type Rule } from '../../src/lib/quiz/audit';
import { lessonObjectives, loadBanks, quizLanguages } from '../support/quiz-banks';

/**
 * The quiz audit (`npm run quiz:audit`) as a test: every bank of every language must leave no cue
 * that gives an answer away, and must test every objective of its lesson. A failure lists
 * "bank/question: what is wrong [rule]".
 */
describe.each(quizLanguages())('quiz audit (%s)', (lang) => {
  const banks = loadBanks(lang);
  const audit = auditCourse(banks);
  const broken = (...rules: Rule[]) =>
    audit.violations.filter((v) => rules.includes(v.rule)).map(describeViolation);

  it('has banks to audit', () => {
    expect(banks.length).toBeGreaterThan(0);
  });

  it('right options are on average no longer than wrong ones, in every choice question', () => {
    expect(broken('right-not-longer')).toEqual([]);
  });

  it('the key is the longest option in at most a third of single-choice questions', () => {
    expect(broken('longest-key-share')).toEqual([]);
  });

  it('true/false keys are 40–60 % true', () => {
    expect(broken('truefalse-balance')).toEqual([]);
  });

  it('multi-selects have 2, 3 and 4 right answers, no count for more than half', () => {
    expect(broken('multi-counts')).toEqual([]);
  });

  it('the test-wise strategy stays below the pass mark', () => {
    expect(broken('test-wise')).toEqual([]);
  });

  it.each(banks.map((b) => b.lesson))('%s: every question has an objective and every objective a question', (lesson) => {
    const bank = banks.find((b) => b.lesson === lesson)!;
    const objectives = lessonObjectives(lang, lesson);
    expect(objectives.length, `content/docs/…/course/${lesson}.mdx has no objectives`).toBeGreaterThan(0);
    expect(objectiveViolations(bank, objectives.length).map(describeViolation)).toEqual([]);
  });

  it.runIf(lang === 'bg')('feedback never opens with „Вярно“, the label of the true/false answer', () => {
    const explanations = banks.flatMap((b) =>
      b.questions.flatMap((q) => {
        const texts = 'options' in q ? q.options.map((o) => o.explanation) : [];
        if ('explanation' in q) texts.push(q.explanation);
        return texts.filter((t) => /^Вярно(?!\p{L})/u.test(t)).map((t) => `${b.lesson}/${q.id}: ${t.slice(0, 40)}…`);
      }),
    );
    expect(explanations).toEqual([]);
  });
});
