import { error } from '@sveltejs/kit';
import { eventDetail } from '$lib/events/detail';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map(({ id }) => ({ id }));

export function load({ params, url }) {
  const lang = languageOfPath(url.pathname);
  const detail = eventDetail(getDataset(lang), params.id, lang);
  if (!detail) error(404, `No event with the id "${params.id}"`);
  return detail;
}
