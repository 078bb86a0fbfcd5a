// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { inlineScriptHashes } from './src/integrations/inline-script-hashes.ts';
import { lmsExports } from './src/integrations/lms-exports.ts';
import { plainUiStrings } from './src/integrations/plain-ui-strings.ts';

export default defineConfig({
  site: 'https://smm-academy.example.org',
  // Lessons live in the top-level content/ folder; Starlight reads <srcDir>/content/{docs,i18n}.
  srcDir: '.',
  trailingSlash: 'always',
  security: { csp: true },
  // Starlight turns on prefetching of every link; our pages are small, and not prefetching saves
  // about 1 KB of JavaScript on every page and speculative downloads on metered connections.
  prefetch: false,
  integrations: [
    starlight({
      title: { en: 'SMM Academy', bg: 'SMM Академия' },
      description:
        'A free, open course for future social media managers: lessons, quizzes and practical tools in English and Bulgarian.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        bg: { label: 'Български', lang: 'bg' },
      },
      favicon: '/favicon.svg',
      head: [
        { tag: 'meta', attrs: { property: 'og:image', content: 'https://smm-academy.example.org/social-card.png' } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: 'SMM Academy' } },
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
      ],
      customCss: ['./src/styles/custom.css'],
      components: {
        Footer: './src/components/Footer.astro',
        Head: './src/components/Head.astro',
        PageTitle: './src/components/PageTitle.astro',
        Search: './src/components/Search.astro',
      },
      sidebar: [
        {
          label: 'Course',
          translations: { bg: 'Курс' },
          items: [{ autogenerate: { directory: 'course' } }],
        },
        {
          label: 'Practice tools',
          translations: { bg: 'Практически инструменти' },
          items: [{ autogenerate: { directory: 'tools' } }],
        },
        {
          label: 'For instructors',
          translations: { bg: 'За преподаватели' },
          items: [{ autogenerate: { directory: 'instructors' } }],
        },
        {
          label: 'For hiring managers',
          translations: { bg: 'За работодатели' },
          items: [{ autogenerate: { directory: 'hiring' } }],
        },
        {
          label: 'Reference',
          translations: { bg: 'Справочник' },
          items: [{ slug: 'progress' }, { slug: 'glossary' }, { slug: 'sources' }],
        },
      ],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
    }),
    plainUiStrings(),
    // After the pages are built: it packages lesson pages and writes sizes into the instructors' pages.
    lmsExports(),
    // Last: it hashes the final inline scripts of every page.
    inlineScriptHashes(),
  ],
});
