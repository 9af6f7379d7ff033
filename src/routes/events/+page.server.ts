import { toEventRow } from '$lib/events/table';
import { getDataset } from '$lib/server/dataset';

export function load() {
  return { rows: getDataset().events.map(toEventRow) };
}
