/**
 * The ready example: Zarno bakery's September and October, the fictional running case of module 2
 * (docs/running-case.md), with the numbers the analytics lesson works through.
 */
import { emptyReport, type ReportState } from './model';

export const EXAMPLE_MONTH = '2026-10';

export function exampleReport(): ReportState {
  const report = emptyReport(EXAMPLE_MONTH);
  report.months = {
    '2026-09': {
      c1: {
        followersStart: 4020,
        followersEnd: 4120,
        reach: 16900,
        impressions: 27300,
        interactions: 640,
        clicks: 350,
        conversions: 21,
      },
      c2: {
        followersStart: 2830,
        followersEnd: 2950,
        reach: 10800,
        impressions: 22600,
        interactions: 880,
        clicks: 150,
        conversions: 9,
      },
      c3: {
        followersStart: 410,
        followersEnd: 640,
        reach: 15200,
        impressions: 17900,
        interactions: 1020,
        clicks: 0,
        conversions: 0,
      },
    },
    '2026-10': {
      c1: {
        followersStart: 4120,
        followersEnd: 4210,
        reach: 18400,
        impressions: 31200,
        interactions: 690,
        clicks: 410,
        conversions: 24,
      },
      c2: {
        followersStart: 2950,
        followersEnd: 3140,
        reach: 12600,
        impressions: 27900,
        interactions: 1130,
        clicks: 180,
        conversions: 12,
      },
      c3: {
        followersStart: 640,
        followersEnd: 910,
        reach: 21500,
        impressions: 24800,
        interactions: 1480,
        clicks: 0,
        conversions: 0,
      },
    },
  };
  return report;
}
