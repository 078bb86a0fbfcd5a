// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { inlineScriptHashes } from './src/integrations/inline-script-hashes.ts';
import { lmsExports } from './src/integrations/lms-exports.ts';
import { offline } from './src/integrations/offline.ts';
import { plainUiStrings } from './src/integrations/plain-ui-strings.ts';
import { courseOutline, readCourseOutline } from './src/integrations/course-outline.ts';
import { quizPool } from './src/integrations/quiz-pool.ts';
import en from './content/i18n/en.json' with { type: 'json' };
import bg from './content/i18n/bg.json' with { type: 'json' };

// The course's sidebar follows the lessons' own front matter: one group per module.
const outline = readCourseOutline();
const moduleGroup = (/** @type {number} */ module) => ({
  label: en[/** @type {'course.module.1'} */ (`course.module.${module}`)],
  translations: { bg: bg[/** @type {'course.module.1'} */ (`course.module.${module}`)] },
  items: outline.filter((lesson) => lesson.module === module).map((lesson) => ({ slug: `course/${lesson.slug}` })),
});
const modules = [...new Set(outline.map((lesson) => lesson.module))];

export default defineConfig({
  site: 'https://smm-academy.example.org',
  // Lessons live in the top-level content/ folder; Starlight reads <srcDir>/content/{docs,i18n}.
  srcDir: '.',
  trailingSlash: 'always',
  // The service workers (/sw.js, /bg/sw.js) and the web app manifests come from this site only.
  security: { csp: { directives: ["worker-src 'self'", "manifest-src 'self'"] } },
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
      // The course has no program code; its few text templates read well as plain blocks, and
      // Expressive Code would add about 3 KB of CSS to every page that shows one.
      expressiveCode: false,
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
          items: [
            { slug: 'course' },
            ...modules.map(moduleGroup),
            { slug: 'course/final-assessment' },
            { slug: 'progress' },
            { slug: 'review' },
          ],
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
          items: [{ slug: 'glossary' }, { slug: 'sources' }],
        },
      ],
      // Previous/next links stay within the sidebar group of the page (src/route-data.ts).
      routeMiddleware: './src/route-data.ts',
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
    }),
    courseOutline(),
    quizPool(),
    plainUiStrings(),
    // After the pages are built: it packages lesson pages and writes sizes into the instructors' pages.
    lmsExports(),
    // After the pages (and the LMS sizes on them) are final: packs and service workers from dist/.
    offline(),
    // Last: it hashes the final inline scripts of every page.
    inlineScriptHashes(),
  ],
});
