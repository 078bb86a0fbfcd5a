/**
 * The half of the monthly report that can wait: the charts (report-chart.ts), and what it does on
 * request: reading CSV, the files it offers, the share link, the Zarno example and the KPI plan's
 * targets, adding and removing channels. Loaded after the first figures are shown, in one file with
 * the charts, so that the page's own script stays small and the widget as a whole fetches as
 * little as it can (one chunk instead of two costs less than the two apart).
 */
import { isRecord } from '../../lib/guards';
import { applyCsvRows, buildInputsCsv, CSV_COLUMNS, MAX_CSV_LENGTH, readReportCsv } from '../../lib/report/csv-import';
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
  readAmount,
  readReport,
  STORY_PARTS,
  type ReportState,
} from '../../lib/report/model';
import { decodeReport, encodeReport } from '../../lib/report/share';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import { copyText } from '../toolkit/copy';
import { el } from '../toolkit/dom';
import { downloadText } from '../toolkit/download';
import { siteStore } from '../toolkit/site-store';
import type { ReportKey, ReportView } from './report-inputs';

export { drawCharts } from './report-chart';

/** What the actions need from <smm-monthly-report> besides what its parts read. */
export interface ReportHost extends ReportView, HTMLElement {
  say(message: string): void;
  useReport(report: ReportState, message: ReportKey): void;
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
const CSV_TYPE = 'text/csv;charset=utf-8';

/** Opens a share link: its report read-only, or the reason it cannot be read. */
export function openLink(host: ReportHost, hash: string): void {
  const decoded = decodeReport(hash);
  const message = host.querySelector<HTMLElement>('[data-link-message]')!;
  message.hidden = decoded.ok;
  if (decoded.ok) {
    host.readOnly = true;
    host.useReport(decoded.data, 'report.shared');
  } else message.textContent = host.t(`report.link.${decoded.reason}`);
}

function importText(host: ReportHost, text: string): void {
  const reading = readReportCsv(text, host.config.lang);
  const problems = reading.ok
    ? []
    : 'failure' in reading
      ? [host.t(`report.csv.${reading.failure}`)]
      : reading.problems.map((p) =>
          host.t(`report.csv.cell.${p.problem}`, { row: p.row, column: CSV_COLUMNS.indexOf(p.column) + 1 }),
        );
  host
    .querySelector<HTMLElement>('[data-csv-problems]')!
    .replaceChildren(...problems.map((problem) => el('li', problem)));
  if (!reading.ok) return host.say(host.t('report.csv.failed'));
  const report = applyCsvRows(host.report, reading.rows);
  if (!report) return host.say(host.t('report.csv.too-many-channels'));
  host.useReport(report, 'report.csv.imported');
}

export async function importFile(host: ReportHost, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  input.value = '';
  // A file several times the paste limit is not worth reading into memory.
  importText(host, file.size > MAX_CSV_LENGTH * 4 ? 'x'.repeat(MAX_CSV_LENGTH + 1) : await file.text());
}

/** The numbers of a report's month and the month before, as the CSV template the import reads. */
function downloadInputs(host: ReportHost, report: ReportState, name: string) {
  const header = CSV_COLUMNS.map((c) => host.t(`report.col.${c}`));
  const csv = buildInputsCsv(report, [report.month, previousMonth(report.month)], header, host.config.lang);
  downloadText(name, csv, CSV_TYPE);
}

function exportFigures(host: ReportHost, markdown: boolean) {
  const { report, t } = host;
  const base = `monthly-report-${report.month}`;
  const labels: ExportLabels = {
    header: EXPORT_COLUMNS.map((c) => t(`report.export.${c}`)),
    metric: (id) => t(`report.metric.${id}`),
    status: (status) => t(`report.status.${status}`),
    scope: (scope) =>
      scope === ALL ? t('report.allChannels') : (report.channels.find((c) => c.id === scope)?.name ?? scope),
  };
  if (markdown) {
    const title = t('report.title', { month: host.monthName(report.month) });
    const story = STORY_PARTS.map((p) => [t(`report.story.${p}`), report.story[p]] as [string, string]);
    const text = buildMarkdown(report, { ...labels, title, story, points: t('report.points') }, host.format);
    downloadText(`${base}.md`, text, 'text/markdown;charset=utf-8');
  } else downloadText(`${base}.csv`, buildFiguresCsv(report, host.config.lang, labels), CSV_TYPE);
  host.say(t('report.exported'));
}

async function share(host: ReportHost) {
  const hash = encodeReport(host.report);
  const field = host.querySelector<HTMLInputElement>('[data-share-link]')!;
  field.parentElement!.hidden = !hash;
  if (!hash) return host.say(host.t('report.share.tooBig'));
  field.value = `${location.origin}${location.pathname}#${hash}`;
  host.say(host.t((await copyText(field.value, field)) ? 'report.share.copied' : 'report.share.select'));
}

function importKpiTargets(host: ReportHost) {
  let entries: unknown;
  try {
    entries = JSON.parse(siteStore().read(STORAGE_KEYS.kpiPlan) ?? '').entries;
  } catch {
    // No plan, or not one we can read: nothing to take.
  }
  const targets = { ...host.report.targets[ALL] };
  let count = 0;
  for (const [kpi, metric] of Object.entries(KPI_TARGETS)) {
    const entry = isRecord(entries) ? entries[kpi] : undefined;
    const text = isRecord(entry) && typeof entry.target === 'string' ? entry.target.replace(/%\s*$/, '') : '';
    const value = readAmount(text, host.config.lang === 'bg' ? ',' : '.');
    if (typeof value !== 'number') continue;
    targets[metric] = value;
    count++;
  }
  if (!count) return host.say(host.t('report.kpi.none'));
  host.useReport({ ...host.report, targets: { ...host.report.targets, [ALL]: targets } }, 'report.kpi.imported');
}

function addChannel(host: ReportHost) {
  const kind = host.querySelector<HTMLSelectElement>('[data-new-kind]')!.value;
  const nameField = host.querySelector<HTMLInputElement>('[data-new-name]')!;
  const { channels } = host.report;
  if (channels.length >= MAX_CHANNELS || !isChannelKind(kind)) {
    return host.say(host.t('report.tooManyChannels', { max: MAX_CHANNELS }));
  }
  const name = cleanName(nameField.value) || host.t(`report.kind.${kind}`);
  nameField.value = '';
  host.useReport(
    { ...host.report, channels: [...channels, { id: nextChannelId(channels), kind, name }] },
    'report.added',
  );
}

/** What each button does, by its data attribute (the element handles print and copy itself). */
const ACTIONS: Record<string, (host: ReportHost, value: string) => unknown> = {
  add: addChannel,
  remove(host, id) {
    if (!host.report.channels.some((c) => c.id === id)) return;
    host.useReport(removeChannel(host.report, id), 'report.removed');
    host.querySelector<HTMLElement>('[data-add]')!.focus();
  },
  import: (host) => importText(host, host.querySelector<HTMLTextAreaElement>('[data-csv]')!.value),
  template: (host) => downloadInputs(host, host.config.example, `monthly-report-template-${host.config.lang}.csv`),
  'export-inputs': (host) => downloadInputs(host, host.report, `monthly-report-${host.report.month}-numbers.csv`),
  'export-csv': (host) => exportFigures(host, false),
  'export-md': (host) => exportFigures(host, true),
  share,
  /** The example replaces the learner's report, so a report with work in it is only replaced when they agree. */
  example(host) {
    if (!isBlankReport(host.report) && !confirm(host.t('report.exampleConfirm'))) {
      return host.say(host.t('report.exampleKept'));
    }
    // A fresh copy: the report is edited in place, the config's example must stay as it came.
    host.useReport(readReport(host.config.example)!, 'report.exampleLoaded');
  },
  kpi: importKpiTargets,
};

export const runAction = (host: ReportHost, action: string, value = ''): unknown =>
  Object.hasOwn(ACTIONS, action) && ACTIONS[action]!(host, value);
