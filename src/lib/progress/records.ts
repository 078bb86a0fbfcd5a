/** The personal-project checklist as the progress page reads it (format owned by src/lib/checklist/). */
import { parseChecklistState, type ChecklistState } from '../checklist/state';

export type { ChecklistState };

/** The stored checklist, or an empty one when missing or corrupt. Never throws. */
export const parseChecklist = (text: string | null): ChecklistState => parseChecklistState(text);

/** How many of the checklist's items (ids from the content file) are done; unknown ids are ignored. */
export function countChecklistDone(state: ChecklistState, itemIds: readonly string[]): number {
  return itemIds.filter((id) => Object.hasOwn(state.items, id) && state.items[id]!.done).length;
}
