import { appPath } from '../i18n';

/** Whether this page is shown in another page's frame (an embed in someone's article). */
export const isFramed = () => window.parent !== window;

/**
 * Goes to a page of this site. Framed, any page but an embed opens in a new tab instead, so a reader
 * never browses the site inside someone else's article.
 */
export function openPage(url: string) {
  if (isFramed() && !appPath(new URL(url, location.href).pathname).startsWith('/embed/')) {
    window.open(url, '_blank', 'noopener');
  } else {
    location.assign(url);
  }
}

/**
 * For a click anywhere in an embed: a followed link, HTML or SVG, goes through `openPage`, so it
 * opens in a new tab when framed. Links that already open elsewhere (`target`) and modified clicks are left alone.
 */
export function openLinksOutsideFrame(event: MouseEvent) {
  if (!isFramed() || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // HTML or SVG links (the comparison chart's pairs), read by their attributes, which both have.
  const link = (event.target as Element | null)?.closest('a[href]');
  if (!link || link.hasAttribute('target') || link.hasAttribute('download')) return;
  const url = new URL(link.getAttribute('href')!, location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  openPage(url.href);
}
