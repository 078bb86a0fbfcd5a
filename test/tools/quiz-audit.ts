/**
 * `npm run quiz:audit`: audits every question bank (content/quizzes/<lang>/*.yaml) for cues that
 * give answers away, prints a table per language and the broken limits, and exits with 1 when a
 * limit is broken. Node runs this file directly (type stripping), so imports carry `.ts`.
 */
import {
  auditCourse,
  CUED_TYPES,
  describeViolation,
  mean,
  objectiveViolations,
  type CueStats,
  type Violation,
} from '../../src/lib/quiz/audit.ts';
import { lessonObjectives, loadBanks, quizLanguages } from '../support/quiz-banks.ts';

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`);

/** One table row's cells, in the order of HEADINGS. */
function cells(name: string, s: CueStats): string[] {
  const tf = s.trueKeys + s.falseKeys;
  const multis = Object.entries(s.multiCounts)
    .map(([n, c]) => `${c}×${n}`)
    .join(' ');
  return [
    name,
    String(s.questions),
    s.singles === 0 ? '–' : `${s.longestKey}/${s.singles} (${pct(s.longestKey, s.singles)})`,
    s.rightLength.count === 0 ? '–' : `${mean(s.rightLength).toFixed(0)} / ${mean(s.wrongLength).toFixed(0)}`,
    tf === 0 ? '–' : `${s.trueKeys}/${tf} (${pct(s.trueKeys, tf)})`,
    multis || '–',
    s.testWise.count === 0
      ? '–'
      : `${s.testWise.sum.toFixed(1)}/${s.testWise.count} (${pct(s.testWise.sum, s.testWise.count)})`,
  ];
}

const HEADINGS = [
  'Bank',
  'Qs',
  'Key longest',
  'Right / wrong chars',
  'T/F true',
  'Multi (count×right)',
  'Test-wise score',
];

function table(rows: string[][]): string {
  const widths = HEADINGS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

let broken = 0;
for (const lang of quizLanguages()) {
  const banks = loadBanks(lang);
  const audit = auditCourse(banks);
  const violations: Violation[] = [
    ...audit.violations,
    ...banks.flatMap((b) => objectiveViolations(b, lessonObjectives(lang, b.lesson).length)),
  ];
  const rows = [HEADINGS, ...audit.banks.map((b) => cells(b.lesson, b.stats)), cells('Course', audit.course)];
  console.log(`\nQuiz audit: ${lang} (${banks.length} banks; the strategy answers "${audit.usualTrueFalseKey}")\n`);
  console.log(table(rows));
  const byType = CUED_TYPES.map((t) => {
    const tally = audit.course.testWiseByType[t];
    return `${t} ${tally.sum.toFixed(1)}/${tally.count} (${pct(tally.sum, tally.count)})`;
  });
  console.log(`\nTest-wise strategy by question type: ${byType.join(', ')}.`);
  const { shortestKey, singles, shortestPick } = audit.course;
  console.log(
    `Reverse cue (reported, not limited): the key is the shortest option in ${shortestKey} of ${singles} ` +
      `single-choice questions (${pct(shortestKey, singles)}); picking the k shortest options scores ` +
      `${shortestPick.sum.toFixed(1)}/${shortestPick.count} (${pct(shortestPick.sum, shortestPick.count)}).`,
  );
  console.log(violations.length === 0 ? '\nEvery limit is met.' : `\n${violations.length} broken limits:`);
  for (const v of violations) console.log(`  ${describeViolation(v)}`);
  broken += violations.length;
}
console.log(
  '\nLimits: right options no longer than wrong ones in each question; key longest in ≤ 33 % of single-choice ' +
    'questions; 40–60 % of true/false keys true; multi-selects with 2, 3 and 4 right answers, none over half; ' +
    'the test-wise strategy (longest option, usual true/false key, k longest) below 80 %; every question has an ' +
    'objective and every objective a question.',
);
process.exitCode = broken > 0 ? 1 : 0;
