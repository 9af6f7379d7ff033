/**
 * Addresses that exist in one language only, outside the /es/ tree: the data downloads and the
 * stylesheet and script every page shares. `/es/data/events.csv` is not an address of the site.
 */
const UNTRANSLATED = [/^\/data\/[^/]+\.(json|csv)$/, /^\/palette\.css$/, /^\/theme\.js$/];

export const isUntranslated = (pathname: string) =>
  UNTRANSLATED.some((pattern) => pattern.test(pathname));
