/**
 * The character encoding must be declared within the first 1024 bytes of a page, or a static host
 * that sends no charset header can make browsers guess it and garble Cyrillic. Our storage guard
 * (src/scripts/storage-guard.js) has to run before Starlight's scripts and comes first in <head>,
 * so the built pages get their charset declaration moved in front of it.
 */
export function putCharsetFirst(html: string): string {
  const meta = /<meta charset="[^"]+"\s*\/?>/i.exec(html);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!meta || !head || meta.index < head.index) return html;
  const at = head.index + head[0].length;
  if (meta.index === at) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  return without.slice(0, at) + meta[0] + without.slice(at);
}
