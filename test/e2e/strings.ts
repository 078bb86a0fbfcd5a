import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fillTemplate } from '../../src/lib/format';

/** A locale's UI strings, filled like the site fills them: tests read text the way learners do. */
export function strings(lang: 'en' | 'bg') {
  const all = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../content/i18n/${lang}.json`), 'utf8'),
  ) as Record<string, string>;
  return (key: string, values: Record<string, string | number> = {}) => {
    if (!(key in all)) throw new Error(`no string ${key} in ${lang}.json`);
    return fillTemplate(all[key]!, values);
  };
}
