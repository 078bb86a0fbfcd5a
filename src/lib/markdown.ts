/**
 * Text that people typed, written into a Markdown export, must read as the same plain text: a
 * name such as "*new* | menu", "# 1 tip" or "<b>" would otherwise become emphasis, a table column,
 * a heading or HTML. One escaper per place where text can go.
 */

/** Backslash-escapes every character that can start inline markup, HTML, an entity or a table cell. */
const escapeInlineCharacters = (text: string): string => text.replace(/[\\`*_[\]<>|~&!]/g, '\\$&');

/** Escapes what would start a block (heading, quote, list, numbered list) at the start of a line. */
const escapeLineStart = (text: string): string =>
  text.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');

/** One line of running text (a heading, a list item, a paragraph): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLineStart(escapeInlineCharacters(text.replace(/\s*[\r\n]+\s*/g, ' ').trim()));
}

/**
 * A table cell: inline markup is escaped and line breaks are kept as <br>, the only HTML we write.
 * Nothing inside a cell starts a block, so "3.5" or "- note" stay as they are.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInlineCharacters(line.trim()))
    .join('<br>');
}
