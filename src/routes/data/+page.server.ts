import { EVENT_FIELDS } from '$lib/downloads/event-fields';
import { getDataset } from '$lib/server/dataset';

export function load() {
  const { version, events } = getDataset();
  return {
    version,
    eventCount: events.length,
    fields: EVENT_FIELDS.map(({ name, type, description, values }) => ({
      name,
      type,
      description,
      values: values ?? null,
    })),
  };
}
