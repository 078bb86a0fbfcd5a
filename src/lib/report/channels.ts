/**
 * Adding and removing channels: used on request only, so kept apart from the model the page loads
 * first.
 */
import type { Channel, ReportState } from './model';

/** A new channel's id: one more than the highest in use. */
export function nextChannelId(channels: readonly Channel[]): string {
  return `c${Math.max(0, ...channels.map((c) => Number(c.id.slice(1)))) + 1}`;
}

/** The report without a channel: its numbers and targets go with it. */
export function removeChannel(report: ReportState, id: string): ReportState {
  const months: ReportState['months'] = {};
  for (const [month, byChannel] of Object.entries(report.months)) {
    const rest = { ...byChannel };
    delete rest[id];
    if (Object.keys(rest).length) months[month] = rest;
  }
  const targets = { ...report.targets };
  delete targets[id];
  return { ...report, channels: report.channels.filter((c) => c.id !== id), months, targets };
}
