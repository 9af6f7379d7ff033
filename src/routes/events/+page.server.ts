import { eventsExtent } from '$lib/events/extent';
import { sortOrders } from '$lib/events/sort-orders';
import { toEventRow } from '$lib/events/table';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const { events } = getDataset(lang);
  const rows = events.map((event) => toEventRow(event, lang));
  return { rows, orders: sortOrders(rows, lang), extent: eventsExtent(events) };
}
