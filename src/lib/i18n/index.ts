import * as runtime from '$lib/paraglide/runtime.js';

/**
 * URL-based languages: English at /, Spanish under /es/. Data files and static assets are not
 * translated. This module is what pages and islands use; it imports nothing of SvelteKit, so the
 * islands (`src/islands/`) can run it without SvelteKit's client. Kit's own hooks use `./kit.ts`.
 */
export type Lang = runtime.AvailableLanguageTag;

/** The language of the page being rendered (set per request on the server, from the URL in the browser). */
export const currentLang = (): Lang => runtime.languageTag();

/** The language of an address: Spanish under /es/, English everywhere else. */
export function languageOfPath(pathname: string): Lang {
  return pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en';
}

/** The app path of an address (`/es/compare` → `/compare`, `/es/` → `/`). */
export function appPath(pathname: string): string {
  return languageOfPath(pathname) === 'es' ? pathname.slice('/es'.length) || '/' : pathname;
}

/**
 * The address of an app path (`/compare`, `/events/<id>`) in a language: `/es/compare`, and `/es/` for
 * the Spanish home. Paths are absolute from the site root (the site has no base path).
 */
export function localizePath(path: string, lang: Lang): string {
  if (lang === runtime.sourceLanguageTag) return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
}

/** Like Kit's `resolve(routeId, params)`, in the current page's language. */
export function href(route: string, params: Record<string, string> = {}): string {
  const path = route.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
  return localizePath(path, currentLang());
}
