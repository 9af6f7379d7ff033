import { eventsCsv } from '$lib/downloads/csv';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return new Response(eventsCsv(getDataset().events), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
