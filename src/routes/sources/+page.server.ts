import { formatDate } from '$lib/dates';
import { eventLink } from '$lib/events/detail';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const { sources, events } = getDataset(lang);
  return {
    sources: sources.map((source) => ({
      ...source,
      publishedLabel: formatDate(source.published, source.precision, lang),
      events: events
        .filter((event) => event.sources.some((citation) => citation.source === source.id))
        .map((event) => eventLink(event, lang)),
    })),
  };
}
