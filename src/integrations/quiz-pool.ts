import type { AstroIntegration } from 'astro';

/** Publishes the final assessment's question pool (src/routes/final-pool.ts) next to the pages. */
export function quizPool(): AstroIntegration {
  return {
    name: 'smm-academy:quiz-pool',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/quizzes/[lang]/final-pool.json',
          entrypoint: new URL('../routes/final-pool.ts', import.meta.url),
          prerender: true,
        });
      },
    },
  };
}
