/** Where the home page's start button leads (src/scripts/progress/continue-element.ts). */
import { getLessonStatus, type LessonProgress } from './lessons';

/** Where the home page sends a learner: the start for a new one, else the first lesson not completed. */
export type ContinuePoint = { kind: 'start' } | { kind: 'lesson'; slug: string } | { kind: 'done' };

/** A learner who has opened any lesson of the course is returning; others start at the beginning. */
export function findContinuePoint(slugs: readonly string[], lessons: LessonProgress): ContinuePoint {
  const entry = (slug: string) => (Object.hasOwn(lessons, slug) ? lessons[slug] : undefined);
  if (!slugs.some((slug) => entry(slug))) return { kind: 'start' };
  const next = slugs.find((slug) => getLessonStatus(entry(slug)) !== 'completed');
  return next ? { kind: 'lesson', slug: next } : { kind: 'done' };
}
