/**
 * Addresses that exist in one language only, outside the /es/ tree: the data downloads (the released
 * versions' and the release feed too), the oEmbed files (one per language in their path), and the
 * stylesheet and script every page shares. `/es/data/events.csv` is not an address of the site.
 */
const UNTRANSLATED = [
  /^\/data\/(v[^/]+\/)?[^/]+\.(json|csv)$/,
  /^\/data\/feed\.xml$/,
  /^\/oembed\//,
  /^\/palette\.css$/,
  /^\/theme\.js$/,
];

export const isUntranslated = (pathname: string) =>
  UNTRANSLATED.some((pattern) => pattern.test(pathname));
