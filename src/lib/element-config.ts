/**
 * A widget's configuration travels from the server to its element as JSON inside
 * <script type="application/json" data-config>. Pure, so the serialisation is unit-tested.
 */

/** What every widget's config carries; each widget adds its own data next to these. */
export interface ElementConfigBase {
  /** The page's language. */
  lang: 'en' | 'bg';
  /** The UI strings the widget uses (see pickStrings). */
  strings: Record<string, string>;
}

/**
 * JSON safe to put inside a <script> element: "<" is escaped so that no text can close the element
 * or open a comment, and U+2028/U+2029 so that older parsers treat the text as one line.
 */
export function serializeConfig(config: object): string {
  return JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
