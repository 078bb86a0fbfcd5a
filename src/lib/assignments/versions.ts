/**
 * Versions of an assignment. Editing an assignment (a later due date, another pass mark…) gives it
 * a new id, so one class can send reports for two versions of it. Versions share a title, and the
 * newest is the one with the latest due date. The instructor may merge them: the class then counts
 * every version as the newest, whose due date and pass mark apply to every report.
 */
import type { Report } from './report';
import type { AssignmentSummary } from './summary';

/** Which reports make up the class, and which assignment judges them. */
export interface ClassScope {
  /** The assignment the page shows: the first report's, or the newest version merged with it. */
  reference: AssignmentSummary;
  /** Ids of the assignments counted as the class: the first report's and the versions merged with it. */
  members: ReadonlySet<string>;
}

export interface Version {
  assignment: AssignmentSummary;
  /** How many loaded reports are for this version. */
  reports: number;
}

/** Titles compared as people read them: case and spacing do not make another assignment. */
const titleKey = (title: string): string => title.toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * The versions of the first report's assignment among the loaded reports, oldest first (no due
 * date counts as the oldest; equal due dates keep the order of loading). Empty when there is one.
 */
export function findVersions(reports: readonly Report[]): Version[] {
  const first = reports[0]?.assignment;
  if (!first) return [];
  const versions = new Map<string, Version>();
  for (const { assignment } of reports) {
    if (titleKey(assignment.title) !== titleKey(first.title)) continue;
    const version = versions.get(assignment.id);
    if (version) version.reports++;
    else versions.set(assignment.id, { assignment, reports: 1 });
  }
  const sorted = [...versions.values()].sort((a, b) => (a.assignment.due ?? '').localeCompare(b.assignment.due ?? ''));
  return sorted.length > 1 ? sorted : [];
}

/**
 * The class the loaded reports make, given the ids the instructor merged (from findVersions, kept
 * by the page). Merged ids that are not versions of the first report's assignment are ignored.
 */
export function classScope(reports: readonly Report[], merged: readonly string[]): ClassScope | undefined {
  const first = reports[0]?.assignment;
  if (!first) return undefined;
  const versions = findVersions(reports).filter((version) => merged.includes(version.assignment.id));
  if (versions.length < 2 || !merged.includes(first.id)) return { reference: first, members: new Set([first.id]) };
  return {
    reference: versions[versions.length - 1]!.assignment,
    members: new Set(versions.map((version) => version.assignment.id)),
  };
}
