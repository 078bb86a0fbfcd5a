import { describe, expect, it } from 'vitest';
import { putCharsetFirst } from '../../src/lib/html-head';

describe('putCharsetFirst', () => {
  it('moves the charset declaration to the start of <head>', () => {
    const html = `<!DOCTYPE html><html><head><script>${'x'.repeat(2000)}</script><meta charset="utf-8"><title>t</title></head></html>`;
    const out = putCharsetFirst(html);
    expect(out.indexOf('<meta charset="utf-8">')).toBeLessThan(100);
    expect(out.match(/<meta charset/g)).toHaveLength(1);
    expect(out.replace('<meta charset="utf-8">', '')).toBe(html.replace('<meta charset="utf-8">', ''));
  });

  it('leaves a page alone when the charset already comes first or is missing', () => {
    const first = '<html><head><meta charset="utf-8"><script></script></head></html>';
    expect(putCharsetFirst(first)).toBe(first);
    expect(putCharsetFirst('<html><head></head></html>')).toBe('<html><head></head></html>');
  });
});
