import { paletteCss } from '$lib/charts/palette';

export const prerender = true;

export function GET() {
  return new Response(paletteCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
