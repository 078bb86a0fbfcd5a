/**
 * Loaded by the few bytes inlined in every page's head (src/components/Head.astro) after the page
 * has loaded, so it never delays a page: registers the service worker of the page's language, offers
 * a new version with a polite notice instead of swapping files under an open page, and shows when the
 * browser is offline. Bundled on its own by src/integrations/offline.ts, which writes both languages'
 * strings into it (the pages carry none of them).
 */
import { scopeOf, serviceWorkerPath } from '../../lib/offline/site-files';
import type { Lang } from '../../lib/paths';
import { offerUpdate, watchConnection, type StatusStrings } from './status-ui';

declare const __OFFLINE_STRINGS__: Record<Lang, StatusStrings>;

/**
 * Registers the worker and watches for a new version. A waiting worker takes over only when the
 * learner chooses Reload (every tab then reloads into the new version) or closes every tab.
 */
export async function registerServiceWorker(
  lang: Lang,
  strings: StatusStrings,
  container: ServiceWorkerContainer = navigator.serviceWorker,
  reload: () => void = () => location.reload(),
): Promise<void> {
  // Offline, registering would only fail to check for a new version (an error in the console): the
  // registration already serving the page is enough.
  const registration =
    (!navigator.onLine && (await container.getRegistration(scopeOf(lang)))) ||
    (await container.register(serviceWorkerPath(lang), { scope: scopeOf(lang) }));
  let asked = false;
  const offer = () => {
    if (!registration.waiting || !container.controller) return;
    offerUpdate(strings, () => {
      asked = true;
      if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
      else reload();
    });
  };
  offer();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer());
  });
  // The worker that serves this page changed: after Reload here, or a new version taken up in another
  // tab (then this page's files are old: offer the reload). The Bulgarian worker taking over a /bg/
  // page from the English one is not a new version.
  let current = container.controller?.scriptURL;
  container.addEventListener('controllerchange', () => {
    const next = container.controller?.scriptURL;
    if (asked) reload();
    else if (current !== undefined && next === current) offerUpdate(strings, reload);
    current = next;
  });
}

function start(): void {
  const lang: Lang = document.documentElement.lang === 'bg' ? 'bg' : 'en';
  const strings = __OFFLINE_STRINGS__[lang];
  watchConnection(strings);
  // Registration fails where the browser refuses service workers (private modes, policies): the site
  // then works as a plain website.
  registerServiceWorker(lang, strings).catch(() => undefined);
}

if (typeof __OFFLINE_STRINGS__ !== 'undefined') start();
