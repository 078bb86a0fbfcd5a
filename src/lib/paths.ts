/** The site's languages. English is served at the root, Bulgarian under /bg/. */
export const LANGS = ['en', 'bg'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps Starlight's route locale (undefined for the root locale) to a language code. */
export function toLang(locale: string | undefined): Lang {
  return locale === 'bg' ? 'bg' : 'en';
}

/** Builds a site-absolute path for a slug in a language, e.g. ("bg", "course/role") → "/bg/course/role/". */
export function localizePath(lang: Lang, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  const prefix = lang === 'en' ? '' : `/${lang}`;
  return clean ? `${prefix}/${clean}/` : `${prefix}/`;
}

/** Link to a term on the glossary page of a language. */
export function glossaryHref(locale: string | undefined, termId: string): string {
  return `${localizePath(toLang(locale), 'glossary')}#${termId}`;
}
