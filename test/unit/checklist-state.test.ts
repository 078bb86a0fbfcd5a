import { describe, expect, it } from 'vitest';
import {
  clampNote,
  getItem,
  isEvidenceUrl,
  MAX_NOTE_LENGTH,
  parseChecklistState,
  readEvidenceInput,
  serialiseChecklistState,
  updateItem,
  createEmptyState,
} from '../../src/lib/checklist/state';
import { checklistKey, STORAGE_KEYS } from '../../src/lib/storage-keys';
import { countDone, summariseChecklist, listItemIds } from '../../src/lib/checklist/progress';
import { OUTLINE as outline } from '../support/checklist';

describe('parseChecklistState', () => {
  it('reads the contract format', () => {
    const text = JSON.stringify({
      v: 1,
      items: {
        'read-books': { done: true, note: 'Two chapters', evidence: 'https://example.org/notes' },
        'join-groups': { done: false, note: 'Asked in the group' },
      },
    });
    expect(parseChecklistState(text)).toEqual({
      v: 1,
      items: {
        'read-books': { done: true, note: 'Two chapters', evidence: 'https://example.org/notes' },
        'join-groups': { done: false, note: 'Asked in the group' },
      },
    });
  });

  it.each([
    ['nothing saved', null],
    ['an empty string', ''],
    ['broken JSON', '{"v":1,"items":{'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a future version', '{"v":2,"items":{"read-books":{"done":true}}}'],
    ['no version', '{"items":{"read-books":{"done":true}}}'],
    ['items as an array', '{"v":1,"items":[{"done":true}]}'],
    ['items as a string', '{"v":1,"items":"read-books"}'],
  ])('gives an empty state for %s', (_name, text) => {
    expect(parseChecklistState(text)).toEqual({ v: 1, items: {} });
  });

  it('skips bad items one by one and keeps the good ones', () => {
    const text = JSON.stringify({
      v: 1,
      items: {
        'read-books': { done: 'yes' },
        'join-groups': { done: true, note: 7, evidence: 'javascript:alert(1)' },
        apply: [true],
        'Not An Id': { done: true },
        'take-a-course': null,
        'start-blog': { done: true },
        'blank-one': { done: false, note: '   ' },
      },
    });
    expect(parseChecklistState(text).items).toEqual({
      'join-groups': { done: true },
      'start-blog': { done: true },
    });
  });

  it('ignores __proto__ and constructor keys without polluting any prototype', () => {
    const text =
      '{"v":1,"items":{"__proto__":{"done":true,"polluted":true},"constructor":{"done":true},"read-books":{"done":true}}}';
    const state = parseChecklistState(text);
    expect(Object.keys(state.items)).toEqual(['constructor', 'read-books']);
    expect(Object.getPrototypeOf(state.items)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getItem(state, '__proto__')).toEqual({ done: false });
    expect(getItem(state, 'toString')).toEqual({ done: false });
  });

  it('cuts notes to the length limit and ignores unknown ids when told the known ones', () => {
    const text = JSON.stringify({
      v: 1,
      items: { 'read-books': { done: true, note: 'a'.repeat(400) }, gone: { done: true } },
    });
    const state = parseChecklistState(text, listItemIds(outline));
    expect(Object.keys(state.items)).toEqual(['read-books']);
    expect(state.items['read-books']!.note).toHaveLength(MAX_NOTE_LENGTH);
  });

  it('round-trips through serialiseChecklistState', () => {
    let state = createEmptyState();
    state = updateItem(state, 'read-books', { done: true, note: 'Книга „Стратегия“' });
    state = updateItem(state, 'apply', { evidence: 'http://agency.example/letter?id=1' });
    expect(parseChecklistState(serialiseChecklistState(state))).toEqual(state);
  });

  it('uses the registry key, which the progress page also reads', () => {
    expect(checklistKey('personal-project')).toBe(STORAGE_KEYS.personalChecklist);
  });
});

describe('updateItem', () => {
  it('changes one item without touching the original state', () => {
    const before = updateItem(createEmptyState(), 'read-books', { done: true });
    const after = updateItem(before, 'read-books', { note: 'Chapter 3' });
    expect(before.items['read-books']).toEqual({ done: true });
    expect(after.items['read-books']).toEqual({ done: true, note: 'Chapter 3' });
  });

  it('drops an item that becomes blank', () => {
    const state = updateItem(updateItem(createEmptyState(), 'apply', { done: true, note: 'x' }), 'apply', {
      done: false,
      note: '',
    });
    expect(state.items).toEqual({});
  });

  it('refuses bad ids and bad evidence', () => {
    expect(updateItem(createEmptyState(), '__proto__', { done: true }).items).toEqual({});
    expect(updateItem(createEmptyState(), 'apply', { done: true, evidence: 'ftp://x.org' }).items).toEqual({
      apply: { done: true },
    });
  });

  it('keeps notes within the limit', () => {
    const state = updateItem(createEmptyState(), 'apply', { note: 'б'.repeat(MAX_NOTE_LENGTH + 50) });
    expect(state.items.apply!.note).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe('clampNote', () => {
  it.each([
    ['short text', 'hello', 10, 'hello'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['long text', 'abcdefgh', 5, 'abcde'],
    ['an emoji at the cut', 'abcd😀', 5, 'abcd'],
    ['an emoji before the cut', 'abc😀d', 5, 'abc😀'],
  ])('handles %s', (_name, text, max, expected) => {
    expect(clampNote(text, max)).toBe(expected);
  });
});

describe('evidence links', () => {
  it.each([
    'https://example.org',
    'http://example.org/path?q=1#top',
    'HTTPS://EXAMPLE.ORG/Portfolio',
    'https://пример.бг/портфолио',
    'https://www.linkedin.com/in/someone/',
  ])('accepts %s', (url) => {
    expect(isEvidenceUrl(url)).toBe(true);
    expect(readEvidenceInput(`  ${url} `)).toEqual({ ok: true, value: url });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:me@example.org',
    'example.org',
    '//example.org/path',
    '/relative/path',
    'https://',
    'https://exa mple.org',
    'https://user:secret@example.org',
    `https://example.org/${'a'.repeat(600)}`,
    'http:/example.org',
  ])('rejects %s', (url) => {
    expect(isEvidenceUrl(url)).toBe(false);
    expect(readEvidenceInput(url)).toEqual({ ok: false });
  });

  it('treats an empty field as "no link"', () => {
    expect(readEvidenceInput('   ')).toEqual({ ok: true, value: '' });
  });
});

describe('summariseChecklist', () => {
  it('counts done items overall and per section, ignoring unknown ids', () => {
    let state = updateItem(createEmptyState(), 'read-books', { done: true });
    state = updateItem(state, 'join-groups', { note: 'Not yet' });
    state = updateItem(state, 'unknown-item', { done: true });
    expect(summariseChecklist(outline, state)).toEqual({
      done: 1,
      total: 3,
      sections: [
        { id: 'training', done: 1, total: 2 },
        { id: 'first-job', done: 0, total: 1 },
      ],
    });
  });

  it('counts done steps by id alone, as the progress page does', () => {
    const state = updateItem(updateItem(createEmptyState(), 'read-books', { done: true }), 'gone', { done: true });
    expect(countDone(state, listItemIds(outline))).toBe(1);
    expect(countDone(state, [])).toBe(0);
  });
});
