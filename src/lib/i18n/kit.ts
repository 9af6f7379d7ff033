import { createI18n } from '@inlang/paraglide-sveltekit';
import * as runtime from '$lib/paraglide/runtime.js';

/**
 * Paraglide's SvelteKit integration, for the server side only: the language of each request
 * (`handle`), `/es/...` routed to the same pages (`reroute`), and the alternate-language links
 * (`<ParaglideJS>` in the layout). Data files and static assets are not translated.
 */
export const i18n = createI18n(runtime, {
  prefixDefaultLanguage: 'never',
  exclude: [/^\/data\/[^/]+\.(json|csv)$/, '/palette.css', '/theme.js'],
});
