import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listItemIds, type ChecklistOutline } from '../../src/lib/checklist/progress';
import { createShareLink, readShareLink, SHARE_KIND } from '../../src/lib/checklist/share';
import { createEmptyState, MAX_NOTE_LENGTH, type ChecklistState } from '../../src/lib/checklist/state';
import { createRandom } from '../../src/lib/random';
import { encodeState, MAX_STATE_LENGTH } from '../../src/lib/url-state';

const readOutline = (lang: string): ChecklistOutline =>
  parse(
    readFileSync(resolve(import.meta.dirname, `../../content/checklists/${lang}/personal-project.yaml`), 'utf8'),
  ) as ChecklistOutline;
const IDS = listItemIds(readOutline('en'));
const b64url = (text: string) =>
  Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A state with every item done, a note of `noteLength` characters and an evidence link. */
function fullState(
  noteLength: number,
  char = 'ж',
  evidence = (id: string): string | undefined => `https://example.org/${id}`,
): ChecklistState {
  const state = createEmptyState();
  for (const id of IDS) {
    const link = evidence(id);
    state.items[id] = {
      done: true,
      note: `${id} ${char.repeat(noteLength)}`.slice(0, noteLength),
      ...(link ? { evidence: link } : {}),
    };
  }
  return state;
}

const CHARS = ['a', 'Z', ' ', 'ж', 'Ъ', '„', '“', '"', '\\', '<', '#', '&', '😀', '\n', 'é', '%'];
function randomText(random: () => number, max: number): string {
  const length = Math.floor(random() * max);
  let text = '';
  while (text.length < length) text += CHARS[Math.floor(random() * CHARS.length)];
  return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, '');
}

function randomState(random: () => number, maxNote: number): ChecklistState {
  const state = createEmptyState();
  for (const id of IDS) {
    if (random() < 0.25) continue;
    const note = random() < 0.5 ? randomText(random, maxNote) : '';
    const evidence = random() < 0.3 ? `https://example.org/${id}/${Math.floor(random() * 1e6)}` : '';
    const item = { done: random() < 0.6, ...(note.trim() ? { note } : {}), ...(evidence ? { evidence } : {}) };
    if (item.done || item.note || item.evidence) state.items[id] = item;
  }
  return state;
}

describe('share links', () => {
  it('round-trip random states exactly when they fit (property test)', () => {
    const random = createRandom(20240611);
    let exact = 0;
    for (let run = 0; run < 300; run++) {
      const state = randomState(random, 40);
      const link = createShareLink(state, IDS)!;
      expect(link.hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
      expect(link.hash).toMatch(/^[A-Za-z0-9_-]+$/);
      const read = readShareLink(`#${link.hash}`, IDS);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      if (!link.notesShortened && !link.evidenceOmitted) {
        exact++;
        expect(read.shared.state).toEqual(state);
      }
      expect(read.shared.notesShortened).toBe(link.notesShortened);
      expect(read.shared.evidenceOmitted).toBe(link.evidenceOmitted);
    }
    expect(exact).toBeGreaterThan(200);
  });

  it('always keeps every tick, and notes as prefixes, for random states with long notes (property test)', () => {
    const random = createRandom(7);
    for (let run = 0; run < 150; run++) {
      const state = randomState(random, MAX_NOTE_LENGTH);
      const link = createShareLink(state, IDS)!;
      expect(link.hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
      const read = readShareLink(link.hash, IDS);
      if (!read.ok) throw new Error(read.reason);
      for (const id of IDS) {
        const original = state.items[id];
        const shared = read.shared.state.items[id];
        expect(shared?.done ?? false, id).toBe(original?.done ?? false);
        const note = shared?.note ?? '';
        if (note.endsWith('…') && link.notesShortened) expect(original?.note?.startsWith(note.slice(0, -1))).toBe(true);
        else if (note) expect(note).toBe(original?.note);
      }
    }
  });

  it.each([
    ['Latin', 'a'],
    ['Cyrillic', 'ж'],
    ['emoji', '😀'],
  ])('shares a fully filled checklist with %s notes within 2,000 characters, saying notes were cut', (_name, char) => {
    const state = fullState(MAX_NOTE_LENGTH, char);
    const link = createShareLink(state, IDS)!;
    expect(link.hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
    expect(link.notesShortened).toBe(true);
    const read = readShareLink(link.hash, IDS);
    if (!read.ok) throw new Error(read.reason);
    expect(read.shared.notesShortened).toBe(true);
    expect(Object.values(read.shared.state.items).every((item) => item.done)).toBe(true);
    expect(Object.keys(read.shared.state.items)).toHaveLength(IDS.length);
  });

  it('keeps short notes and links whole and says nothing was cut', () => {
    // Every step done with a short note, and a portfolio link on every other step.
    const state = fullState(20, 'a', (id) => (IDS.indexOf(id) % 2 ? undefined : `https://example.org/${id}`));
    const link = createShareLink(state, IDS)!;
    expect(link).toMatchObject({ notesShortened: false, evidenceOmitted: false });
    const read = readShareLink(link.hash, IDS);
    expect(read.ok && read.shared.state).toEqual(state);
  });

  it('leaves the last links out when even without notes they do not fit, keeping every tick', () => {
    const state = fullState(MAX_NOTE_LENGTH, 'ж', (id) => `https://portfolio.example.org/case-studies/${id}/report`);
    const link = createShareLink(state, IDS)!;
    expect(link).toMatchObject({ notesShortened: true, evidenceOmitted: true });
    expect(link.hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
    const read = readShareLink(link.hash, IDS);
    if (!read.ok) throw new Error(read.reason);
    const items = IDS.map((id) => read.shared.state.items[id]);
    expect(items.every((item) => item?.done)).toBe(true);
    const kept = items.filter((item) => item?.evidence).length;
    expect(kept).toBeGreaterThan(3);
    expect(kept).toBeLessThan(IDS.length);
    // Links are kept in checklist order: the first ones, whole.
    items.forEach((item, index) => {
      if (index < kept) expect(item?.evidence).toBe(state.items[IDS[index]!]!.evidence);
      else expect(item?.evidence).toBeUndefined();
    });
  });

  it('gives up only when the ticks alone do not fit', () => {
    const many = Array.from({ length: 200 }, (_, i) => `a-rather-long-step-identifier-${i}`);
    const state = createEmptyState();
    for (const id of many) state.items[id] = { done: true };
    expect(createShareLink(state, many)).toBeUndefined();
  });

  it('shares an empty checklist', () => {
    const link = createShareLink(createEmptyState(), IDS)!;
    const read = readShareLink(link.hash, IDS);
    expect(read.ok && read.shared.state).toEqual(createEmptyState());
  });

  it('skips steps the checklist no longer has', () => {
    const hash = encodeState(SHARE_KIND, 1, {
      i: [
        ['read-books', 1],
        ['retired-step', 1],
      ],
    });
    const read = readShareLink(hash, IDS);
    expect(read.ok && read.shared.state.items).toEqual({ 'read-books': { done: true } });
  });

  it.each([
    ['a truncated link', (hash: string) => hash.slice(0, Math.floor(hash.length / 2)), ['malformed', 'invalid']],
    ['a link with a changed character', (hash: string) => hash.slice(0, 10) + '!' + hash.slice(11), ['malformed']],
    ['a future version', () => encodeState(SHARE_KIND, 2, { i: [] }), ['future-version']],
    ['another tool’s link', () => encodeState('quiz', 1, { i: [] }), ['wrong-kind']],
    [
      'a javascript: evidence link',
      () => encodeState(SHARE_KIND, 1, { i: [['read-books', 1, '', 'javascript:alert(1)']] }),
      ['invalid'],
    ],
    [
      'a note over the limit',
      () => encodeState(SHARE_KIND, 1, { i: [['read-books', 1, 'a'.repeat(281)]] }),
      ['invalid'],
    ],
    [
      'a duplicate id',
      () =>
        encodeState(SHARE_KIND, 1, {
          i: [
            ['read-books', 1],
            ['read-books', 0],
          ],
        }),
      ['invalid'],
    ],
    ['a bad id', () => encodeState(SHARE_KIND, 1, { i: [['__proto__', 1]] }), ['invalid']],
    ['done as true', () => encodeState(SHARE_KIND, 1, { i: [['read-books', true]] }), ['invalid']],
    ['entries as an object', () => encodeState(SHARE_KIND, 1, { i: { 'read-books': 1 } }), ['invalid']],
    ['a strange flag', () => encodeState(SHARE_KIND, 1, { i: [], n: 'yes' }), ['invalid']],
    ['a __proto__ envelope', () => b64url('{"__proto__":{"k":"checklist","v":1},"d":{"i":[]}}'), ['wrong-kind']],
    ['an empty hash', () => '#', ['empty']],
  ])('rejects %s without throwing', (_name, make, reasons) => {
    const good = createShareLink(fullState(30, 'a'), IDS)!.hash;
    const read = readShareLink(make(good), IDS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(reasons).toContain(read.reason);
  });

  it('never throws on random hashes', () => {
    const random = createRandom(99);
    for (let i = 0; i < 500; i++) {
      const text = randomText(random, 200);
      expect(() => readShareLink(text, IDS)).not.toThrow();
      expect(() => readShareLink(b64url(text), IDS)).not.toThrow();
    }
  });
});
