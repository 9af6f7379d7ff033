import { toEventRow } from '$lib/events/table';
import { getDataset } from '$lib/server/dataset';

export function load() {
  const { events } = getDataset();
  return { latest: events.slice(-6).reverse().map(toEventRow), eventCount: events.length };
}
