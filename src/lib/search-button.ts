/**
 * Starlight's search button names itself with aria-label="Search" while it shows "Search Ctrl K",
 * which fails WCAG 2.5.3 (label in name). This rewrites its markup so the name comes from the
 * visible text: the aria-label goes, and the "Search" text becomes readable by assistive tech,
 * visually hidden on small screens instead of removed (see .smm-search-label in custom.css).
 */
export function nameSearchButtonByItsText(html: string): string {
  return html.replace(/<button data-open-modal[^>]*>[\s\S]*?<\/button>/, (button) =>
    button
      .replace(/^(<button[^>]*?)\s+aria-label="[^"]*"/, '$1')
      .replace(/<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, '<span class="smm-search-label$1">'),
  );
}
