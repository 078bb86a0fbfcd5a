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
  const group = route.sidebar.find(holdsCurrent);
  const inGroup = new Set(group ? linksOf(group) : []);
  const { prev, next } = route.pagination;
  route.pagination = {
    prev: prev && inGroup.has(prev.href) ? prev : undefined,
    next: next && inGroup.has(next.href) ? next : undefined,
  };
});
