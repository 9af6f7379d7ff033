import { formatDate } from '$lib/dates';
import { eventLink } from '$lib/events/detail';
import { getDataset } from '$lib/server/dataset';

export function load() {
  const { sources, events } = getDataset();
  return {
    sources: sources.map((source) => ({
      ...source,
      publishedLabel: formatDate(source.published, source.precision),
      events: events
        .filter((event) => event.sources.some((citation) => citation.source === source.id))
        .map(eventLink),
    })),
  };
}
