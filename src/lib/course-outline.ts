/**
 * The course's lessons in order, grouped by module: the one list that the sidebar, the course
 * overview, the progress page, the assignment tools and the final assessment all follow. It is read
 * from the lessons' own front matter at build time (src/integrations/course-outline.ts), so adding a
 * lesson means adding its two files and nothing else. Pure: the reading happens elsewhere.
 */

export interface OutlineLesson {
  /** File name under content/docs/course/, the same in both locales. */
  slug: string;
  /** Module number (1: "The role", 2: "On the job"). */
  module: number;
  /** Position in the course (the front matter's sidebar.order). */
  order: number;
  /** Estimated minutes, from the front matter. */
  minutes: number;
}

/** What a lesson's front matter must say for it to take part in the outline. */
export interface LessonFrontMatter {
  slug: string;
  sidebar?: { order?: unknown };
  lesson?: { module?: unknown; minutes?: unknown };
}

/**
 * Orders the lessons and checks what the outline relies on; throws naming the file and field, so a
 * broken front matter fails the build with a clear message.
 */
export function buildOutline(pages: readonly LessonFrontMatter[]): OutlineLesson[] {
  const lessons = pages
    .filter((page) => page.lesson !== undefined)
    .map((page) => {
      const { slug } = page;
      const order = page.sidebar?.order;
      const module = page.lesson?.module;
      const minutes = page.lesson?.minutes;
      if (!Number.isInteger(order)) throw new Error(`course/${slug}.mdx: sidebar.order must be a whole number`);
      if (!Number.isInteger(module)) throw new Error(`course/${slug}.mdx: lesson.module must be a whole number`);
      if (!Number.isInteger(minutes)) throw new Error(`course/${slug}.mdx: lesson.minutes must be a whole number`);
      return { slug, order: order as number, module: module as number, minutes: minutes as number };
    })
    .sort((a, b) => a.order - b.order);
  lessons.forEach((lesson, index) => {
    const previous = lessons[index - 1];
    if (previous?.order === lesson.order) {
      throw new Error(`course/${lesson.slug}.mdx: sidebar.order ${lesson.order} is also used by ${previous.slug}`);
    }
    if (previous && previous.module > lesson.module) {
      throw new Error(
        `course/${lesson.slug}.mdx: module ${lesson.module} comes after a lesson of module ${previous.module}`,
      );
    }
  });
  return lessons;
}

/** The module numbers in course order. */
export const listModules = (outline: readonly OutlineLesson[]): number[] => [...new Set(outline.map((l) => l.module))];
