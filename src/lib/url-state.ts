/**
 * Share links keep their state after "#", as base64url-encoded JSON: {k: kind, v: version, d: data}.
 * Decoding never throws: every failure comes back as a reason the page can translate.
 */

/** The longest hash we accept or produce; longer links break in chat apps and e-mail clients. */
export const MAX_STATE_LENGTH = 2000;

export type DecodeFailure = 'empty' | 'too-long' | 'malformed' | 'wrong-kind' | 'future-version' | 'invalid';
export type Decoded<T> = { ok: true; version: number; data: T } | { ok: false; reason: DecodeFailure };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The envelope around shared state: what it is, in which version of its format, and the data. */
export interface Envelope {
  k: string;
  v: number;
  d: unknown;
}

/** Wraps data in the envelope, for formats that travel as readable JSON too (report files). */
export const wrapState = (kind: string, version: number, data: unknown): Envelope => ({ k: kind, v: version, d: data });

/** Encodes state for the part of a link after "#" (or any text code of the same form). */
export function encodeState(kind: string, version: number, data: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(wrapState(kind, version, data))));
}

/**
 * Decodes the part of a link after "#" (with or without the "#"). `validate` turns the untrusted
 * data of a known version into a value, or returns undefined when it does not fit. `maxLength` is
 * for codes that are not links (a learner's report is longer than any link may be).
 */
export function decodeState<T>(
  hash: string,
  kind: string,
  currentVersion: number,
  validate: (data: unknown, version: number) => T | undefined,
  maxLength: number = MAX_STATE_LENGTH,
): Decoded<T> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > maxLength) return { ok: false, reason: 'too-long' };
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, reason: 'malformed' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return openState(envelope, kind, currentVersion, validate);
}

/** Checks an envelope that is already parsed (from a code or a JSON file) and validates its data. */
export function openState<T>(
  envelope: unknown,
  kind: string,
  currentVersion: number,
  validate: (data: unknown, version: number) => T | undefined,
): Decoded<T> {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return { ok: false, reason: 'malformed' };
  const { k, v, d } = envelope as Record<string, unknown>;
  if (k !== kind) return { ok: false, reason: 'wrong-kind' };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: 'malformed' };
  if (v > currentVersion) return { ok: false, reason: 'future-version' };
  let data: T | undefined;
  try {
    data = validate(d, v);
  } catch {
    data = undefined;
  }
  return data === undefined ? { ok: false, reason: 'invalid' } : { ok: true, version: v, data };
}
