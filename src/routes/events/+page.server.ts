import { eventsPageData } from '$lib/events/page-data';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  return eventsPageData(getDataset(lang), lang);
}
