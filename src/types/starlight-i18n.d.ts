// Types Astro.locals.t with our keys, the way Starlight documents it: a key missing from
// content/i18n/en.json is a type error in every component.
declare namespace StarlightApp {
  type UiStrings = typeof import('../../content/i18n/en.json');
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging is the API
  interface I18n extends UiStrings {}
}
