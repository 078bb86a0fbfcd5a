/**
 * The link a hiring manager sends a candidate: which work-sample task, and for which role. It
 * holds no marking guide – the candidate's page has none to show. Task ids come from
 * content/hiring/<lang>/work-samples.yaml, so one link reads in either language.
 */
import { isRecord } from '../guards';
import { decodeState, encodeState, type DecodeFailure } from '../url-state';
import { isCleanLine } from '../scorecard/text';

export const TASK_KIND = 'work-sample';
export const TASK_VERSION = 1;
/** As long as a scorecard's role (src/lib/scorecard/limits.ts), kept apart so the task pages load no scorecard code. */
export const MAX_TASK_ROLE_LENGTH = 60;

export interface TaskLink {
  task: string;
  /** The role the task is for; may be empty. */
  role: string;
}

/** A role is at most MAX_TASK_ROLE_LENGTH characters, so a task link is always far under the length limit. */
export const encodeTaskLink = (link: TaskLink): string =>
  encodeState(TASK_KIND, TASK_VERSION, { t: link.task, r: link.role });

export function decodeTaskLink(
  hash: string,
  taskIds: readonly string[],
): { ok: true; link: TaskLink } | { ok: false; reason: DecodeFailure } {
  const decoded = decodeState(hash, TASK_KIND, TASK_VERSION, (data) => {
    if (!isRecord(data) || typeof data.t !== 'string' || !taskIds.includes(data.t)) return undefined;
    return isCleanLine(data.r, MAX_TASK_ROLE_LENGTH) ? { task: data.t, role: data.r } : undefined;
  });
  return decoded.ok ? { ok: true, link: decoded.data } : decoded;
}
