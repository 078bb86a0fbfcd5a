import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECK_ANSWERS,
  CHECK_QUESTIONS,
  OBJECT_TYPES,
  QUADRANTS,
  RRS_COLUMNS,
  SCORES,
  type ObjectError,
} from '../../src/lib/workbench/rrs';
import { SWOT_QUADRANTS, type EntryError } from '../../src/lib/workbench/swot';
import { CONTENT } from '../support/content';

const OBJECT_ERRORS: (ObjectError | 'limit')[] = [
  'name-empty',
  'name-too-long',
  'type-invalid',
  'date-invalid',
  'relevance-missing',
  'relevance-range',
  'resonance-missing',
  'resonance-range',
  'evidence-too-long',
  'limit',
];
const ENTRY_ERRORS: (EntryError | 'limit')[] = ['text-empty', 'text-too-long', 'action-too-long', 'limit'];

/** Keys the two worksheets build from ids; a missing one would show as the raw key. */
const KEYS = [
  ...OBJECT_TYPES.map((type) => `rrs.types.${type}`),
  ...['relevance', 'resonance'].flatMap((scale) => [
    `rrs.${scale}.legend`,
    `rrs.${scale}.hint`,
    ...SCORES.flatMap((score) => [`rrs.${scale}.${score}.label`, `rrs.${scale}.${score}.guide`]),
  ]),
  ...QUADRANTS.flatMap((q) => [`rrs.quadrant.${q}.name`, `rrs.quadrant.${q}.rule`, `rrs.quadrant.${q}.advice`]),
  ...CHECK_QUESTIONS.map((q) => `rrs.check.q.${q}`),
  ...CHECK_ANSWERS.map((a) => `rrs.answer.${a}`),
  ...[...RRS_COLUMNS, 'object', 'actions'].map((c) => `rrs.col.${c}`),
  ...OBJECT_ERRORS.map((e) => `rrs.error.${e}`),
  ...SWOT_QUADRANTS.flatMap((q) => [
    `swot.name.${q}`,
    `swot.kind.${q}`,
    `swot.new.${q}`,
    `swot.addTo.${q}`,
    ...[1, 2, 3, 4].map((n) => `swot.prompt.${q}.${n}`),
  ]),
  ...ENTRY_ERRORS.map((e) => `swot.error.${e}`),
];

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe.each(['en', 'bg'])('R + R = S and SWOT strings (%s)', (lang) => {
  const strings = read(lang);
  it('has every key built from an id', () => {
    expect(KEYS.filter((key) => !strings[key]?.trim())).toEqual([]);
  });
  it('has no key that is also the start of another, which i18next would read as nesting', () => {
    const ours = Object.keys(strings).filter((k) => k.startsWith('rrs.') || k.startsWith('swot.'));
    expect(ours.length).toBeGreaterThan(100);
    expect(ours.filter((key) => ours.some((other) => other.startsWith(`${key}.`)))).toEqual([]);
  });
});
