import { describe, expect, it } from 'vitest';
import { extendPolicy, findInlineScripts } from '../../src/lib/csp';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('findInlineScripts', () => {
  it('finds scripts that run inline and skips external and data scripts', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/json">{"c":1}</script><script is:inline data-x="1">d()</script>';
    expect(findInlineScripts(html)).toEqual(['a()', 'b()', 'd()']);
  });
});

describe('extendPolicy', () => {
  it('adds script hashes once each and keeps the other sources', () => {
    const html = page("script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'", '');
    const out = extendPolicy(html, ["'sha256-a'", "'sha256-b'"]);
    expect(out).toContain(`content="script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline';"`);
  });

  it('never adds unsafe-inline or unsafe-eval to scripts', () => {
    const out = extendPolicy(page("script-src 'self'; style-src 'self'", ''), ["'sha256-x'"]);
    expect(/script-src[^;]*unsafe/.test(out)).toBe(false);
  });

  it('leaves a page without a policy alone', () => {
    expect(extendPolicy('<p>hi</p>', ["'sha256-x'"])).toBe('<p>hi</p>');
  });
});
