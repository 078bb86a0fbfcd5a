/**
 * The two small notices of the offline support, on every page: "offline" while the connection is
 * gone, and "a new version is available" with Reload and Later. Both are labelled regions with a
 * polite status line, added to the page only when needed. Styled inline with Starlight's colour
 * variables, so that they need no stylesheet on pages that never show them.
 */

export interface StatusStrings {
  statusLabel: string;
  offline: string;
  online: string;
  updateLabel: string;
  updateMessage: string;
  reload: string;
  later: string;
}

/** How long a live region stays empty before its text, so that screen readers read the new text. */
const ANNOUNCE_DELAY_MS = 50;
/** How long "Back online" stays on screen. */
const ONLINE_NOTICE_MS = 4000;

const BOX = [
  'position:fixed',
  'z-index:1000',
  'bottom:1rem',
  'max-width:min(26rem,calc(100vw - 2rem))',
  'margin:0',
  'padding:.5rem .875rem',
  'border:1px solid var(--sl-color-gray-5)',
  'border-radius:.5rem',
  'background:var(--sl-color-gray-6)',
  'color:var(--sl-color-white)',
  'box-shadow:var(--sl-shadow-md)',
  'font-size:var(--sl-text-sm)',
].join(';');
const BUTTON = [
  'margin:.5rem .5rem 0 0',
  'padding:.25rem .75rem',
  'border:1px solid var(--sl-color-text-accent)',
  'border-radius:999rem',
  'font:inherit',
  'cursor:pointer',
].join(';');
const PRIMARY = `${BUTTON};background:var(--sl-color-text-accent);color:var(--sl-color-black)`;
const SECONDARY = `${BUTTON};background:transparent;color:var(--sl-color-white)`;

function region(id: string, label: string, side: 'start' | 'end'): { box: HTMLElement; line: HTMLElement } {
  const box = document.createElement('section');
  box.id = id;
  box.setAttribute('aria-label', label);
  box.style.cssText = `${BOX};inset-inline-${side}:1rem`;
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.style.margin = '0';
  box.append(line);
  document.body.append(box);
  return { box, line };
}

function say(line: HTMLElement, text: string): void {
  line.textContent = '';
  window.setTimeout(() => (line.textContent = text), ANNOUNCE_DELAY_MS);
}

/** Shows the offline notice while the browser is offline and "Back online" for a moment after. */
export function watchConnection(strings: StatusStrings): void {
  let notice: ReturnType<typeof region> | undefined;
  let timer: number | undefined;
  const show = (text: string, briefly: boolean) => {
    notice ??= region('smm-connection', strings.statusLabel, 'start');
    notice.box.hidden = false;
    say(notice.line, text);
    window.clearTimeout(timer);
    if (briefly) timer = window.setTimeout(() => notice && (notice.box.hidden = true), ONLINE_NOTICE_MS);
  };
  if (!navigator.onLine) show(strings.offline, false);
  window.addEventListener('offline', () => show(strings.offline, false));
  window.addEventListener('online', () => notice && !notice.box.hidden && show(strings.online, true));
}

/** Offers the new version once: Reload calls `reload`, Later closes the notice. */
export function offerUpdate(strings: StatusStrings, reload: () => void): void {
  if (document.getElementById('smm-update')) return;
  const { box, line } = region('smm-update', strings.updateLabel, 'end');
  const button = (text: string, css: string, action: () => void) => {
    const node = document.createElement('button');
    node.type = 'button';
    node.textContent = text;
    node.style.cssText = css;
    node.addEventListener('click', action);
    return node;
  };
  box.append(
    button(strings.reload, PRIMARY, reload),
    button(strings.later, SECONDARY, () => box.remove()),
  );
  say(line, strings.updateMessage);
}
