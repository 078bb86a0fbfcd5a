/** Building page content from data: text always goes in through textContent, never as HTML. */

/** An element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link to a page of this site only: anything that is not a site-absolute path becomes plain text. */
export function siteLink(href: string | undefined, text: string): HTMLElement {
  if (!href || !href.startsWith('/') || href.startsWith('//')) return el('span', text);
  const link = el('a', text);
  link.href = href;
  return link;
}

/** A button whose accessible name starts with its visible word, followed by hidden context. */
export function labelledButton(label: string, context: string, className?: string): HTMLButtonElement {
  const button = el('button', undefined, className);
  button.type = 'button';
  button.append(label, el('span', ` ${context}`, 'sr-only'));
  return button;
}
