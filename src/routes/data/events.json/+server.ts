import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  const { version, sources, events } = getDataset();
  return json({ version, sources, events });
}
