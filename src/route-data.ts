import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** The addresses of every link inside a sidebar entry. */
function linksOf(entry: SidebarEntry): string[] {
  return entry.type === 'link' ? [entry.href] : entry.entries.flatMap(linksOf);
}

const holdsCurrent = (entry: SidebarEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);

/**
 * Previous and next stay within the top-level sidebar group of the page: the last lesson leads to
 * the final assessment, but the progress page does not lead on into the practice tools.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  addQuizToToc(route, context.locals.t);
  const group = route.sidebar.find(holdsCurrent);
  const inGroup = new Set(group ? linksOf(group) : []);
  const { prev, next } = route.pagination;
  route.pagination = {
    prev: prev && inGroup.has(prev.href) ? prev : undefined,
    next: next && inGroup.has(next.href) ? next : undefined,
  };
});

/**
 * The quiz is rendered by a component, not written as a Markdown heading, so Starlight's "On this
 * page" would leave it out; it is often what a returning learner looks for.
 */
function addQuizToToc(route: StarlightRouteData, t: App.Locals['t']) {
  const slug = route.entry.id.split('/').pop()!;
  const isFinal = slug === 'final-assessment';
  if (!route.toc || (!route.entry.data.lesson && !isFinal)) return;
  const quizId = isFinal ? 'final' : slug;
  route.toc.items.push({
    depth: 2,
    slug: `${quizId}-quiz-heading`,
    text: t(isFinal ? 'final.heading' : 'quiz.heading'),
    children: [],
  });
}
