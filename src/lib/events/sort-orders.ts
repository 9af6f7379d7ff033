/**
 * The /events table's sort orders, worked out at build time with the collation of the page's
 * language: for each column but the date, the rows' indices in ascending order, ties in dataset
 * order. The browser sorts by picking rows in one of these orders (./filter.ts), so it never compares
 * text: sorting a hundred thousand rows by title took a collator most of a second.
 */
import { labelsFor } from '../labels';
import type { EventSortKey } from '../url-state/events-view';
import type { EventRow } from './table';

export type SortOrders = Record<Exclude<EventSortKey, 'date'>, number[]>;

export function sortOrders(rows: readonly EventRow[], lang: string): SortOrders {
  const compareText = new Intl.Collator(lang).compare;
  const kindLabels = labelsFor(lang).kind;
  const ascending = (compare: (a: EventRow, b: EventRow) => number) =>
    rows.map((_, index) => index).sort((a, b) => compare(rows[a]!, rows[b]!) || a - b);
  return {
    actor: ascending((a, b) => compareText(a.actorName, b.actorName)),
    // By the label the table shows, in the page's language.
    kind: ascending((a, b) => compareText(kindLabels[a.kind], kindLabels[b.kind])),
    title: ascending((a, b) => compareText(a.title, b.title)),
    // Rows without a number come last.
    number: ascending(
      (a, b) =>
        Number(a.keyValue === null) - Number(b.keyValue === null) ||
        (a.keyValue ?? 0) - (b.keyValue ?? 0),
    ),
  };
}
