import type { AstroIntegration } from 'astro';

/**
 * Starlight's `t()` HTML-escapes the values it puts into a string (i18next's default), and Astro
 * escapes the result again when it renders it: a lesson title with an apostrophe became
 * "Navarra&#39;s" on screen and "ampersand hash 39" in screen readers. This middleware turns the
 * first escaping off for our own strings, which are only ever rendered as text.
 */
export function plainUiStrings(): AstroIntegration {
  return {
    name: 'smm-academy:plain-ui-strings',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // "post": after Starlight's middleware, which creates locals.t.
        addMiddleware({ entrypoint: new URL('./plain-ui-strings-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
