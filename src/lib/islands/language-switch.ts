/**
 * The header's link to the other language keeps the view: once an island has read or changed the
 * URL state, the link gets the same query string. (The header is prerendered and not hydrated.)
 */
export function keepViewInLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (link) link.setAttribute('href', `${link.pathname}${location.search}`);
}
