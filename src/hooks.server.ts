import type { Handle } from '@sveltejs/kit';
import { isUntranslated } from '$lib/i18n/untranslated';
import { paraglideMiddleware } from '$lib/paraglide/server.js';

/**
 * Sets each request's language for the messages (Paraglide reads it from the address) and writes it
 * into app.html's `<html lang>`. The untranslated files are served as they are.
 */
export const handle: Handle = ({ event, resolve }) => {
  if (isUntranslated(event.url.pathname)) return resolve(event);
  return paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });
};
