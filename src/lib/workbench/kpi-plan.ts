/**
 * The KPI plan a learner keeps on the device (STORAGE_KEYS.kpiPlan): which KPIs they chose and, for each,
 * the baseline, target and result exactly as typed, so that nothing is lost while a value is still
 * wrong. Reading never throws: anything that does not fit is dropped.
 */
import { toCsv } from '../csv';
import {
  findKpi,
  isKpiId,
  measureProgress,
  readKpiValue,
  roundProgress,
  type KpiId,
  type KpiUnit,
  type NumberResult,
  type Progress,
} from './kpi';
import { isCalendarDate, isRecord } from '../guards';

/** Longest goal kept; a goal is a sentence, not an essay. */
export const MAX_GOAL_LENGTH = 300;
/** Longest typed value kept (inputs allow 30 characters). */
const MAX_VALUE_LENGTH = 40;

export const KPI_FIELDS = ['baseline', 'target', 'result'] as const;
export type KpiField = (typeof KPI_FIELDS)[number];

export interface KpiEntry {
  baseline: string;
  target: string;
  result: string;
  /** Date the target is due, YYYY-MM-DD, or empty. */
  deadline: string;
}

export interface KpiPlan {
  v: 1;
  /** The goal the KPIs serve, in the learner's words. */
  goal: string;
  /** Chosen KPIs, in catalogue order. */
  chosen: KpiId[];
  /** Typed values per KPI; kept when a KPI is unticked, so ticking it again restores them. */
  entries: Partial<Record<KpiId, KpiEntry>>;
}

export const emptyPlan = (): KpiPlan => ({ v: 1, goal: '', chosen: [], entries: {} });
export const emptyEntry = (): KpiEntry => ({ baseline: '', target: '', result: '', deadline: '' });

const text = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max ? value : '');

/** Reads a stored plan; missing, corrupt or future-version data gives an empty plan. */
export function parseKpiPlan(stored: string | null): KpiPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? '');
  } catch {
    return emptyPlan();
  }
  if (!isRecord(raw) || raw.v !== 1) return emptyPlan();
  const plan = emptyPlan();
  plan.goal = text(raw.goal, MAX_GOAL_LENGTH);
  const chosen = Array.isArray(raw.chosen) ? raw.chosen.filter(isKpiId) : [];
  plan.chosen = [...new Set(chosen)];
  if (isRecord(raw.entries)) {
    for (const [id, value] of Object.entries(raw.entries)) {
      if (!isKpiId(id) || !isRecord(value)) continue;
      const deadline = text(value.deadline, 10);
      plan.entries[id] = {
        baseline: text(value.baseline, MAX_VALUE_LENGTH),
        target: text(value.target, MAX_VALUE_LENGTH),
        result: text(value.result, MAX_VALUE_LENGTH),
        deadline: isCalendarDate(deadline) ? deadline : '',
      };
    }
  }
  return plan;
}

/** A KPI's typed values read as numbers, and its progress once all three are valid. */
export interface KpiReading {
  values: Record<KpiField, NumberResult>;
  progress?: Progress;
}

export function readKpiEntry(id: KpiId, entry: KpiEntry | undefined, lang: string): KpiReading {
  const kpi = findKpi(id);
  const e = entry ?? emptyEntry();
  const values = {
    baseline: readKpiValue(kpi, e.baseline, lang),
    target: readKpiValue(kpi, e.target, lang),
    result: readKpiValue(kpi, e.result, lang),
  };
  const { baseline, target, result } = values;
  const progress =
    baseline.ok && target.ok && result.ok
      ? measureProgress(baseline.value, target.value, result.value, kpi.better)
      : undefined;
  return { values, progress };
}

/** Which translated phrase describes a progress (`kpi.status.<code>` and `kpi.short.<code>`). */
export const PROGRESS_STATUSES = ['reached', 'on-the-way', 'backwards', 'same-reached', 'same-not-reached'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export function describeProgress(progress: Progress): { status: ProgressStatus; percent?: number } {
  if (progress.kind === 'same') return { status: progress.reached ? 'same-reached' : 'same-not-reached' };
  const percent = roundProgress(progress.percent);
  return { status: progress.reached ? 'reached' : progress.percent < 0 ? 'backwards' : 'on-the-way', percent };
}

export interface KpiCsvLabels {
  header: readonly string[];
  names: Record<KpiId, string>;
  units: Record<KpiUnit, string>;
  statuses: Record<ProgressStatus, string>;
}

/**
 * The chosen KPIs as CSV: KPI, unit, baseline, target, result, progress %, status, deadline, goal,
 * in the page's language (`lang` reads the typed values and sets the CSV dialect). Numbers go to
 * toCsv as numbers, so that they stay numbers in a spreadsheet, negative ones included; wrong
 * values stay empty.
 */
export function buildKpiCsv(plan: KpiPlan, lang: string, labels: KpiCsvLabels): string {
  const rows = plan.chosen.map((id) => {
    const reading = readKpiEntry(id, plan.entries[id], lang);
    const number = (field: KpiField) => {
      const value = reading.values[field];
      return value.ok ? Number(value.value.toFixed(4)) : '';
    };
    const described = reading.progress && describeProgress(reading.progress);
    return [
      labels.names[id],
      labels.units[findKpi(id).unit],
      number('baseline'),
      number('target'),
      number('result'),
      described?.percent ?? '',
      described ? labels.statuses[described.status] : '',
      plan.entries[id]?.deadline ?? '',
      plan.goal,
    ];
  });
  return toCsv(labels.header, rows, lang);
}
