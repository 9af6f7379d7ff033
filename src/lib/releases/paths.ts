/**
 * The permanent addresses of a released version of the dataset: `/data/v<version>/<file>`.
 * Browser-safe: the share panel and the citation use it.
 */

/** The files of every release, as `npm run data:release` writes them to data/releases/<version>/. */
export const RELEASE_FILES = [
  'events.csv',
  'events.json',
  'datapackage.json',
  'events.schema.json',
] as const;

/** The files a reader downloads (the schema is linked from events.json's description). */
export const DATA_FILES = ['events.csv', 'events.json', 'datapackage.json'] as const;

export type ReleaseFile = (typeof RELEASE_FILES)[number];

export const isReleaseFile = (name: string): name is ReleaseFile =>
  (RELEASE_FILES as readonly string[]).includes(name);

/** `${origin}/data/v1.3.0/events.csv`; `origin` may be '' for a root-relative address. */
export const releaseUrl = (origin: string, version: string, file: ReleaseFile) =>
  `${origin}/data/v${version}/${file}`;
