/** The UI string of each lesson status, shared by the lesson header and the progress page. */
import type { LessonStatus } from '../../lib/progress/lessons';
import type { UiKeyWith } from '../../lib/ui-strings';

export const STATUS_KEYS = {
  'not-started': 'progress.status.notStarted',
  'in-progress': 'progress.status.inProgress',
  completed: 'progress.status.completed',
} as const satisfies Record<LessonStatus, UiKeyWith<'progress.'>>;
