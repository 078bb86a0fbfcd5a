import { getItem, type ChecklistState } from './state';

/** The parts of a checklist (content/checklists/<lang>/<id>.yaml) that progress and exports need. */
export interface ChecklistOutline {
  title: string;
  sections: readonly { id: string; title: string; items: readonly { id: string; title: string }[] }[];
}

export interface Progress {
  done: number;
  total: number;
}

export interface ChecklistProgress extends Progress {
  sections: (Progress & { id: string })[];
}

/** Every item id of a checklist, in order. */
export const listItemIds = (outline: ChecklistOutline): string[] =>
  outline.sections.flatMap((section) => section.items.map((item) => item.id));

/** How many steps are done, overall and per section. Ids that the checklist lacks do not count. */
export function summariseChecklist(outline: ChecklistOutline, state: ChecklistState): ChecklistProgress {
  const sections = outline.sections.map((section) => ({
    id: section.id,
    done: section.items.filter((item) => getItem(state, item.id).done).length,
    total: section.items.length,
  }));
  return {
    done: sections.reduce((sum, s) => sum + s.done, 0),
    total: sections.reduce((sum, s) => sum + s.total, 0),
    sections,
  };
}

/** How many of the given steps are done, when only their ids are known (the progress page). */
export const countDone = (state: ChecklistState, itemIds: readonly string[]): number =>
  itemIds.filter((id) => getItem(state, id).done).length;
