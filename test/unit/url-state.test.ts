import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, MAX_STATE_LENGTH, openState, wrapState } from '../../src/lib/url-state';

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const validate = (d: unknown) =>
  Array.isArray(d) && d.every((x) => typeof x === 'string') ? (d as string[]) : undefined;

describe('url state', () => {
  it('round-trips data, including Cyrillic and symbols', () => {
    const data = ['Мениджър на социални медии', 'a+b/c=d', '#hash', '"quotes"'];
    const hash = encodeState('demo', 2, data);
    expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeState(`#${hash}`, 'demo', 2, validate)).toEqual({ ok: true, version: 2, data });
  });

  it.each([
    ['an empty hash', '', 'empty'],
    ['random text', '#%%%not-base64%%%', 'malformed'],
    ['base64 that is not JSON', '#aGVsbG8', 'malformed'],
    ['a huge hash', `#${'A'.repeat(MAX_STATE_LENGTH + 1)}`, 'too-long'],
    ['another kind of link', `#${encodeState('other', 1, [])}`, 'wrong-kind'],
    ['a newer version', `#${encodeState('demo', 3, [])}`, 'future-version'],
    ['data that does not fit', `#${encodeState('demo', 1, [1, 2])}`, 'invalid'],
    ['a __proto__ payload', `#${b64url('{"__proto__":{"k":"demo"},"v":1}')}`, 'wrong-kind'],
  ])('rejects %s without throwing', (_name, hash, reason) => {
    expect(decodeState(hash, 'demo', 2, validate)).toEqual({ ok: false, reason });
  });

  it('accepts a longer code when the format allows it (reports are not links)', () => {
    const data = ['x'.repeat(MAX_STATE_LENGTH)];
    const code = encodeState('demo', 1, data);
    expect(decodeState(code, 'demo', 1, validate)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeState(code, 'demo', 1, validate, 10_000)).toEqual({ ok: true, version: 1, data });
  });

  it('checks an envelope read from JSON the same way as one read from a code', () => {
    expect(openState(wrapState('demo', 1, ['a']), 'demo', 2, validate)).toEqual({ ok: true, version: 1, data: ['a'] });
    expect(openState(JSON.parse(JSON.stringify(wrapState('demo', 3, []))), 'demo', 2, validate)).toEqual({
      ok: false,
      reason: 'future-version',
    });
    expect(openState([1], 'demo', 2, validate)).toEqual({ ok: false, reason: 'malformed' });
    expect(openState({ k: 'other', v: 1, d: [] }, 'demo', 2, validate)).toEqual({ ok: false, reason: 'wrong-kind' });
  });

  it('never throws on random input', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 1000; i++) {
      const length = Math.floor(random() * 120);
      const text = Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 200))).join('');
      expect(() => decodeState(text, 'demo', 2, validate)).not.toThrow();
    }
  });
});
