/**
 * The web app manifest of each language: installing from an English page gives an app that opens the
 * English course, from a Bulgarian page one that opens /bg/ (its own id, start_url and scope).
 */
import { localizePath, type Lang } from '../paths';

/** The brand colour of the favicon and the site's accent (src/styles/custom.css). */
export const THEME_COLOR = '#0f766e';
export const BACKGROUND_COLOR = '#ffffff';

/** The icons drawn from public/favicon.svg by test/tools/make-icons.ts. */
export const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;
export const APPLE_TOUCH_ICON = '/icons/apple-touch-icon.png';

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
}

export function webManifest(lang: Lang, text: ManifestText) {
  const home = localizePath(lang, '');
  return {
    id: home,
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang,
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS,
  };
}
