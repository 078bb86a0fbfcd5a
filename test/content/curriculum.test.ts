import { describe, expect, it } from 'vitest';
import { LANGS, readDoc } from '../support/content';
import { CURRICULUM } from './curriculum';

describe.each(Object.entries(CURRICULUM))('curriculum: %s', (_group, { lesson, ...terms }) => {
  it.each(LANGS)('is taught in %s', (lang) => {
    const { data, body } = readDoc(lang, `course/${lesson}.mdx`);
    const text = `${String(data.title)}\n${String(data.description)}\n${body}`;
    const missing = terms[lang].filter((pattern) => !new RegExp(pattern, 'iu').test(text));
    expect(missing).toEqual([]);
  });
});
