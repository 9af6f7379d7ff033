/**
 * Builds the islands (src/lib/islands/names.ts): one small script per interactive page part, with
 * Svelte's runtime and shared code in common chunks, into static/_islands/ (copied into the site by
 * the SvelteKit build that follows). Entry files keep their names, so pages can point at them.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { ISLANDS } from './src/lib/islands/names';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The islands' styles are already in the pages: SvelteKit puts in those of every component a page renders. */
const withoutStylesheets: Plugin = {
  name: 'islands-without-stylesheets',
  generateBundle(_, bundle) {
    for (const file of Object.keys(bundle)) if (file.endsWith('.css')) delete bundle[file];
  },
};

export default defineConfig({
  plugins: [svelte(), withoutStylesheets],
  resolve: { alias: { $lib: fromRoot('./src/lib') } },
  publicDir: false,
  build: {
    outDir: 'static/_islands',
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        ISLANDS.map((name) => [name, fromRoot(`./src/islands/${name}.ts`)]),
      ),
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
