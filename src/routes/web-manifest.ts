import type { APIRoute, GetStaticPaths } from 'astro';
import en from '../../content/i18n/en.json';
import bg from '../../content/i18n/bg.json';
import { webManifest } from '../lib/offline/web-manifest';
import type { Lang } from '../lib/paths';

/** /manifest.webmanifest (English, the root locale) and /bg/manifest.webmanifest. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { locale: undefined } }, { params: { locale: 'bg' } }];

export const GET: APIRoute = ({ params }) => {
  const lang: Lang = params.locale === 'bg' ? 'bg' : 'en';
  const strings = lang === 'bg' ? bg : en;
  const manifest = webManifest(lang, {
    name: strings['offline.app.name'],
    shortName: strings['offline.app.shortName'],
    description: strings['offline.app.description'],
  });
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
