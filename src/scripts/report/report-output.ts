/**
 * The report as the client reads it: the figures table, each figure with its worked formula, or
 * "—" and the reason. The component renders every row (name, target field); here the cells are
 * filled and the cost rows shown only when there was spend. The charts are in report-chart.ts.
 */
import type { Figure } from '../../lib/report/figures';
import { formulaOf, metricRows, showFigure } from '../../lib/report/summary';
import type { Translate } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { fieldText, type ReportKey, type ReportView } from './report-inputs';

/** Why a figure is missing, in words: "reach is 0", "no figure last month". */
export function reasonOf(figure: Figure, t: Translate<ReportKey>): string {
  if (figure.ok) return '';
  if (figure.of === 'previous' || figure.of === 'current') {
    return t(figure.why === 'zero' ? 'report.why.fromZero' : `report.why.${figure.of}`);
  }
  return t(`report.why.${figure.why}`, { what: t(`report.field.${figure.of}`) });
}

const STATUS_MARK = { on: '✓', close: '≈', off: '✗' } as const;

/** Fills the figures table for a scope (all channels or one). */
export function fillFigures(view: ReportView, table: HTMLTableElement, scope: string): void {
  const { t, format } = view;
  const rows = metricRows(view.report, scope);
  for (const line of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    const row = rows.find((r) => r.id === line.dataset.metric);
    line.hidden = !row;
    if (!row) continue;
    const cells = line.children;
    [row.current, row.previous, row.change].forEach((figure, i) => {
      const note = figure.ok ? (i < 2 ? formulaOf(figure, format) : '') : reasonOf(figure, t);
      cells[i + 1]!.replaceChildren(
        showFigure(figure, row.id, format, i > 1, t('report.points')),
        ...(note ? [el('span', note, figure.ok ? 'formula' : 'reason')] : []),
      );
    });
    const input = cells[4]!.firstElementChild as HTMLInputElement;
    input.value = fieldText(row.target, view.config.lang);
    input.readOnly = view.readOnly;
    const status = input.nextElementSibling!;
    status.className = `status ${row.status ?? ''}`;
    status.textContent = row.status ? `${STATUS_MARK[row.status]} ${t(`report.status.${row.status}`)}` : '';
  }
  table.querySelector('[data-basis-name]')!.textContent = t(`report.basis.${view.report.basis}`);
}
