import { eventLink } from '$lib/events/detail';
import { getDataset } from '$lib/server/dataset';

export function load() {
  const { sources, events } = getDataset();
  return {
    sources: sources.map((source) => ({
      ...source,
      events: events
        .filter((event) => event.sources.some((citation) => citation.source === source.id))
        .map(eventLink),
    })),
  };
}
