import { describe, expect, it } from 'vitest';
import { glossaryHref, localizePath, toLang } from '../../src/lib/paths';

describe('paths', () => {
  it('maps Starlight locales to languages', () => {
    expect(toLang(undefined)).toBe('en');
    expect(toLang('bg')).toBe('bg');
  });
  it.each([
    ['en', 'course/role', '/course/role/'],
    ['bg', 'course/role', '/bg/course/role/'],
    ['en', '', '/'],
    ['bg', '/', '/bg/'],
    ['bg', '/glossary/', '/bg/glossary/'],
  ] as const)('localizes %s %s', (lang, slug, expected) => {
    expect(localizePath(lang, slug)).toBe(expected);
  });
  it('links glossary terms in the reader’s language', () => {
    expect(glossaryHref('bg', 'kpi')).toBe('/bg/glossary/#kpi');
    expect(glossaryHref(undefined, 'kpi')).toBe('/glossary/#kpi');
  });
});
