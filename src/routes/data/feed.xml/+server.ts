import { PUBLIC_SITE_ORIGIN } from '$env/static/public';
import { releaseFeed } from '$lib/releases/feed';
import { readReleases } from '$lib/releases/releases';

export const prerender = true;

export function GET() {
  return new Response(releaseFeed(readReleases(), PUBLIC_SITE_ORIGIN), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
