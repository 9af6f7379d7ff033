/**
 * A tiny blocking script for the embed pages' <head>: applies `?theme=light|dark` before the first
 * paint (the page applies it again, with the other parameters, once it has hydrated).
 */
export const prerender = true;

const SCRIPT = `(function () {
  try {
    var theme = new URLSearchParams(location.search).get('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {}
})();
`;

export function GET() {
  return new Response(SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
}
