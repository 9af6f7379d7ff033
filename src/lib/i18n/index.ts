import {
  baseLocale,
  deLocalizeHref,
  extractLocaleFromUrl,
  getLocale,
  isLocale,
  localizeHref,
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

/** The app path of an address (`/es/compare` → `/compare`, `/es/` → `/`). */
export const appPath = (pathname: string): string => deLocalizeHref(pathname);

/**
 * The address of an app path (`/compare`, `/events/<id>`) in a language: `/es/compare`, and `/es/` for
 * the Spanish home. Paths are absolute from the site root (the site has no base path).
 */
export const localizePath = (path: string, lang: Lang): string =>
  localizeHref(path, { locale: lang });

/** Like Kit's `resolve(routeId, params)`, in the current page's language. */
export function href(route: string, params: Record<string, string> = {}): string {
  const path = route.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
  return localizePath(path, currentLang());
}
