import type { ChecklistOutline } from '../../src/lib/checklist/progress';

/** A small checklist: two sections, three steps; the export, share and element tests use it. */
export const OUTLINE: ChecklistOutline = {
  title: 'Your path',
  sections: [
    {
      id: 'training',
      title: 'Training',
      items: [
        { id: 'read-books', title: 'Read two books' },
        { id: 'join-groups', title: 'Join groups' },
      ],
    },
    { id: 'first-job', title: 'First job', items: [{ id: 'build-portfolio', title: 'Build a portfolio' }] },
  ],
};
