/** Rows of the /events table, and the filtering and sorting the table applies to them. */
import type { CountryCode, DatePrecision, EventKind, EventRecord } from '../data/schema';
import { dateSpan, formatDateRange } from '../dates';
import type { EventsView } from '../url-state/events-view';
import { keyNumber, keyNumberValue } from './key-number';

export interface EventRow {
  id: string;
  date: string;
  precision: DatePrecision;
  dateLabel: string;
  kind: EventKind;
  actorCountry: CountryCode;
  actorName: string;
  /** Every country the event involves: actor, targets and tariffed countries. */
  countries: CountryCode[];
  title: string;
  keyNumber: string;
  keyValue: number | null;
  /** Lower-case text that free-text search looks in. */
  searchText: string;
}

export function countriesInvolved(event: EventRecord): CountryCode[] {
  const codes = new Set<CountryCode>([
    event.actor.country,
    ...event.target,
    ...(event.tariffs ?? []).map((measure) => measure.country),
  ]);
  return [...codes];
}

export function toEventRow(event: EventRecord): EventRow {
  return {
    id: event.id,
    date: event.date,
    precision: event.precision,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision),
    kind: event.kind,
    actorCountry: event.actor.country,
    actorName: event.actor.name,
    countries: countriesInvolved(event),
    title: event.title,
    keyNumber: keyNumber(event),
    keyValue: keyNumberValue(event),
    searchText: [event.title, event.summary, event.actor.name, ...event.sources.map((s) => s.quote)]
      .join(' ')
      .toLowerCase(),
  };
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en');

const COMPARATORS: Record<EventsView['sort'], (a: EventRow, b: EventRow) => number> = {
  date: (a, b) => compareText(dateSpan(a.date).start, dateSpan(b.date).start),
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
