/**
 * The report as the client reads it: the figures table, each figure with its worked formula, or
 * "—" and the reason. Built with DOM calls only; the charts are in report-chart.ts.
 */
import type { Figure, MetricId } from '../../lib/report/figures';
import type { ReportState } from '../../lib/report/model';
import { formulaOf, metricRows, showFigure, type MetricRow } from '../../lib/report/summary';
import type { Translate } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';
import { fieldText, type ReportKey } from './report-inputs';

export interface OutputContext {
  t: Translate<ReportKey>;
  lang: string;
  format: (n: number) => string;
  monthName: (month: string) => string;
  readOnly: boolean;
}

/** Why a figure is missing, in words: "reach is 0", "no figure last month". */
export function reasonOf(figure: Figure, t: Translate<ReportKey>): string {
  if (figure.ok) return '';
  if (figure.of === 'previous' || figure.of === 'current') {
    return t(figure.why === 'zero' ? 'report.why.fromZero' : `report.why.${figure.of}`);
  }
  const what = t(figure.of === 'interactions' ? 'report.field.interactions' : `report.field.${figure.of}`);
  return t(`report.why.${figure.why}`, { what });
}

const STATUS_MARK = { on: '✓', close: '≈', off: '✗' } as const;

function figureCell(figure: Figure, id: MetricId, ctx: OutputContext, change = false): HTMLTableCellElement {
  const cell = el('td', showFigure(figure, id, ctx.format, change, ctx.t('report.points')));
  if (!figure.ok) cell.append(el('span', reasonOf(figure, ctx.t), 'reason'));
  else if (!change) {
    const formula = formulaOf(figure, ctx.format);
    if (formula) cell.append(el('span', formula, 'formula'));
  }
  return cell;
}

function targetCell(row: MetricRow, scope: string, ctx: OutputContext): HTMLTableCellElement {
  const cell = el('td');
  const name = ctx.t(`report.metric.${row.id}`);
  if (ctx.readOnly) {
    cell.textContent = row.target === undefined ? '' : ctx.format(row.target);
  } else {
    const input = el('input');
    Object.assign(input, { type: 'text', inputMode: 'decimal', autocomplete: 'off', maxLength: 30 });
    input.value = fieldText(row.target, ctx.lang);
    input.dataset.target = row.id;
    input.dataset.scope = scope;
    input.setAttribute('aria-label', ctx.t('report.targetFor', { metric: name }));
    cell.append(input);
  }
  if (row.status) {
    cell.append(
      el('span', `${STATUS_MARK[row.status]} ${ctx.t(`report.status.${row.status}`)}`, `status ${row.status}`),
    );
  }
  return cell;
}

/** The rows of the figures table for a scope (all channels or one). */
export function buildFigureRows(report: ReportState, scope: string, ctx: OutputContext): HTMLTableRowElement[] {
  return metricRows(report, scope).map((row) => {
    const tr = el('tr');
    const head = el('th', ctx.t(`report.metric.${row.id}`));
    head.scope = 'row';
    if (row.id === 'er') head.append(el('span', ctx.t(`report.basis.${report.basis}`), 'formula'));
    tr.append(
      head,
      figureCell(row.current, row.id, ctx),
      figureCell(row.previous, row.id, ctx),
      figureCell(row.change, row.id, ctx, true),
      targetCell(row, scope, ctx),
    );
    return tr;
  });
}
