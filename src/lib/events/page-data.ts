import { eventsExtent } from '../data/extent';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n';
import type { SiteData } from '../site/site';
import { sortOrders } from './sort-orders';
import { toEventRow } from './table';

/** What /events shows: a row per event, and the table's sort orders worked out once. */
export function eventsPageData(dataset: Dataset, lang: Lang) {
  const rows = dataset.events.map((event) => toEventRow(event, lang));
  return { rows, orders: sortOrders(rows, lang), extent: eventsExtent(dataset.events) };
}

export type EventsPageData = ReturnType<typeof eventsPageData> & SiteData;
