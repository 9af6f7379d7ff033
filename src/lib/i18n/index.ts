import { createI18n } from '@inlang/paraglide-sveltekit';
import * as runtime from '$lib/paraglide/runtime.js';

/** URL-based languages: English at /, Spanish under /es/. Data files and static assets are not translated. */
export const i18n = createI18n(runtime, {
  prefixDefaultLanguage: 'never',
  exclude: [/^\/data\/[^/]+\.(json|csv)$/, '/palette.css', '/theme.js'],
});

export type Lang = runtime.AvailableLanguageTag;

/** The language of the page being rendered (set per request on the server, from the URL in the browser). */
export const currentLang = (): Lang => runtime.languageTag();

/**
 * The address of an app path (`/compare`, `/events/<id>`) in a language: `/es/compare`, and `/es/` for
 * the Spanish home. Paths are absolute from the site root (the site has no base path).
 */
export function localizePath(path: string, lang: Lang): string {
  const localized = i18n.resolveRoute(path, lang);
  return lang !== 'en' && localized === `/${lang}` ? `/${lang}/` : localized;
}

/** Like Kit's `resolve(routeId, params)`, in the current page's language. */
export function href(route: string, params: Record<string, string> = {}): string {
  const path = route.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
  return localizePath(path, currentLang());
}
