/**
 * Learner text in a Markdown export must read as plain text: a name such as "*new* | menu" or
 * "# 1 tip" would otherwise turn into emphasis, a table column or a heading.
 */

/** Escapes Markdown syntax inside one line of text; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/([\\`*_[\]<>|~])/g, '\\$1')
      // At the start of a line these begin a heading, a quote, a list or a numbered list.
      .replace(/^(\s*)([#>+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}
