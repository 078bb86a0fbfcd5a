/**
 * What the monthly report does on request rather than on every keystroke: reading CSV, the files it
 * offers, the share link, the Zarno example and the KPI plan's targets. Loaded on first use (and on
 * load only for a page opened from a share link), so the page's own script stays small.
 */
import { isRecord } from '../../lib/guards';
import { parseNumberInput } from '../../lib/number-input';
import { applyCsvRows, buildInputsCsv, CSV_COLUMNS, MAX_CSV_LENGTH, readReportCsv } from '../../lib/report/csv-import';
import { exampleReport } from '../../lib/report/example';
import { buildFiguresCsv, buildMarkdown, type ExportLabels } from '../../lib/report/export';
import type { MetricId } from '../../lib/report/figures';
import { nextChannelId, removeChannel } from '../../lib/report/channels';
import {
  ALL,
  cleanName,
  isBlankReport,
  isChannelKind,
  MAX_CHANNELS,
  previousMonth,
  STORY_PARTS,
  type ReportState,
} from '../../lib/report/model';
import { decodeReport, encodeReport } from '../../lib/report/share';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { Translate } from '../../lib/ui-strings';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import type { ReportKey } from './report-inputs';

/** What the actions need from <smm-monthly-report>. */
export interface ReportHost {
  report: ReportState;
  readonly lang: 'en' | 'bg';
  readonly tr: Translate<ReportKey>;
  format(n: number): string;
  monthName(month: string): string;
  child<T extends HTMLElement = HTMLElement>(selector: string): T;
  say(message: string): void;
  useReport(report: ReportState, message: ReportKey): void;
  showShared(report: ReportState): void;
  readStored(key: string): string | null;
}

/** KPI plan ids (src/lib/workbench/kpi.ts) whose targets the report can take, and its metric for each. */
const KPI_TARGETS: Record<string, MetricId> = {
  reach: 'reach',
  impressions: 'impressions',
  'engagement-rate': 'er',
  'click-through-rate': 'ctr',
  conversions: 'conversions',
  'follower-growth': 'growth',
};
const EXPORT_COLUMNS = ['scope', 'metric', 'current', 'previous', 'change', 'target', 'status'] as const;

/** Opens a share link: its report read-only, or the reason it cannot be read. */
export function openLink(host: ReportHost, hash: string): void {
  const decoded = decodeReport(hash);
  const message = host.child('[data-link-message]');
  message.hidden = decoded.ok;
  if (decoded.ok) host.showShared(decoded.data);
  else message.textContent = host.tr(`report.link.${decoded.reason}`);
}

export function importText(host: ReportHost, text: string): void {
  const list = host.child('[data-csv-problems]');
  list.replaceChildren();
  const reading = readReportCsv(text, host.lang);
  if (!reading.ok) {
    if ('failure' in reading) list.append(el('li', host.tr(`report.csv.${reading.failure}`)));
    else {
      for (const p of reading.problems) {
        const column = CSV_COLUMNS.indexOf(p.column) + 1;
        list.append(el('li', host.tr(`report.csv.cell.${p.problem}`, { row: p.row, column })));
      }
    }
    return host.say(host.tr('report.csv.failed'));
  }
  const report = applyCsvRows(host.report, reading.rows);
  if (!report) return host.say(host.tr('report.csv.too-many-channels'));
  host.useReport(report, 'report.csv.imported');
}

export async function importFile(host: ReportHost, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  input.value = '';
  // A file several times the paste limit is not worth reading into memory.
  if (file.size > MAX_CSV_LENGTH * 4) return importText(host, 'x'.repeat(MAX_CSV_LENGTH + 1));
  importText(host, await file.text());
}

function downloadInputs(host: ReportHost, template: boolean) {
  const report = template ? exampleReport() : host.report;
  const months = [report.month, previousMonth(report.month)];
  const header = CSV_COLUMNS.map((c) => host.tr(`report.col.${c}`));
  const name = template ? `monthly-report-template-${host.lang}.csv` : `monthly-report-${report.month}-numbers.csv`;
  downloadText(name, buildInputsCsv(report, months, header, host.lang), 'text/csv;charset=utf-8');
}

const labelsOf = (host: ReportHost): ExportLabels => ({
  header: EXPORT_COLUMNS.map((c) => host.tr(`report.export.${c}`)),
  metric: (id) => host.tr(`report.metric.${id}`),
  status: (status) => host.tr(`report.status.${status}`),
  scope: (scope) =>
    scope === ALL ? host.tr('report.allChannels') : (host.report.channels.find((c) => c.id === scope)?.name ?? scope),
});

function exportFigures(host: ReportHost, kind: 'csv' | 'md') {
  const { report, tr: t } = host;
  const base = `monthly-report-${report.month}`;
  if (kind === 'csv') {
    downloadText(`${base}.csv`, buildFiguresCsv(report, host.lang, labelsOf(host)), 'text/csv;charset=utf-8');
  } else {
    const title = t('report.title', { month: host.monthName(report.month) });
    const story = STORY_PARTS.map((p) => [t(`report.story.${p}`), report.story[p]] as [string, string]);
    const labels = { ...labelsOf(host), title, story, points: t('report.points') };
    downloadText(`${base}.md`, buildMarkdown(report, labels, host.format), 'text/markdown;charset=utf-8');
  }
  host.say(t('report.exported'));
}

async function share(host: ReportHost) {
  const hash = encodeReport(host.report);
  const field = host.child<HTMLInputElement>('[data-share-link]');
  field.parentElement!.hidden = !hash;
  if (!hash) return host.say(host.tr('report.share.tooBig'));
  field.value = `${location.origin}${location.pathname}#${hash}`;
  const copied = await copyText(field.value, field);
  host.say(host.tr(copied ? 'report.share.copied' : 'report.share.select'));
}

function importKpiTargets(host: ReportHost) {
  let plan: unknown;
  try {
    plan = JSON.parse(host.readStored(STORAGE_KEYS.kpiPlan) ?? '');
  } catch {
    plan = undefined;
  }
  const targets = { ...host.report.targets[ALL] };
  let count = 0;
  const entries = isRecord(plan) && isRecord(plan.entries) ? plan.entries : {};
  for (const [kpi, metric] of Object.entries(KPI_TARGETS)) {
    const entry = entries[kpi];
    const text = isRecord(entry) && typeof entry.target === 'string' ? entry.target.replace(/%\s*$/, '') : '';
    const reading = parseNumberInput(text, host.lang === 'bg' ? ',' : '.');
    if (!reading.ok || reading.value < 0) continue;
    targets[metric] = reading.value;
    count++;
  }
  if (!count) return host.say(host.tr('report.kpi.none'));
  host.useReport({ ...host.report, targets: { ...host.report.targets, [ALL]: targets } }, 'report.kpi.imported');
}

function dropChannel(host: ReportHost, id: string) {
  if (!host.report.channels.some((c) => c.id === id)) return;
  host.useReport(removeChannel(host.report, id), 'report.removed');
  host.child('[data-add]').focus();
}

function addChannel(host: ReportHost) {
  const kind = host.child<HTMLSelectElement>('[data-new-kind]').value;
  const nameField = host.child<HTMLInputElement>('[data-new-name]');
  if (host.report.channels.length >= MAX_CHANNELS || !isChannelKind(kind)) {
    return host.say(host.tr('report.tooManyChannels', { max: MAX_CHANNELS }));
  }
  const name = cleanName(nameField.value) || host.tr(`report.kind.${kind}`);
  const channels = [...host.report.channels, { id: nextChannelId(host.report.channels), kind, name }];
  nameField.value = '';
  host.useReport({ ...host.report, channels }, 'report.added');
}

/** The example replaces the learner's report, so a report with work in it is only replaced when they agree. */
function loadExample(host: ReportHost) {
  if (!isBlankReport(host.report) && !window.confirm(host.tr('report.exampleConfirm'))) {
    return host.say(host.tr('report.exampleKept'));
  }
  host.useReport(exampleReport(), 'report.exampleLoaded');
}

/** Runs the action of a button (its data attribute's name: LAZY_ACTIONS in the element). */
export function runAction(host: ReportHost, action: string, value?: string): void {
  if (action === 'add') addChannel(host);
  else if (action === 'remove' && value) dropChannel(host, value);
  else if (action === 'import') importText(host, host.child<HTMLTextAreaElement>('[data-csv]').value);
  else if (action === 'template' || action === 'exportInputs') downloadInputs(host, action === 'template');
  else if (action === 'exportCsv' || action === 'exportMd') exportFigures(host, action === 'exportCsv' ? 'csv' : 'md');
  else if (action === 'share') void share(host);
  else if (action === 'example') loadExample(host);
  else if (action === 'kpi') importKpiTargets(host);
}
