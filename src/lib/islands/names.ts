/**
 * The islands: the parts of pages that run in the browser. Each is a Svelte component hydrated by
 * its own small script (`src/island-entries/<name>.ts`, built by `src/cli/build-islands.ts` to
 * `/_islands/<name>.js`) instead of by SvelteKit's client, whose router and runtime (about 13 KB
 * gzip) a site of prerendered pages does not need. Every other page ships no app at all.
 */
export const ISLANDS = [
  'timeline',
  'compare',
  'events',
  'embed-gallery',
  'embed-tariff-timeline',
  'embed-threats-responses',
  'embed-pressure-index',
] as const;

export type IslandName = (typeof ISLANDS)[number];

/** The script that hydrates an island: its source file while developing, otherwise the built one. */
export const islandScript = (name: IslandName, dev: boolean) =>
  dev ? `/src/island-entries/${name}.ts` : `/_islands/${name}.js`;
