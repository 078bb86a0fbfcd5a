import { describe, expect, it } from 'vitest';
import {
  decodeTemplate,
  encodeTemplate,
  emptyTemplate,
  isComplete,
  type ScorecardTemplate,
} from '../../src/lib/scorecard/template';
import {
  decodeFilled,
  decodeScorecardLink,
  encodeFilled,
  startScorecard,
  type FilledScorecard,
} from '../../src/lib/scorecard/filled';
import { hashOf } from '../../src/lib/scorecard/compare';
import { MAX_CUSTOM_ITEMS, MAX_CUSTOM_LENGTH, MAX_NOTE_LENGTH, MAX_ROLE_LENGTH } from '../../src/lib/scorecard/limits';
import { encodeState, MAX_STATE_LENGTH } from '../../src/lib/url-state';
import { KNOWN_IDS, randomTemplate, randomFilled } from '../support/scorecard';

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const encodeOk = (template: ScorecardTemplate) => {
  const result = encodeTemplate(template);
  if (!result.ok) throw new Error(`too long: ${result.length}`);
  return result.hash;
};
const encodeCardOk = (card: FilledScorecard) => {
  const result = encodeFilled(card);
  if (!result.ok) throw new Error(`too long: ${result.length}`);
  return result.hash;
};

const sample: ScorecardTemplate = {
  role: 'Social media manager, retail',
  items: [
    { kind: 'taxonomy', id: 'strategy' },
    { kind: 'custom', text: 'Runs a TikTok account with 10k followers' },
    { kind: 'taxonomy', id: 'crisis' },
    { kind: 'custom', text: 'Speaks Greek' },
  ],
  scale: 'five',
};

/** Every item of the taxonomy plus five custom items at maximum length, in Cyrillic with
 * three-byte punctuation mixed in: the largest template people can realistically build. */
function largestTemplate(role: string, customText: (n: number) => string): ScorecardTemplate {
  return {
    role,
    items: [
      ...[...KNOWN_IDS].map((id) => ({ kind: 'taxonomy' as const, id })),
      ...Array.from({ length: MAX_CUSTOM_ITEMS }, (_, n) => ({ kind: 'custom' as const, text: customText(n) })),
    ],
    scale: 'five',
  };
}
const fill = (pattern: string, length: number) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

describe('template links', () => {
  it('round-trips a template with custom items between taxonomy items', () => {
    const hash = encodeOk(sample);
    expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTemplate(`#${hash}`, KNOWN_IDS)).toEqual({ ok: true, template: sample });
  });

  it('stores ids and custom text, not descriptions', () => {
    const hash = encodeOk(sample);
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(hash.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    expect(JSON.parse(json)).toEqual({
      k: 'scorecard',
      v: 1,
      d: {
        r: sample.role,
        i: ['strategy', 0, 'crisis', 1],
        c: ['Runs a TikTok account with 10k followers', 'Speaks Greek'],
        s: 'five',
      },
    });
  });

  it('opens links made before the template was renamed (the link format is unchanged)', () => {
    const template: ScorecardTemplate = {
      role: 'Social media manager',
      items: [
        { kind: 'taxonomy', id: 'strategy' },
        { kind: 'custom', text: 'Speaks Greek' },
      ],
      scale: 'three',
    };
    // Made by the released site; both kinds must keep opening as they did.
    const blank =
      'eyJrIjoic2NvcmVjYXJkIiwidiI6MSwiZCI6eyJyIjoiU29jaWFsIG1lZGlhIG1hbmFnZXIiLCJpIjpbInN0cmF0ZWd5IiwwXSwiYyI6WyJTcGVha3MgR3JlZWsiXSwicyI6InRocmVlIn19';
    const filled =
      'eyJrIjoic2NvcmVjYXJkLWZpbGxlZCIsInYiOjEsImQiOnsiciI6IlNvY2lhbCBtZWRpYSBtYW5hZ2VyIiwiaSI6WyJzdHJhdGVneSIsMF0sImMiOlsiU3BlYWtzIEdyZWVrIl0sInMiOiJ0aHJlZSIsInUiOiJpIiwicCI6Ik1hcmlhIiwidyI6Ikl2YW4iLCJnIjoiMzEiLCJuIjpbIkNsZWFyIHBsYW4iXX19';
    expect(decodeTemplate(blank, KNOWN_IDS)).toEqual({ ok: true, template });
    expect(encodeOk(template)).toBe(blank);
    const card = { template, use: 'interviewer', candidate: 'Maria', interviewer: 'Ivan', ratings: [3, 1] };
    expect(decodeScorecardLink(filled, KNOWN_IDS)).toEqual({
      ok: true,
      template,
      card: { ...card, notes: ['Clear plan', ''] },
    });
  });

  it('keeps an empty, unfinished template (the builder keeps its own state in the link)', () => {
    const empty = emptyTemplate();
    expect(isComplete(empty)).toBe(false);
    expect(decodeTemplate(encodeOk(empty), KNOWN_IDS)).toEqual({ ok: true, template: empty });
  });

  it.each([
    [
      'Bulgarian',
      fill('Мениджър „Социални медии“ – ', MAX_ROLE_LENGTH),
      (n: number) => fill(`${n} Води „TikTok“ профил – ежедневно, `, MAX_CUSTOM_LENGTH),
    ],
    [
      'English',
      fill('Senior social media manager ', MAX_ROLE_LENGTH),
      (n: number) => fill(`${n} Has run paid campaigns on LinkedIn `, MAX_CUSTOM_LENGTH),
    ],
  ])(
    'fits the largest %s template (all 38 items + 5 custom items at max length) in 2,000 characters',
    (_lang, role, custom) => {
      const largest = largestTemplate(role, custom);
      expect(largest.items).toHaveLength(38 + 5);
      expect(largest.role).toHaveLength(MAX_ROLE_LENGTH);
      for (const item of largest.items) if (item.kind === 'custom') expect(item.text).toHaveLength(MAX_CUSTOM_LENGTH);
      const hash = encodeOk(largest);
      expect(hash.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
      expect(decodeTemplate(hash, KNOWN_IDS)).toEqual({ ok: true, template: largest });
    },
  );

  it('refuses, rather than truncates, a template whose link would be too long', () => {
    // Three-byte characters only (e.g. Chinese) are the one way past the budget.
    const huge = largestTemplate(fill('漢', MAX_ROLE_LENGTH), (n) => `${n}${fill('漢', MAX_CUSTOM_LENGTH - 1)}`);
    const result = encodeTemplate(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.length).toBeGreaterThan(MAX_STATE_LENGTH);
  });

  it.each([
    ['an unknown id', { r: 'x', i: ['strategy', 'astrology'], c: [], s: 'four' }],
    ['a repeated id', { r: 'x', i: ['strategy', 'strategy'], c: [], s: 'four' }],
    ['an unknown scale', { r: 'x', i: ['strategy'], c: [], s: 'ten' }],
    ['a custom index out of range', { r: 'x', i: [0, 1], c: ['a'], s: 'four' }],
    ['custom items out of order', { r: 'x', i: [1, 0], c: ['a', 'b'], s: 'four' }],
    ['an unused custom item', { r: 'x', i: ['strategy'], c: ['a'], s: 'four' }],
    ['an empty custom item', { r: 'x', i: [0], c: [''], s: 'four' }],
    ['a repeated custom item', { r: 'x', i: [0, 1], c: ['a', 'a'], s: 'four' }],
    ['too many custom items', { r: 'x', i: [0, 1, 2, 3, 4, 5], c: ['a', 'b', 'c', 'd', 'e', 'f'], s: 'four' }],
    ['a custom item that is too long', { r: 'x', i: [0], c: ['a'.repeat(MAX_CUSTOM_LENGTH + 1)], s: 'four' }],
    ['a role that is too long', { r: 'a'.repeat(MAX_ROLE_LENGTH + 1), i: [], c: [], s: 'four' }],
    ['a role with control characters', { r: 'a\u0000b', i: [], c: [], s: 'four' }],
    ['a role that is not text', { r: 42, i: [], c: [], s: 'four' }],
    ['items that are not a list', { r: 'x', i: 'strategy', c: [], s: 'four' }],
    ['a fractional index', { r: 'x', i: [0.5], c: ['a'], s: 'four' }],
    ['no data at all', null],
  ])('rejects a link with %s as invalid', (_name, data) => {
    expect(decodeTemplate(encodeState('scorecard', 1, data), KNOWN_IDS)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['an empty hash', '', 'empty'],
    ['a truncated link', encodeOk(sample).slice(0, 40), 'malformed'],
    ['a newer version', encodeState('scorecard', 2, { r: 'x', i: [], c: [], s: 'four' }), 'future-version'],
    ['another tool’s link', encodeState('quiz', 1, {}), 'wrong-kind'],
    ['text that is not base64', '%%%', 'malformed'],
    ['JSON with a __proto__ key', b64url('{"__proto__":{"k":"scorecard"},"v":1,"d":{}}'), 'wrong-kind'],
  ])('rejects %s with a reason', (_name, hash, reason) => {
    expect(decodeTemplate(hash, KNOWN_IDS)).toEqual({ ok: false, reason });
  });

  it('round-trips 500 random templates (property)', () => {
    let fitted = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const template = randomTemplate(seed);
      const result = encodeTemplate(template);
      // Random text is a third emoji and three-byte characters; a link that cannot fit says so.
      if (!result.ok) {
        expect(result.length, `seed ${seed}`).toBeGreaterThan(MAX_STATE_LENGTH);
        continue;
      }
      fitted++;
      expect(decodeTemplate(result.hash, KNOWN_IDS), `seed ${seed}`).toEqual({ ok: true, template });
    }
    expect(fitted).toBeGreaterThan(400);
  });

  it('rejects every truncation of a link, and never throws on tampered ones', () => {
    const hash = encodeOk(sample);
    for (let cut = 0; cut < hash.length; cut++) {
      expect(decodeTemplate(hash.slice(0, cut), KNOWN_IDS).ok, `cut at ${cut}`).toBe(false);
    }
    let accepted = 0;
    for (let at = 0; at < hash.length; at++) {
      for (const c of 'AZaz09-_') {
        const tampered = hash.slice(0, at) + c + hash.slice(at + 1);
        const result = decodeTemplate(tampered, KNOWN_IDS);
        // A changed letter may still spell a template (or the same one); it is then a valid one.
        if (result.ok) {
          accepted++;
          expect(decodeTemplate(encodeOk(result.template), KNOWN_IDS)).toEqual(result);
        }
      }
    }
    expect(accepted).toBeLessThan(hash.length * 8);
  });
});

describe('filled scorecard links', () => {
  const card: FilledScorecard = {
    template: sample,
    use: 'interviewer',
    candidate: 'Мария Иванова',
    interviewer: 'Ivan Petrov',
    ratings: [4, 0, 2, 5],
    notes: ['Clear plan for Q3.\nGood use of data.', '', 'Hesitant', ''],
  };

  it('round-trips a filled interviewer scorecard', () => {
    expect(decodeFilled(encodeCardOk(card), KNOWN_IDS)).toEqual({ ok: true, card });
  });

  it('round-trips a blank self-assessment', () => {
    const blank = startScorecard(sample, 'self');
    expect(decodeFilled(encodeCardOk(blank), KNOWN_IDS)).toEqual({ ok: true, card: blank });
  });

  it('round-trips 500 random filled scorecards (property)', () => {
    let fitted = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const random = randomFilled(seed);
      const result = encodeFilled(random);
      if (!result.ok) {
        expect(result.length, `seed ${seed}`).toBeGreaterThan(MAX_STATE_LENGTH);
        continue;
      }
      fitted++;
      expect(decodeFilled(result.hash, KNOWN_IDS), `seed ${seed}`).toEqual({ ok: true, card: random });
      expect(decodeScorecardLink(hashOf(`https://example.org/hiring/scorecard/#${result.hash}`), KNOWN_IDS)).toEqual({
        ok: true,
        template: random.template,
        card: random,
      });
    }
    expect(fitted).toBeGreaterThan(250);
  });

  it.each([
    ['a rating above the scale', { g: '6000' }],
    ['too few ratings', { g: '40' }],
    ['a rating that is not a digit', { g: '4x00' }],
    ['an unknown use', { u: 'x' }],
    ['an interviewer on a self-assessment', { u: 's', w: 'Ivan' }],
    ['more notes than items', { n: ['a', 'b', 'c', 'd', 'e'] }],
    ['a note that is too long', { n: ['a'.repeat(MAX_NOTE_LENGTH + 1)] }],
    ['a note with control characters', { n: ['a\u0007'] }],
    ['a candidate name that is not text', { p: ['x'] }],
  ])('rejects a filled link with %s', (_name, change) => {
    const data = {
      r: sample.role,
      i: ['strategy', 0, 'crisis', 1],
      c: ['Runs a TikTok account with 10k followers', 'Speaks Greek'],
      s: 'five',
      u: 'i',
      p: 'Maria',
      w: 'Ivan',
      g: '4025',
      ...change,
    };
    expect(decodeFilled(encodeState('scorecard-filled', 1, data), KNOWN_IDS)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a filled scorecard of an unfinished template', () => {
    const data = { r: '', i: ['strategy'], c: [], s: 'four', u: 's', p: '', g: '0' };
    expect(decodeFilled(encodeState('scorecard-filled', 1, data), KNOWN_IDS)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads both kinds of link, and says why a link cannot be read', () => {
    expect(decodeScorecardLink(encodeOk(sample), KNOWN_IDS)).toEqual({ ok: true, template: sample });
    expect(decodeScorecardLink(encodeCardOk(card), KNOWN_IDS)).toEqual({ ok: true, template: sample, card });
    expect(decodeScorecardLink('', KNOWN_IDS)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeScorecardLink(encodeState('scorecard-filled', 9, {}), KNOWN_IDS)).toEqual({
      ok: false,
      reason: 'future-version',
    });
    expect(decodeScorecardLink(encodeState('scorecard', 9, {}), KNOWN_IDS)).toEqual({
      ok: false,
      reason: 'future-version',
    });
    expect(decodeScorecardLink(encodeState('quiz', 1, {}), KNOWN_IDS)).toEqual({ ok: false, reason: 'wrong-kind' });
    expect(decodeScorecardLink(encodeCardOk(card).slice(0, -12), KNOWN_IDS).ok).toBe(false);
  });

  it('says a filled link with too many long notes is too long instead of making a broken link', () => {
    const full = largestTemplate('Role', (n) => `Custom ${n}`);
    const heavy = { ...startScorecard(full, 'interviewer'), notes: full.items.map(() => 'n'.repeat(MAX_NOTE_LENGTH)) };
    expect(encodeFilled(heavy)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it.each([
    ['https://smm.example/hiring/scorecard/#abc_-1', 'abc_-1'],
    ['  /bg/hiring/scorecard/#abc  ', 'abc'],
    ['abc', 'abc'],
    ['#abc', 'abc'],
  ])('takes the hash of %s', (link, hash) => {
    expect(hashOf(link)).toBe(hash);
  });
});
