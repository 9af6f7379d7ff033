/**
 * A tiny blocking script for every page's <head>, so the page paints in the right theme at once:
 * a page takes `?theme=light|dark` from its address (a shared link's or an embed's); otherwise the
 * site takes the reader's remembered choice, which the address's theme does not change.
 * Otherwise the system preference applies through CSS. It also runs the theme toggle (a plain
 * `<select name="theme">`), so the toggle works the same on pages that ship no Svelte app.
 */
import { THEME_STORAGE_KEY } from '$lib/ui/theme';

export const prerender = true;

const SCRIPT = `(function () {
  var KEY = ${JSON.stringify(THEME_STORAGE_KEY)};
  var root = document.documentElement;
  var embed = location.pathname.indexOf('/embed/') !== -1;
  var chosen = function (theme) { return theme === 'light' || theme === 'dark'; };
  try {
    var linked = new URLSearchParams(location.search).get('theme');
    var theme = chosen(linked) || embed ? linked : localStorage.getItem(KEY);
    if (chosen(theme)) root.dataset.theme = theme;
  } catch (e) {}
  if (embed) return;
  var isToggle = function (el) { return el instanceof HTMLSelectElement && el.name === 'theme'; };
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('select[name="theme"]');
    if (toggle) toggle.value = root.dataset.theme || 'auto';
  });
  document.addEventListener('change', function (event) {
    if (!isToggle(event.target)) return;
    var choice = event.target.value;
    // Charts re-theme by watching the attribute.
    if (chosen(choice)) root.dataset.theme = choice;
    else delete root.dataset.theme;
    try {
      if (chosen(choice)) localStorage.setItem(KEY, choice);
      else localStorage.removeItem(KEY);
    } catch (e) {}
  });
})();
`;

export function GET() {
  return new Response(SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
}
