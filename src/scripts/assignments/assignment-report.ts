/**
 * The learner's completion report on the assignment page: the printable sheet, its code, and
 * copying or downloading it. Most visits only look at their progress, so <smm-assignment> loads
 * this module with import() the first time a report is made, which keeps the page's own script
 * within its budget (test/e2e/budgets.test.ts).
 */
import type { ItemLinks } from '../../lib/assignments/items';
import { encodeReportCode, type Report } from '../../lib/assignments/report';
import { encodeReportFile, summariseReport } from '../../lib/assignments/report-build';
import { formatWhen } from '../../lib/assignments/timing';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { copyText } from '../toolkit/copy';
import { downloadText } from '../toolkit/download';
import { fillItemRows } from './item-rows';

type T = Translate<UiKeyWith<'assign.'>>;

/** What the sheet needs from the page; `due` and `pass` are written as the page writes them. */
export interface ReportPage {
  t: T;
  lang: string;
  items: ItemLinks;
  due: string;
  pass: string;
}

/** A part the markup must have (AssignmentView.astro); the element checked the rest at setup. */
function part<E extends HTMLElement = HTMLElement>(host: HTMLElement, selector: string): E {
  const found = host.querySelector<E>(selector);
  if (!found) throw new Error(`<smm-assignment> needs ${selector}`);
  return found;
}

/** Fills the report sheet and its code and shows them; returns what to announce. */
export function showReport(host: HTMLElement, report: Report, page: ReportPage): string {
  const { t, lang, items } = page;
  const { done, total, complete } = summariseReport(report);
  const values: [string, string][] = [
    ['[data-r-learner]', report.learner],
    [
      '[data-r-assignment]',
      t('assign.report.assignmentValue', { title: report.assignment.title, id: report.assignment.id }),
    ],
    ['[data-r-due]', page.due],
    ['[data-r-pass]', page.pass],
    ['[data-r-generated]', formatWhen(lang, report.generatedAt)],
    [
      '[data-r-state]',
      complete ? t('assign.report.complete', { total }) : t('assign.report.incomplete', { done, total }),
    ],
  ];
  for (const [selector, text] of values) part(host, selector).textContent = text;
  fillItemRows(part(host, '[data-r-items]'), report, report.assignment, { t, lang, items });
  part<HTMLTextAreaElement>(host, '[data-code]').value = encodeReportCode(report);
  part(host, '[data-report]').hidden = false;
  // Printing then gives the report alone (see assignments.css).
  host.classList.add('has-report');
  part(host, '[data-report-sheet]').focus();
  return t(complete ? 'assign.report.created' : 'assign.report.createdIncomplete', { done, total });
}

/** Copies the report's code (selecting it when the browser refuses); resolves to what to announce. */
export async function copyReport(host: HTMLElement, t: T): Promise<string> {
  const field = part<HTMLTextAreaElement>(host, '[data-code]');
  return t((await copyText(field.value, field)) ? 'assign.report.copied' : 'assign.copyFailed');
}

/** Downloads the report as a readable .json file named after the assignment and the learner. */
export function downloadReport(report: Report, t: T): string {
  const name =
    report.learner
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'learner';
  downloadText(`assignment-report-${report.assignment.id}-${name}.json`, encodeReportFile(report), 'application/json');
  return t('assign.report.downloaded');
}
