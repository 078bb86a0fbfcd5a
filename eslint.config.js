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
    // Element tests build the server's markup as a fixture; nothing in it comes from a user.
    files: ['test/unit/elements/**/*.ts'],
    rules: { 'no-unsanitized/property': 'off' },
  },
  {
    // Widgets get their code through the toolkit; a widget that reads storage or config by hand
    // has drifted from it.
    files: ['src/scripts/**/*.ts'],
    ignores: ['src/scripts/toolkit/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='localStorage']",
          message: 'Use this.store (the page-wide safe store) from SmmElement.',
        },
        {
          selector: "CallExpression[callee.property.name='querySelector'] > Literal[value=/data-config/]",
          message: 'SmmElement reads the config block.',
        },
      ],
    },
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
