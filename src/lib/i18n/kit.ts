import { createI18n } from '@inlang/paraglide-sveltekit';
import { PUBLIC_SITE_ORIGIN } from '$env/static/public';
import * as runtime from '$lib/paraglide/runtime.js';

/**
 * Paraglide's SvelteKit integration, for the server side only: the language of each request
 * (`handle`), `/es/...` routed to the same pages (`reroute`), and the alternate-language links
 * (`<ParaglideJS>` in the layout). Data files and static assets are not translated.
 */
export const i18n = createI18n(runtime, {
  prefixDefaultLanguage: 'never',
  exclude: [/^\/data\/[^/]+\.(json|csv)$/, '/palette.css', '/theme.js'],
  // Alternate links must be absolute: without the site's origin (svelte.config.js) they would name
  // the placeholder host pages are prerendered on, so they are left out.
  seo: { noAlternateLinks: !PUBLIC_SITE_ORIGIN },
});
