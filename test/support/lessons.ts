/** The course's lessons, in order: their file names under content/docs/course/. */
export const LESSON_SLUGS = [
  'role',
  'responsibilities',
  'neighbouring-roles',
  'the-work',
  'core-skills',
  'what-the-best-share',
  'relevance-resonance-significance',
  'how-to-become-one',
  'tools-of-the-trade',
  'capstone',
];
