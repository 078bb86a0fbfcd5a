/** The UI strings each hiring-kit widget asks ElementConfig for: its own and the scorecard's it shares. */
import type { UiKeyGroup } from '../../lib/ui-strings';

const SHARED: UiKeyGroup[] = ['scorecard.error.', 'scorecard.link.', 'scorecard.print'];

export const GUIDE_STRINGS: UiKeyGroup[] = [
  'hiring.guide.',
  ...SHARED,
  'scorecard.scale.',
  'scorecard.group.custom',
  'scorecard.sheet.scale',
];
export const JOB_STRINGS: UiKeyGroup[] = ['hiring.job.', ...SHARED];
export const TASK_STRINGS: UiKeyGroup[] = ['hiring.task.', ...SHARED];
