/** The final assessment's result per lesson, with a link to re-read each lesson not fully right. */
import { breakDownByLesson, type DrawnQuestion } from '../../lib/quiz/assessment';
import { hasPassed, scoreVerdicts } from '../../lib/quiz/score';
import type { Verdict } from '../../lib/quiz/types';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el, siteLink } from '../toolkit/dom';

export type LessonLinks = Record<string, { title: string; href: string }>;

export function buildBreakdown(
  drawn: readonly DrawnQuestion[],
  verdicts: readonly Verdict[],
  lessons: LessonLinks,
  t: Translate<UiKeyWith<'final.'>>,
): HTMLTableElement {
  const table = el('table');
  table.append(el('caption', t('final.breakdown')));
  const head = el('tr');
  for (const key of ['final.lesson', 'final.result', 'final.reread'] as const) {
    const th = el('th', t(key));
    th.scope = 'col';
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const row of breakDownByLesson(drawn, verdicts)) {
    const lesson = lessons[row.lesson];
    const tr = el('tr');
    tr.append(el('td', lesson?.title ?? row.lesson), el('td', `${row.correct} / ${row.total}`));
    const cell = el('td');
    // Only the site's own lesson links, made at build time, are ever rendered as links.
    if (lesson && row.correct < row.total) cell.append(siteLink(lesson.href, t('final.reread')));
    tr.append(cell);
    body.append(tr);
  }
  return table;
}

/** The sentence under a submitted attempt: the score, then passed or not against the pass mark. */
export function describeScore(
  verdicts: readonly Verdict[],
  passMark: number,
  t: Translate<UiKeyWith<'final.'>>,
): string {
  const score = scoreVerdicts(verdicts);
  const verdict = hasPassed(score, passMark) ? 'final.passed' : 'final.failed';
  return `${t('final.score', { ...score })} ${t(verdict, { percent: score.percent, passMark })}`;
}
