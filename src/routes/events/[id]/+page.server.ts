import { error } from '@sveltejs/kit';
import { eventDetail } from '$lib/events/detail';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map(({ id }) => ({ id }));

export function load({ params }) {
  const detail = eventDetail(getDataset(), params.id);
  if (!detail) error(404, `No event with the id "${params.id}"`);
  return detail;
}
