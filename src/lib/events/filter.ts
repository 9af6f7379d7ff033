/** The filtering and sorting the /events table applies to its rows, in the browser. */
import type { EventsView } from '../url-state/events-view';
import type { EventRow } from './table';

// One collator for every comparison: `localeCompare(b, 'en')` builds one per call, the same ordering.
const compareText = new Intl.Collator('en').compare;

const COMPARATORS: Record<EventsView['sort'], (a: EventRow, b: EventRow) => number> = {
  // `YYYY-MM-DD` days sort as plain text, several times faster than a collator.
  date: (a, b) => (a.sortDay < b.sortDay ? -1 : a.sortDay > b.sortDay ? 1 : 0),
  actor: (a, b) => compareText(a.actorName, b.actorName),
  kind: (a, b) => compareText(a.kind, b.kind),
  title: (a, b) => compareText(a.title, b.title),
  // Rows without a number sort last in either direction.
  number: (a, b) => (a.keyValue ?? -Infinity) - (b.keyValue ?? -Infinity),
};

/** The rows a view shows, in its order; ties keep dataset (chronological) order, reversed for desc. */
export function applyEventsView(rows: readonly EventRow[], view: EventsView): EventRow[] {
  const words = view.q.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = rows.filter(
    (row) =>
      (!view.kind.length || view.kind.includes(row.kind)) &&
      (!view.actor.length || view.actor.includes(row.actorCountry)) &&
      (!view.country.length || row.countries.some((code) => view.country.includes(code))) &&
      words.every((word) => row.searchText.includes(word)),
  );
  const direction = view.dir === 'desc' ? -1 : 1;
  // Rows come in dataset order, which is by date with ties in file order: the default view needs no
  // sort, and the reverse date order is that order reversed. Checked, not assumed, in one pass.
  if (view.sort === 'date' && isChronological(shown)) {
    return direction === 1 ? shown : shown.reverse();
  }
  const compare = COMPARATORS[view.sort];
  return shown
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (view.sort === 'number' && (a.row.keyValue === null) !== (b.row.keyValue === null)) {
        return a.row.keyValue === null ? 1 : -1;
      }
      return (compare(a.row, b.row) || a.index - b.index) * direction;
    })
    .map(({ row }) => row);
}

function isChronological(rows: readonly EventRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]!.sortDay < rows[i - 1]!.sortDay) return false;
  return true;
}
