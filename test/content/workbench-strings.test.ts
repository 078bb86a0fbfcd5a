import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, PLATFORMS, STATUSES } from '../../src/lib/workbench/calendar';
import { KPIS } from '../../src/lib/workbench/kpi';
import { KPI_FIELDS } from '../../src/lib/workbench/kpi-plan';
import { CONTENT } from '../support/content';

/** Keys the KPI plan and editorial calendar build from ids; a missing one would show as the raw key. */
const KEYS = [
  ...KPIS.flatMap((kpi) => [
    `kpi.${kpi.id}.name`,
    `kpi.${kpi.id}.definition`,
    `kpi.${kpi.id}.formula`,
    `kpi.unit.${kpi.unit}`,
    `kpi.better.${kpi.better}`,
    ...kpi.inputs.map((input) => `kpi.input.${input}`),
    ...(kpi.inputs.length > 0 ? [`kpi.calculated.${kpi.unit}`] : []),
  ]),
  ...KPI_FIELDS.map((field) => `kpi.${field}`),
  ...['empty', 'not-a-number', 'negative', 'out-of-range', 'not-whole', 'zero-denominator'].map((e) => `kpi.error.${e}`),
  ...['reached', 'on-the-way', 'backwards', 'same-reached', 'same-not-reached'].flatMap((s) => [
    `kpi.status.${s}`,
    `kpi.short.${s}`,
  ]),
  ...['kpi', 'unit', 'baseline', 'target', 'result', 'progress', 'status', 'deadline', 'goal'].map((c) => `kpi.col.${c}`),
  ...PLATFORMS.map((id) => `calendar.platform.${id}`),
  ...FORMATS.map((id) => `calendar.format.${id}`),
  ...STATUSES.map((id) => `calendar.status.${id}`),
  ...['date', 'time', 'platform', 'format', 'topic', 'owner', 'status'].flatMap((f) => [
    `calendar.field.${f}`,
    `calendar.col.${f}`,
  ]),
  'calendar.col.channel',
  'calendar.col.actions',
  ...['date-missing', 'date-invalid', 'date-range', 'time-invalid', 'topic-missing', 'too-long', 'invalid-choice'].map(
    (e) => `calendar.error.${e}`,
  ),
];

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe.each(['en', 'bg'])('worksheet strings (%s)', (lang) => {
  const strings = read(lang);
  it('has every key built from an id', () => {
    expect(KEYS.filter((key) => !strings[key]?.trim())).toEqual([]);
  });
  it('has no key that is also the start of another, which i18next would read as nesting', () => {
    const ours = Object.keys(strings).filter((k) => k.startsWith('kpi.') || k.startsWith('calendar.'));
    expect(ours.filter((key) => ours.some((other) => other.startsWith(`${key}.`)))).toEqual([]);
  });
});
