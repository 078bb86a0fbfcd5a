/**
 * The read-only share link of a monthly report, in the site's share-link envelope (url-state.ts):
 * the report's month and the month before, the channels, the basis, the all-channel targets and
 * the story. Numbers travel as arrays in FIELDS order, so a three-channel report fits a link.
 */
import { decodeState, encodeState, MAX_STATE_LENGTH, type Decoded } from '../url-state';
import { ALL, FIELDS, previousMonth, readReport, STORY_PARTS, type Inputs, type ReportState } from './model';

export const SHARE_KIND = 'report';
export const SHARE_VERSION = 1;

const toArray = (inputs: Inputs | undefined): (number | null)[] => {
  const values = FIELDS.map((field) => inputs?.[field] ?? null);
  while (values.length && values[values.length - 1] === null) values.pop();
  return values;
};

const fromArray = (values: unknown): Inputs =>
  Array.isArray(values) ? Object.fromEntries(FIELDS.map((field, i) => [field, values[i] as number])) : {};

/** The link's hash (without "#"), or undefined when it would be longer than a link may be. */
export function encodeReport(report: ReportState): string | undefined {
  const [current, previous] = [report.month, previousMonth(report.month)];
  const data = {
    m: report.month,
    b: report.basis,
    c: report.channels.map((c) => [
      c.kind,
      c.name,
      toArray(report.months[current]?.[c.id]),
      toArray(report.months[previous]?.[c.id]),
    ]),
    t: report.targets[ALL] ?? {},
    s: STORY_PARTS.map((part) => report.story[part]),
  };
  const hash = encodeState(SHARE_KIND, SHARE_VERSION, data);
  return hash.length <= MAX_STATE_LENGTH ? hash : undefined;
}

/** Turns a link's data back into a report; readReport drops anything that does not fit. */
function validate(data: unknown): ReportState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { m, b, c, t, s } = data as Record<string, unknown>;
  if (typeof m !== 'string' || !Array.isArray(c)) return undefined;
  const previous = previousMonth(m);
  const channels = c.filter(Array.isArray).map((item, i) => ({ id: `c${i + 1}`, kind: item[0], name: item[1] }));
  const months = { [m]: {} as Record<string, Inputs>, [previous]: {} as Record<string, Inputs> };
  c.filter(Array.isArray).forEach((item, i) => {
    months[m]![`c${i + 1}`] = fromArray(item[2]);
    months[previous]![`c${i + 1}`] = fromArray(item[3]);
  });
  const story = Array.isArray(s) ? Object.fromEntries(STORY_PARTS.map((part, i) => [part, s[i]])) : {};
  return readReport({ v: 1, month: m, basis: b, channels, months, targets: { [ALL]: t }, story });
}

export const decodeReport = (hash: string): Decoded<ReportState> =>
  decodeState(hash, SHARE_KIND, SHARE_VERSION, validate);
