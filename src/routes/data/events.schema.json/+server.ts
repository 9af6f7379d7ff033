import { eventsJsonSchema } from '$lib/data/json-schema';

export const prerender = true;

export function GET() {
  return new Response(eventsJsonSchema(), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
}
