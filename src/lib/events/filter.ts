/** The filtering and sorting the /events table applies to its rows, in the browser. */
import type { EventsView } from './view';
import type { SortOrders } from './sort-orders';
import { foldForSearch } from './search-text';
import type { EventRow } from './table';

/**
 * The rows a view shows, in its order; ties keep dataset (chronological) order, reversed for desc.
 * `orders` are the rows' sort orders from the build (./sort-orders.ts).
 */
export function applyEventsView(
  rows: readonly EventRow[],
  view: EventsView,
  orders: SortOrders,
): EventRow[] {
  // Folded once per search, like the rows' text at build time: accents and case never matter.
  const words = foldForSearch(view.q).split(/\s+/).filter(Boolean);
  const matches = (row: EventRow) =>
    (!view.kind.length || view.kind.includes(row.kind)) &&
    (!view.actor.length || view.actor.includes(row.actorCountry)) &&
    (!view.country.length || row.countries.some((code) => view.country.includes(code))) &&
    (!view.from || row.lastDay >= view.from) &&
    (!view.to || row.sortDay <= view.to) &&
    words.every((word) => row.searchText.includes(word));
  const ascending = view.dir === 'asc';

  if (view.sort === 'date') {
    const shown = rows.filter(matches);
    // Rows come in dataset order, which is by date with ties in file order: the default view needs
    // no sort, and the reverse date order is that order reversed. Checked, not assumed, in one pass.
    const sorted = isChronological(shown) ? shown : byDate(shown);
    return ascending ? sorted : sorted.reverse();
  }

  const order = orders[view.sort];
  if (order.length !== rows.length) {
    throw new Error(
      `The ${view.sort} sort order has ${order.length} rows; the table has ${rows.length}`,
    );
  }
  const shown: EventRow[] = [];
  for (const index of order) if (matches(rows[index]!)) shown.push(rows[index]!);
  if (ascending) return shown;
  if (view.sort !== 'number') return shown.reverse();
  // Each group of comparable figures keeps its place and reverses within itself; rows without a
  // number stay last.
  const reversed: EventRow[] = [];
  let start = 0;
  for (let i = 1; i <= shown.length; i++) {
    if (i < shown.length && shown[i]!.keyGroup === shown[start]!.keyGroup) continue;
    for (let j = i - 1; j >= start; j--) reversed.push(shown[j]!);
    start = i;
  }
  return reversed;
}

function isChronological(rows: readonly EventRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]!.sortDay < rows[i - 1]!.sortDay) return false;
  return true;
}

/** `YYYY-MM-DD` days sort as plain text; ties keep the order given. */
const byDate = (rows: readonly EventRow[]) =>
  rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) =>
      a.row.sortDay < b.row.sortDay ? -1 : a.row.sortDay > b.row.sortDay ? 1 : a.index - b.index,
    )
    .map(({ row }) => row);
