import eslintPluginAstro from 'eslint-plugin-astro';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/bench/tmp/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  nounsanitized.configs.recommended,
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Domain logic stays pure: storage and location are passed in, so it runs and tests anywhere.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/lib is pure: pass what you need in.' },
        { name: 'document', message: 'src/lib is pure: pass what you need in.' },
        { name: 'localStorage', message: 'src/lib is pure: inject a Storage.' },
        { name: 'sessionStorage', message: 'src/lib is pure: inject a Storage.' },
        { name: 'location', message: 'src/lib is pure: pass the URL in.' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['astro:*'], message: 'src/lib is pure.' }] }],
    },
  },
);
