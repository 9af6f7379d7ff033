/**
 * A tiny blocking script for every page's <head>, so the page paints in the right theme at once:
 * embeds take `?theme=light|dark` from their address; the site takes the reader's remembered choice
 * (the theme toggle stores it). Otherwise the system preference applies through CSS.
 */
import { THEME_STORAGE_KEY } from '$lib/theme/theme';

export const prerender = true;

const SCRIPT = `(function () {
  try {
    var embed = location.pathname.indexOf('/embed/') !== -1;
    var theme = embed
      ? new URLSearchParams(location.search).get('theme')
      : localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {}
})();
`;

export function GET() {
  return new Response(SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
}
