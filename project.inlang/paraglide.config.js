import { defineConfig } from '@inlang/paraglide-js';

/**
 * How Paraglide compiles messages/*.json into src/lib/paraglide/ (git-ignored): its Vite plugin does
 * it in every build, dev server and unit test run (vite.config.ts, src/cli/build-islands.ts; it
 * skips inputs it has compiled), and `npm run i18n:compile` before svelte-check. Read by both.
 */
export default defineConfig({
  outdir: './src/lib/paraglide',
  // The language is the address's: English at /, Spanish under /es/, on the server and in the
  // islands alike (they have no SvelteKit client: src/lib/islands/start.ts).
  strategy: ['url', 'baseLocale'],
  // One module per message, in development too, so a page bundles only the words it uses.
  outputStructure: 'message-modules',
  emitReadme: false,
  emitGitIgnore: false,
  emitPrettierIgnore: false,
});
