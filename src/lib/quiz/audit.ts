import type { Option, Question, QuizBank } from '../../schemas/quiz';

/**
 * An audit of question banks for cues that let a learner answer without knowing the content
 * ("test-wiseness"): a key that is the longest option, a true/false key that is nearly always the
 * same, a multi-select that nearly always has the same number of right answers. It works on one
 * language at a time, because lengths differ between translations.
 *
 * Pure: it takes validated banks and returns numbers and violations; reading files and printing
 * belong to the callers (`test/tools/quiz-audit.ts`, `test/content/quiz-audit.test.ts`).
 */

/** The limits every course must meet, in every language (README, "Write a quiz"). */
export const LIMITS = {
  /** Course-wide, the key is the longest option in at most this share of single-choice questions. */
  maxLongestKeyShare: 1 / 3,
  /** Course-wide, the share of true/false questions whose key is `true`. */
  minTrueShare: 0.4,
  maxTrueShare: 0.6,
  /** Multi-select: each of these numbers of right answers occurs somewhere in the course… */
  requiredMultiCounts: [2, 3, 4],
  /** …and no single number covers more than this share of the multi-selects. */
  maxMultiCountShare: 0.5,
  /** The final assessment's pass mark: a strategy that ignores the content must stay below it. */
  passMark: 0.8,
} as const;

export type Rule =
  | 'right-not-longer'
  | 'longest-key-share'
  | 'truefalse-balance'
  | 'multi-counts'
  | 'test-wise'
  | 'objective-missing'
  | 'objective-unknown'
  | 'objective-untested';

/** A broken limit. Course-wide rules have no bank and no question; `message` then names examples. */
export interface Violation {
  rule: Rule;
  bank: string | null;
  questionId: string | null;
  message: string;
}

/** A running total, so that means can be merged across banks without losing their weights. */
export interface Tally {
  sum: number;
  count: number;
}

/** The cues found in a set of questions (one bank, or the whole course). */
export interface CueStats {
  questions: number;
  /** Single-choice questions, and those whose key is (or ties for) the longest option. */
  singles: number;
  longestKey: number;
  /** Single-choice questions whose key is (or ties for) the shortest option: the reverse cue. */
  shortestKey: number;
  /** Lengths, in characters, of right and wrong options of single- and multiple-choice questions. */
  rightLength: Tally;
  wrongLength: Tally;
  trueKeys: number;
  falseKeys: number;
  /** Multi-selects by number of right answers, e.g. { 2: 3, 3: 5 }. */
  multiCounts: Record<number, number>;
  /** The test-wise strategy: questions where it can work, and how many it gets right on average. */
  testWise: Tally;
  /** The same, per question type, to show which cue does the damage. */
  testWiseByType: Record<CuedType, Tally>;
  /** The reverse guess on choice questions (the k shortest options), reported but not limited. */
  shortestPick: Tally;
}

/** The question types where a length or key cue can work. */
export const CUED_TYPES = ['single', 'multiple', 'truefalse'] as const;
export type CuedType = (typeof CUED_TYPES)[number];

/** One bank's line of the report. */
export interface BankAudit {
  lesson: string;
  stats: CueStats;
}

export interface CourseAudit {
  banks: BankAudit[];
  course: CueStats;
  /** The true/false key the strategy answers: the one most common in the course. */
  usualTrueFalseKey: boolean;
  violations: Violation[];
}

/** Characters as a reader sees them (code points), so Cyrillic and Latin text count alike. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

export function mean(tally: Tally): number {
  return tally.count === 0 ? 0 : tally.sum / tally.count;
}

function tallyOf(values: readonly number[]): Tally {
  return { sum: values.reduce((a, b) => a + b, 0), count: values.length };
}

function addTally(a: Tally, b: Tally): Tally {
  return { sum: a.sum + b.sum, count: a.count + b.count };
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** The ids of the right options of a choice question. */
function keySet(question: Extract<Question, { type: 'single' | 'multiple' }>): Set<string> {
  return new Set(question.type === 'single' ? [question.answer] : question.answer);
}

/** Which end of the length order a length-based guess picks from. */
export type LengthPick = 'longest' | 'shortest';

/**
 * The chance that picking the k longest (or shortest) options gives exactly the key. Ties at the cut
 * are broken at random, so a key that ties with a wrong option earns the matching fraction only.
 */
export function chanceOfPicking(
  options: readonly Option[],
  key: ReadonlySet<string>,
  k: number,
  pick: LengthPick = 'longest',
): number {
  if (k < 1 || k > options.length) return 0;
  // Picking the shortest is picking the longest of the negated lengths.
  const sign = pick === 'longest' ? 1 : -1;
  const lengths = options.map((o) => sign * textLength(o.text));
  const cut = [...lengths].sort((a, b) => b - a)[k - 1]!;
  const above = options.filter((_, i) => lengths[i]! > cut);
  const tied = options.filter((_, i) => lengths[i] === cut);
  if (!above.every((o) => key.has(o.id))) return 0;
  const needed = k - above.length;
  // Every remaining right option must sit at the cut, or one of them is too short to be picked.
  if (tied.filter((o) => key.has(o.id)).length !== needed || key.size !== k) return 0;
  return 1 / binomial(tied.length, needed);
}

/** The test-wise strategy's guess: the k longest options. */
export function chanceOfLongest(options: readonly Option[], key: ReadonlySet<string>, k: number): number {
  return chanceOfPicking(options, key, k, 'longest');
}

/** Whether the key of a single-choice question is at least as long as every wrong option. */
export function keyIsLongest(question: Extract<Question, { type: 'single' }>): boolean {
  const keyLength = textLength(question.options.find((o) => o.id === question.answer)?.text ?? '');
  return question.options.every((o) => textLength(o.text) <= keyLength);
}

/**
 * Whether the key of a single-choice question is at most as long as every wrong option. Not a limit,
 * but worth watching: shortening keys to meet the limits must not create the opposite cue.
 */
export function keyIsShortest(question: Extract<Question, { type: 'single' }>): boolean {
  const keyLength = textLength(question.options.find((o) => o.id === question.answer)?.text ?? '');
  return question.options.every((o) => textLength(o.text) >= keyLength);
}

/** Mean lengths of the right and of the wrong options of one choice question. */
export function optionLengths(question: Extract<Question, { type: 'single' | 'multiple' }>): {
  right: Tally;
  wrong: Tally;
} {
  const key = keySet(question);
  const lengthsWhere = (right: boolean) =>
    question.options.filter((o) => key.has(o.id) === right).map((o) => textLength(o.text));
  return { right: tallyOf(lengthsWhere(true)), wrong: tallyOf(lengthsWhere(false)) };
}

function emptyStats(): CueStats {
  return {
    questions: 0,
    singles: 0,
    longestKey: 0,
    shortestKey: 0,
    rightLength: { sum: 0, count: 0 },
    wrongLength: { sum: 0, count: 0 },
    trueKeys: 0,
    falseKeys: 0,
    multiCounts: {},
    testWise: { sum: 0, count: 0 },
    testWiseByType: { single: { sum: 0, count: 0 }, multiple: { sum: 0, count: 0 }, truefalse: { sum: 0, count: 0 } },
    shortestPick: { sum: 0, count: 0 },
  };
}

/** Records the strategy's chance of being right on one question of a cued type. */
function addTestWise(stats: CueStats, type: CuedType, chance: number): void {
  stats.testWise = addTally(stats.testWise, tallyOf([chance]));
  stats.testWiseByType[type] = addTally(stats.testWiseByType[type], tallyOf([chance]));
}

/** Adds one question's cues to the running stats (mutates `stats`, which belongs to the caller). */
function addQuestion(stats: CueStats, question: Question, usualKey: boolean): void {
  stats.questions++;
  if (question.type === 'single' || question.type === 'multiple') {
    const { right, wrong } = optionLengths(question);
    stats.rightLength = addTally(stats.rightLength, right);
    stats.wrongLength = addTally(stats.wrongLength, wrong);
    const key = keySet(question);
    // The learner is told how many to choose, so the strategy picks exactly that many.
    addTestWise(stats, question.type, chanceOfLongest(question.options, key, key.size));
    const reverse = chanceOfPicking(question.options, key, key.size, 'shortest');
    stats.shortestPick = addTally(stats.shortestPick, tallyOf([reverse]));
  }
  if (question.type === 'single') {
    stats.singles++;
    if (keyIsLongest(question)) stats.longestKey++;
    if (keyIsShortest(question)) stats.shortestKey++;
  }
  if (question.type === 'multiple') {
    const n = question.answer.length;
    stats.multiCounts[n] = (stats.multiCounts[n] ?? 0) + 1;
  }
  if (question.type === 'truefalse') {
    if (question.answer) stats.trueKeys++;
    else stats.falseKeys++;
    addTestWise(stats, 'truefalse', question.answer === usualKey ? 1 : 0);
  }
  // Matching, ordering and numeric questions offer no length or key cue; the strategy skips them.
}

function mergeStats(all: readonly CueStats[]): CueStats {
  const total = emptyStats();
  for (const s of all) {
    total.questions += s.questions;
    total.singles += s.singles;
    total.longestKey += s.longestKey;
    total.shortestKey += s.shortestKey;
    total.shortestPick = addTally(total.shortestPick, s.shortestPick);
    total.rightLength = addTally(total.rightLength, s.rightLength);
    total.wrongLength = addTally(total.wrongLength, s.wrongLength);
    total.trueKeys += s.trueKeys;
    total.falseKeys += s.falseKeys;
    for (const [n, c] of Object.entries(s.multiCounts)) {
      total.multiCounts[Number(n)] = (total.multiCounts[Number(n)] ?? 0) + c;
    }
    total.testWise = addTally(total.testWise, s.testWise);
    for (const type of CUED_TYPES)
      total.testWiseByType[type] = addTally(total.testWiseByType[type], s.testWiseByType[type]);
  }
  return total;
}

/**
 * The key a test-wise learner would answer on every true/false question: the more common one in
 * the course. On a tie either guess scores the same, so `false` (the habitual guess) is taken.
 */
export function usualTrueFalseKey(banks: readonly QuizBank[]): boolean {
  const keys = banks.flatMap((b) => b.questions.flatMap((q) => (q.type === 'truefalse' ? [q.answer] : [])));
  return keys.filter(Boolean).length > keys.length / 2;
}

export function bankStats(bank: QuizBank, usualKey: boolean): CueStats {
  const stats = emptyStats();
  for (const question of bank.questions) addQuestion(stats, question, usualKey);
  return stats;
}

/** Rule (a): in each choice question the right options are, on average, no longer than the wrong ones. */
function lengthViolations(bank: QuizBank): Violation[] {
  return bank.questions.flatMap((q) => {
    if (q.type !== 'single' && q.type !== 'multiple') return [];
    const { right, wrong } = optionLengths(q);
    if (mean(right) <= mean(wrong)) return [];
    return [
      {
        rule: 'right-not-longer' as const,
        bank: bank.lesson,
        questionId: q.id,
        message: `right options average ${mean(right).toFixed(1)} characters, wrong ones ${mean(wrong).toFixed(1)}`,
      },
    ];
  });
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Rules (b), (c), (d) and (f): limits on the course as a whole. */
function courseViolations(banks: readonly QuizBank[], course: CueStats): Violation[] {
  const out: Violation[] = [];
  const courseWide = (rule: Rule, message: string) => out.push({ rule, bank: null, questionId: null, message });

  if (course.singles > 0 && course.longestKey / course.singles > LIMITS.maxLongestKeyShare) {
    // Name the questions, so that a writer knows where to start shortening.
    const where = banks.flatMap((b) =>
      b.questions.filter((q) => q.type === 'single' && keyIsLongest(q)).map((q) => `${b.lesson}/${q.id}`),
    );
    courseWide(
      'longest-key-share',
      `the key is the longest option in ${course.longestKey} of ${course.singles} single-choice questions ` +
        `(limit ${percent(LIMITS.maxLongestKeyShare)}): ${where.join(', ')}`,
    );
  }

  const tf = course.trueKeys + course.falseKeys;
  if (tf > 0) {
    const share = course.trueKeys / tf;
    if (share < LIMITS.minTrueShare || share > LIMITS.maxTrueShare) {
      courseWide(
        'truefalse-balance',
        `${course.trueKeys} of ${tf} true/false keys are true (${percent(share)}; ` +
          `limit ${percent(LIMITS.minTrueShare)}–${percent(LIMITS.maxTrueShare)})`,
      );
    }
  }

  const multis = Object.values(course.multiCounts).reduce((a, b) => a + b, 0);
  if (multis > 0) {
    const missing = LIMITS.requiredMultiCounts.filter((n) => !course.multiCounts[n]);
    if (missing.length > 0) {
      courseWide('multi-counts', `no multi-select has ${missing.join(' or ')} right answers`);
    }
    for (const [n, c] of Object.entries(course.multiCounts)) {
      if (c / multis > LIMITS.maxMultiCountShare) {
        courseWide(
          'multi-counts',
          `${c} of ${multis} multi-selects have ${n} right answers (limit ${percent(LIMITS.maxMultiCountShare)})`,
        );
      }
    }
  }

  if (course.testWise.count > 0 && mean(course.testWise) >= LIMITS.passMark) {
    courseWide(
      'test-wise',
      `the test-wise strategy scores ${percent(mean(course.testWise))} on ${course.testWise.count} questions ` +
        `(it must stay below the ${percent(LIMITS.passMark)} pass mark)`,
    );
  }
  return out;
}

/** Audits the banks of one language: a line per bank, the course total and every broken limit. */
export function auditCourse(banks: readonly QuizBank[]): CourseAudit {
  const usualKey = usualTrueFalseKey(banks);
  const lines = banks.map((bank) => ({ lesson: bank.lesson, stats: bankStats(bank, usualKey) }));
  const course = mergeStats(lines.map((l) => l.stats));
  const violations = [...banks.flatMap(lengthViolations), ...courseViolations(banks, course)];
  return { banks: lines, course, usualTrueFalseKey: usualKey, violations };
}

/**
 * Rule (e): every question names the lesson objective it tests, that objective exists, and every
 * objective of the lesson is tested. The caller reads the lesson's front matter and passes the
 * number of objectives in, so this stays free of file access.
 */
export function objectiveViolations(bank: QuizBank, objectiveCount: number): Violation[] {
  const out: Violation[] = [];
  const tested = new Set<number>();
  for (const q of bank.questions) {
    // `objective` is required by the schema; banks parsed by an older schema may still lack it.
    const objective = q.objective as number | undefined;
    if (objective === undefined) {
      out.push({ rule: 'objective-missing', bank: bank.lesson, questionId: q.id, message: 'no `objective`' });
    } else if (objective > objectiveCount) {
      out.push({
        rule: 'objective-unknown',
        bank: bank.lesson,
        questionId: q.id,
        message: `objective ${objective}, but the lesson has ${objectiveCount}`,
      });
    } else tested.add(objective);
  }
  for (let n = 1; n <= objectiveCount; n++) {
    if (!tested.has(n)) {
      out.push({
        rule: 'objective-untested',
        bank: bank.lesson,
        questionId: null,
        message: `no question tests objective ${n}`,
      });
    }
  }
  return out;
}

/** "bank/question: message (rule)", the way the CLI and the content test name a violation. */
export function describeViolation(v: Violation): string {
  const where = v.bank === null ? 'course' : v.questionId === null ? v.bank : `${v.bank}/${v.questionId}`;
  return `${where}: ${v.message} [${v.rule}]`;
}
