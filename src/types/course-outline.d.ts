declare module 'virtual:smm/course-outline' {
  /** The course's lessons in order (src/lib/course-outline.ts), read from their front matter at build time. */
  export const COURSE_OUTLINE: readonly import('../lib/course-outline').OutlineLesson[];
  /** The lessons' slugs, in the same order. */
  export const COURSE_SLUGS: readonly string[];
}
