import { describe, expect, it } from 'vitest';
import {
  calculateKpi,
  findKpi,
  KPI_IDS,
  KPIS,
  measureProgress,
  parseNumberText,
  readCalculatorInput,
  readKpiValue,
  roundProgress,
  type KpiId,
  type NumberResult,
} from '../../src/lib/workbench/kpi';
import {
  buildKpiCsv,
  describeProgress,
  emptyPlan,
  parseKpiPlan,
  readKpiEntry,
  type KpiCsvLabels,
} from '../../src/lib/workbench/kpi-plan';

const ok = (value: number): NumberResult => ({ ok: true, value });
const fail = (error: string) => ({ ok: false, error });

describe('parseNumberText', () => {
  it.each([
    ['42', 'en', ok(42)],
    ['  42  ', 'bg', ok(42)],
    ['3.5', 'en', ok(3.5)],
    ['3.5', 'bg', ok(3.5)],
    ['3,5', 'bg', ok(3.5)],
    ['1 234,5', 'bg', ok(1234.5)],
    ['1\u00a0234\u00a0567', 'bg', ok(1234567)],
    ['1.234,5', 'bg', ok(1234.5)],
    ['1,234.5', 'en', ok(1234.5)],
    ['1,234,567', 'en', ok(1234567)],
    ['2,5', 'en', ok(2.5)],
    ['2%', 'en', ok(2)],
    ['3,5 %', 'bg', ok(3.5)],
    ['-12', 'en', ok(-12)],
    ['\u221212', 'en', ok(-12)],
    ['+7', 'en', ok(7)],
    ['.5', 'en', ok(0.5)],
    ['-0', 'en', ok(0)],
    ['', 'en', fail('empty')],
    ['   ', 'bg', fail('empty')],
    ['abc', 'en', fail('not-a-number')],
    ['12abc', 'en', fail('not-a-number')],
    ['1,234.5', 'bg', fail('not-a-number')],
    ['1.2.3', 'en', fail('not-a-number')],
    ['1e5', 'en', fail('not-a-number')],
    ['Infinity', 'en', fail('not-a-number')],
    ['-', 'en', fail('not-a-number')],
    ['9'.repeat(31), 'en', fail('not-a-number')],
    ['9'.repeat(400), 'en', fail('not-a-number')],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parseNumberText(text, lang)).toEqual(expected);
  });
});

describe('readKpiValue checks the range each KPI allows', () => {
  it.each<[KpiId, string, NumberResult | ReturnType<typeof fail>]>([
    ['reach', '1500', ok(1500)],
    ['reach', '-1', fail('negative')],
    ['reach', '2000000000000', fail('out-of-range')],
    ['engagement-rate', '3,5', ok(3.5)],
    ['engagement-rate', '140', ok(140)],
    ['engagement-rate', '1001', fail('out-of-range')],
    ['click-through-rate', '101', fail('out-of-range')],
    ['click-through-rate', '-2', fail('negative')],
    ['follower-growth', '-20', ok(-20)],
    ['follower-growth', '-101', fail('out-of-range')],
    ['response-time', '90', ok(90)],
    ['response-time', '-5', fail('negative')],
    ['sentiment', '-40', ok(-40)],
    ['sentiment', '120', fail('out-of-range')],
    ['conversions', 'lots', fail('not-a-number')],
  ])('%s %j → %j', (id, text, expected) => {
    expect(readKpiValue(findKpi(id), text, 'bg')).toEqual(expected);
  });
});

describe('readCalculatorInput', () => {
  it.each([
    ['engagements', '120', ok(120)],
    ['engagements', '12.5', fail('not-whole')],
    ['totalMinutes', '12.5', ok(12.5)],
    ['reach', '-3', fail('negative')],
    ['reach', 'x', fail('not-a-number')],
  ] as const)('%s %j → %j', (input, text, expected) => {
    expect(readCalculatorInput(input, text, 'en')).toEqual(expected);
  });
});

describe('formula helpers', () => {
  it.each<[KpiId, number[], NumberResult | ReturnType<typeof fail>]>([
    ['engagement-rate', [45, 1500], ok(3)],
    ['engagement-rate', [0, 1500], ok(0)],
    ['engagement-rate', [45, 0], fail('zero-denominator')],
    ['click-through-rate', [20, 1000], ok(2)],
    ['click-through-rate', [1, 0], fail('zero-denominator')],
    ['follower-growth', [800, 1000], ok(25)],
    ['follower-growth', [1000, 800], ok(-20)],
    ['follower-growth', [0, 50], fail('zero-denominator')],
    ['response-time', [600, 5], ok(120)],
    ['response-time', [10, 0], fail('zero-denominator')],
    ['sentiment', [60, 30, 10], ok(50)],
    ['sentiment', [10, 0, 30], ok(-50)],
    ['sentiment', [0, 0, 0], fail('zero-denominator')],
    ['reach', [1, 2], fail('not-a-number')],
  ])('%s of %j → %j', (id, values, expected) => {
    expect(calculateKpi(id, values)).toEqual(expected);
  });

  it('every KPI with a helper names as many inputs as its formula takes', () => {
    for (const kpi of KPIS) {
      if (kpi.inputs.length === 0) continue;
      expect(
        calculateKpi(
          kpi.id,
          kpi.inputs.map(() => 1),
        ).ok,
        kpi.id,
      ).toBe(true);
    }
    expect(KPIS.map((k) => k.id)).toEqual([...KPI_IDS]);
  });
});

describe('measureProgress', () => {
  it.each([
    // baseline, target, result, better → kind, percent, bar, reached
    [2, 3.5, 2.75, 'higher', { kind: 'progress', percent: 50, bar: 50, reached: false, direction: 'up' }],
    [2, 3.5, 3.5, 'higher', { kind: 'progress', percent: 100, bar: 100, reached: true, direction: 'up' }],
    [2, 4, 5, 'higher', { kind: 'progress', percent: 150, bar: 100, reached: true, direction: 'up' }],
    [2, 4, 1, 'higher', { kind: 'progress', percent: -50, bar: 0, reached: false, direction: 'up' }],
    // Response time: the target is below the baseline.
    [240, 120, 180, 'lower', { kind: 'progress', percent: 50, bar: 50, reached: false, direction: 'down' }],
    [240, 120, 90, 'lower', { kind: 'progress', percent: 125, bar: 100, reached: true, direction: 'down' }],
    [240, 120, 300, 'lower', { kind: 'progress', percent: -50, bar: 0, reached: false, direction: 'down' }],
    [0, 40, 10, 'higher', { kind: 'progress', percent: 25, bar: 25, reached: false, direction: 'up' }],
    [-20, 20, 0, 'higher', { kind: 'progress', percent: 50, bar: 50, reached: false, direction: 'up' }],
    // Target equal to the baseline: no distance to divide by.
    [5, 5, 5, 'higher', { kind: 'same', reached: true }],
    [5, 5, 4, 'higher', { kind: 'same', reached: false }],
    [60, 60, 50, 'lower', { kind: 'same', reached: true }],
    [60, 60, 70, 'lower', { kind: 'same', reached: false }],
    [0, 0, 0, 'higher', { kind: 'same', reached: true }],
  ] as const)('baseline %d, target %d, result %d (%s better)', (baseline, target, result, better, expected) => {
    expect(measureProgress(baseline, target, result, better)).toEqual(expected);
  });

  it.each([
    [0, 0],
    [-0.4, 0],
    [49.5, 50],
    [99.4, 99],
    [99.6, 99],
    [100, 100],
    [100.4, 100],
    [-12.6, -13],
  ])('roundProgress(%d) → %d', (percent, expected) => {
    expect(roundProgress(percent)).toBe(expected);
  });
});

describe('stored KPI plan', () => {
  it('reads a valid plan back', () => {
    const stored = {
      v: 1,
      goal: 'More bookings',
      chosen: ['reach', 'response-time'],
      entries: { reach: { baseline: '1000', target: '2000', result: '1500', deadline: '2025-06-30' } },
    };
    expect(parseKpiPlan(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{"v":1,'],
    ['an array', '[1,2]'],
    ['a future version', '{"v":2,"chosen":["reach"]}'],
    ['a string', '"v1"'],
  ])('gives an empty plan when the stored value is %s', (_name, stored) => {
    expect(parseKpiPlan(stored)).toEqual(emptyPlan());
  });

  it('drops what does not fit and keeps the rest', () => {
    const stored = JSON.stringify({
      v: 1,
      goal: 'x'.repeat(301),
      chosen: ['reach', 'likes', 42, 'reach', '__proto__'],
      entries: {
        reach: { baseline: 5, target: 'y'.repeat(41), result: '10', deadline: '2025-02-30' },
        likes: { baseline: '1' },
        sentiment: 'oops',
        proto: { baseline: '1' },
      },
    }).replace('"proto"', '"__proto__"');
    expect(parseKpiPlan(stored)).toEqual({
      v: 1,
      goal: '',
      chosen: ['reach'],
      entries: { reach: { baseline: '', target: '', result: '10', deadline: '' } },
    });
  });
});

describe('readKpiEntry and describeProgress', () => {
  it.each([
    ['reach', { baseline: '1000', target: '2000', result: '1500' }, { status: 'on-the-way', percent: 50 }],
    ['response-time', { baseline: '240', target: '120', result: '100' }, { status: 'reached', percent: 117 }],
    ['engagement-rate', { baseline: '2', target: '3,5', result: '1' }, { status: 'backwards', percent: -67 }],
    ['reach', { baseline: '10', target: '10', result: '12' }, { status: 'same-reached' }],
    ['response-time', { baseline: '10', target: '10', result: '12' }, { status: 'same-not-reached' }],
  ] as const)('%s %j → %j', (id, values, expected) => {
    const reading = readKpiEntry(id, { ...values, deadline: '' }, 'bg');
    expect(describeProgress(reading.progress!)).toEqual(expected);
  });

  it('gives no progress while a value is missing or wrong', () => {
    expect(readKpiEntry('reach', undefined, 'en').progress).toBeUndefined();
    const reading = readKpiEntry('reach', { baseline: '1', target: 'x', result: '2', deadline: '' }, 'en');
    expect(reading.progress).toBeUndefined();
    expect(reading.values.target).toEqual(fail('not-a-number'));
  });
});

describe('buildKpiCsv', () => {
  const labels: KpiCsvLabels = {
    header: ['KPI', 'Unit', 'Baseline', 'Target', 'Result', 'Progress (%)', 'Status', 'Deadline', 'Goal'],
    names: Object.fromEntries(KPI_IDS.map((id) => [id, `name ${id}`])) as KpiCsvLabels['names'],
    units: { count: 'number', percent: '%', minutes: 'minutes', score: 'score' },
    statuses: {
      reached: 'reached',
      'on-the-way': 'on the way',
      backwards: 'going backwards',
      'same-reached': 'same, met',
      'same-not-reached': 'same, not met',
    },
  };

  it('writes one row per chosen KPI, numbers plain, wrong values empty', () => {
    const csv = buildKpiCsv(
      {
        v: 1,
        goal: 'Bookings, not likes',
        chosen: ['engagement-rate', 'reach'],
        entries: {
          'engagement-rate': { baseline: '2', target: '3,5', result: '2,75', deadline: '2025-06-30' },
          reach: { baseline: '1 000', target: 'lots', result: '', deadline: '' },
          sentiment: { baseline: '1', target: '2', result: '3', deadline: '' },
        },
      },
      'bg',
      labels,
    );
    // Bulgarian: ";" between columns and a decimal comma, so Excel in Bulgarian opens columns and numbers.
    expect(csv).toBe(
      'KPI;Unit;Baseline;Target;Result;Progress (%);Status;Deadline;Goal\r\n' +
        'name engagement-rate;%;2;3,5;2,75;50;on the way;2025-06-30;Bookings, not likes\r\n' +
        'name reach;number;1000;;;;;;Bookings, not likes\r\n',
    );
  });

  it.each([
    ['en', 'name sentiment,score,-33,10,-20.5,29,on the way,,\r\n'],
    ['bg', 'name sentiment;score;-33;10;-20,5;29;on the way;;\r\n'],
  ])('writes negative numbers as numbers, not as defused text (%s)', (lang, row) => {
    const plan = {
      v: 1 as const,
      goal: '',
      chosen: ['sentiment' as const],
      entries: {
        sentiment: { baseline: '-33', target: '10', result: lang === 'bg' ? '-20,5' : '-20.5', deadline: '' },
      },
    };
    const csv = buildKpiCsv(plan, lang, labels);
    expect(csv.split('\r\n')[1] + '\r\n').toBe(row);
    expect(csv).not.toContain("'-");
  });
});
