import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Links go through $lib/i18n's href(), which localizes the path (/es/...) for the page's language.
    rules: {
      'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }],
    },
  },
  {
    ignores: [
      'build/',
      'static/_islands/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'src/lib/paraglide/',
    ],
  },
);
