import { json } from '@sveltejs/kit';
import { DATA_LICENCE, rightsStatement } from '$lib/site/licence';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  const { version, sources, events } = getDataset();
  return json({
    version,
    licenses: [DATA_LICENCE],
    rights: rightsStatement('en'),
    sources,
    events,
  });
}
