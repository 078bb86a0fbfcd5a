/**
 * The rows of one report, item by item (link, status, scores, date and whether it was late): the
 * learner's own table and the instructor's drill-down show them alike (class results loads this
 * module only when the instructor opens a report).
 */
import type { ItemLinks } from '../../lib/assignments/items';
import { itemKey } from '../../lib/assignments/items';
import { assessItem, type Report } from '../../lib/assignments/report';
import type { AssignmentSummary } from '../../lib/assignments/summary';
import { computeDeadline, formatWhen, judgeTimeliness, localOffsetOn } from '../../lib/assignments/timing';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el, siteLink } from '../toolkit/dom';

/**
 * Fills a table body with a report's items. `judge` is the assignment whose due date and pass mark
 * apply: the report's own, or the newest version it was merged with.
 */
export function fillItemRows(
  body: HTMLElement,
  report: Report,
  judge: Pick<AssignmentSummary, 'due' | 'passMark'>,
  page: { t: Translate<UiKeyWith<'assign.'>>; lang: string; items: ItemLinks },
): void {
  const { t, lang, items } = page;
  const { due, passMark } = judge;
  const deadline = due ? computeDeadline(due, localOffsetOn(due)) : undefined;
  body.replaceChildren(
    ...report.items.map((item) => {
      const outcome = assessItem(item, passMark);
      const entry = items[itemKey(item)];
      const name = el('td');
      name.append(siteLink(entry?.href, entry?.title ?? item.id));
      const score =
        item.kind === 'quiz' && item.attempts > 0
          ? t('assign.scores', { best: item.best ?? 0, last: item.last ?? 0, attempts: item.attempts })
          : '—';
      const timeliness = judgeTimeliness({
        done: outcome.status === 'done',
        time: outcome.time,
        deadline,
        generatedAt: report.generatedAt,
      });
      let date = outcome.time ? formatWhen(lang, outcome.time) : '—';
      if (timeliness !== 'none') date += ` (${t(`assign.timeliness.${timeliness}`)})`;
      const row = el('tr');
      row.append(
        name,
        el('td', t(`assign.status.${outcome.detail}`), `is-${outcome.status}`),
        el('td', score),
        el('td', date, `is-${timeliness}`),
      );
      return row;
    }),
  );
}
