/**
 * Our UI strings, typed from content/i18n/en.json as Starlight types its own (see
 * src/types/starlight-i18n.d.ts): a key that en.json lacks is a type error, on the server and in
 * the widgets alike. Pure: the widgets get the strings they need in their config block.
 */
import type en from '../../content/i18n/en.json';
import { fillTemplate } from './format';

/** Every key of our own UI strings. */
export type UiKey = keyof typeof en;

/** The keys that start with a prefix, e.g. UiKeyWith<'swot.'>. */
export type UiKeyWith<P extends string> = Extract<UiKey, `${P}${string}`>;

/** A group of keys a widget asks for: a whole prefix ending in "." or one key. */
export type UiKeyGroup = `${string}.` | UiKey;

/** Values for {{placeholders}}. */
export type TemplateValues = Record<string, string | number>;

/** Looks a key up and fills its placeholders. */
export type Translate<K extends string = UiKey> = (key: K, values?: TemplateValues) => string;

/** The subset of strings a widget receives, keyed by full key. */
export type UiStrings = Partial<Record<UiKey, string>>;

/**
 * A translator over a widget's strings. A key the server did not send shows as the key itself,
 * which a test of that widget catches; it never throws.
 */
export function createTranslator<K extends UiKey = UiKey>(strings: UiStrings): Translate<K> {
  return (key, values = {}) => fillTemplate(strings[key] ?? key, values);
}

/** The strings of the given groups, taken from all of a locale's strings (prefix groups end in "."). */
export function pickStrings(all: Record<string, string>, groups: readonly UiKeyGroup[]): UiStrings {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (groups.some((group) => (group.endsWith('.') ? key.startsWith(group) : key === group))) picked[key] = value;
  }
  return picked as UiStrings;
}
