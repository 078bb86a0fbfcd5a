/** The final assessment's list of unanswered questions, each a link to its first control. */
import { el } from '../toolkit/dom';

export function buildMissingList(
  roots: readonly { number: number; root: HTMLElement }[],
  label: (n: number) => string,
) {
  return roots.map(({ number, root }) => {
    const target = root.querySelector<HTMLElement>('input, select, [data-move]');
    const link = el('a', label(number));
    link.href = `#${target?.id || root.querySelector('[data-error]')!.id}`;
    const item = el('li');
    item.append(link);
    return item;
  });
}
