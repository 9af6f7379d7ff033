/**
 * Builds the islands (src/lib/islands/names.ts) into static/_islands/, which the SvelteKit build
 * that follows copies into the site. Part of `npm run build`.
 *
 * Each island is built once, to `/_islands/<name>.js`, for both languages: its messages speak the
 * language of the page's address (src/lib/islands/start.ts). Each site page's island is built on
 * its own: one file with only the Svelte runtime it uses (and Chart.js later, where it draws one). Chunks shared between all islands would be cached
 * across pages, but cost every page the runtime of all of them and a request per chunk: /compare
 * loaded 44.7 KB of gzip JS in 13 files, against 33 KB in one. The embeds and their gallery are
 * built together and share chunks, as the gallery shows all three in frames (and a host page may).
 */
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { ISLANDS, type IslandName } from '../lib/islands/names';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const OUT_DIR = fromRoot('static/_islands');

/** The islands' styles are already in the pages: SvelteKit puts in those of every component a page renders. */
const withoutStylesheets: Plugin = {
  name: 'islands-without-stylesheets',
  generateBundle(_, bundle) {
    for (const file of Object.keys(bundle)) if (file.endsWith('.css')) delete bundle[file];
  },
};

/**
 * Modules the pages import only when a reader asks for a download. Their chunks go to `on-request/`,
 * which the bench counts apart from the JS that loads with a page.
 */
const ON_REQUEST = [
  'src/lib/timeline/csv.ts',
  'src/lib/compare/csv.ts',
  'src/lib/compare/image-downloads.ts',
  'src/lib/timeline/browser-image.ts',
  'src/lib/share/report-kit.ts',
].map(fromRoot);

const BUILDS: IslandName[][] = [
  ['timeline'],
  ['compare'],
  ['events'],
  ['embed-gallery', 'embed-tariff-timeline', 'embed-threats-responses', 'embed-pressure-index'],
];

async function buildIslands(names: IslandName[]) {
  await build({
    configFile: false,
    logLevel: 'warn',
    // Paraglide compiles the messages first (or finds them compiled), as in the site's own build.
    plugins: [paraglideVitePlugin({ project: './project.inlang' }), svelte(), withoutStylesheets],
    resolve: { alias: { $lib: fromRoot('src/lib') } },
    publicDir: false,
    // The islands are served from /_islands/, where the preload helper must look for their chunks.
    base: '/_islands/',
    build: {
      outDir: OUT_DIR,
      emptyOutDir: false,
      // One stylesheet for the whole build (which withoutStylesheets drops), so that no lazily loaded
      // chunk asks the preload helper for a stylesheet of its own that was never written.
      cssCodeSplit: false,
      rollupOptions: {
        input: Object.fromEntries(
          names.map((name) => [name, fromRoot(`src/island-entries/${name}.ts`)]),
        ),
        output: {
          entryFileNames: '[name].js',
          // Chart.js, loaded after the first paint, is the same file for every island.
          chunkFileNames: (chunk) =>
            ON_REQUEST.includes(chunk.facadeModuleId ?? '')
              ? 'on-request/[name]-[hash].js'
              : 'chunks/[name]-[hash].js',
        },
      },
    },
  });
}

const started = performance.now();
const unbuilt = ISLANDS.filter((name) => !BUILDS.flat().includes(name));
if (unbuilt.length) throw new Error(`Islands in no build of src/cli/build-islands.ts: ${unbuilt}`);
rmSync(OUT_DIR, { recursive: true, force: true });
for (const names of BUILDS) await buildIslands(names);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${ISLANDS.length} islands in ${seconds} s`);
