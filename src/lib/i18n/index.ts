import {
  baseLocale,
  deLocalizeHref,
  extractLocaleFromUrl,
  getLocale,
  isLocale,
  localizeHref,
  overwriteGetLocale,
  type Locale,
} from '$lib/paraglide/runtime.js';

/**
 * URL-based languages (Paraglide's `url` strategy, project.inlang/paraglide.config.js): English at
 * /, Spanish under /es/. Data files and static assets are not translated (./untranslated.ts). This
 * module is what pages and islands use; it imports nothing of SvelteKit, so the islands
 * (`src/island-entries/`) can run it without SvelteKit's client.
 */
export type Lang = Locale;

/** A message that takes `Params` and a language (Paraglide's message functions). */
export type Message<Params> = (params: Params, options: { locale: Lang }) => string;

/**
 * The language of the page being rendered: per request on the server (hooks.server.ts), from the
 * address in the browser.
 */
export const currentLang = (): Lang => getLocale();

/**
 * The options that make a message speak `lang` (`m.key(params, inLang(lang))`), English for an
 * unknown language: pure modules take the language as an argument instead of reading the page's.
 */
export const inLang = (lang: string): { locale: Lang } => ({
  locale: isLocale(lang) ? lang : baseLocale,
});

const INTL_LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

/** The locale Intl writes a language's numbers (and plurals) in: U.S. English, Mexican Spanish. */
export const intlLocale = (lang: Lang): string => INTL_LOCALES[lang];

/** The language of an address: Spanish under /es/, English everywhere else. */
export const languageOfPath = (pathname: string): Lang =>
  extractLocaleFromUrl(pathname) ?? baseLocale;

/**
 * In the browser, takes the page's language from its address once. A page keeps its language while
 * it lives (the islands have no client-side navigation), and Paraglide's `url` strategy would
 * otherwise parse the address again for every message drawn, which made the hydration of the
 * Spanish pages (whose addresses take longer to match) block the main thread longer.
 */
export function settleLanguageFromAddress(pathname: string): void {
  const lang = languageOfPath(pathname);
  overwriteGetLocale(() => lang);
}

/** The app path of an address (`/es/compare` → `/compare`, `/es/` → `/`). */
export const appPath = (pathname: string): string => deLocalizeHref(pathname);

/**
 * The address of an app path (`/compare`, `/events/<id>`) in a language: `/es/compare`, and `/es/` for
 * the Spanish home. Paths are absolute from the site root (the site has no base path).
 */
export function localizePath(path: string, lang: Lang): string {
  // A page links to the same few paths many times over; Paraglide parses the URL anew at each call.
  const key = `${lang} ${path}`;
  let localized = localizedPaths.get(key);
  if (localized === undefined)
    localizedPaths.set(key, (localized = localizeHref(path, { locale: lang })));
  return localized;
}
const localizedPaths = new Map<string, string>();

/** Like Kit's `resolve(routeId, params)`, in the current page's language. */
export function href(route: string, params: Record<string, string> = {}): string {
  const path = route.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
  return localizePath(path, currentLang());
}
