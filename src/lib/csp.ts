/**
 * Astro's security.csp hashes the scripts and styles it bundles, but not inline scripts written
 * by components (`is:inline`), such as Starlight's theme and search helpers and our storage guard.
 * These helpers add a hash for each of them to the page's own policy, so no 'unsafe-inline' is needed.
 */

/** Inline scripts that a browser runs: every <script> without src whose type is JavaScript. */
export function findInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs = '']) =>
        !/\ssrc\s*=/i.test(attrs) && !/\stype\s*=\s*"(?!module"|text\/javascript")[^"]*"/i.test(attrs),
    )
    .map((m) => m[2]!);
}

/**
 * Adds the given sources to the script-src directive of the page's CSP <meta>, once each, and
 * style-src 'unsafe-inline' (Starlight sets CSS variables in style attributes, which hashes
 * cannot allow). Returns the page unchanged when it has no policy.
 */
export function extendPolicy(html: string, scriptSources: readonly string[]): string {
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_match, start: string, policy: string, end: string) => {
      const directives = policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => d.split(/\s+/));
      const script =
        directives.find((d) => d[0] === 'script-src') ??
        (directives.push(['script-src', "'self'"]), directives.at(-1)!);
      for (const source of scriptSources) if (!script.includes(source)) script.push(source);
      const style = directives.find((d) => d[0] === 'style-src');
      // Browsers ignore 'unsafe-inline' next to hashes, so the style hashes go.
      if (style) style.splice(1, style.length - 1, "'self'", "'unsafe-inline'");
      return `${start}${directives.map((d) => d.join(' ')).join('; ')};${end}`;
    },
  );
}
