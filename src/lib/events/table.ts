/** Rows of the /events table, made at build time (the browser filters them: ./filter.ts). */
import type { CountryCode, DatePrecision, EventKind, EventRecord } from '../data/schema';
import { dateSpan, formatDateRange } from '../dates';
import { keyNumber, keyNumberValue } from './key-number';

export interface EventRow {
  id: string;
  date: string;
  precision: DatePrecision;
  /** First possible day, `YYYY-MM-DD`, to sort by. */
  sortDay: string;
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
  // Added one by one, not spread from arrays: no throwaway arrays for every event of the table.
  const codes = new Set<CountryCode>([event.actor.country]);
  for (const code of event.target) codes.add(code);
  for (const measure of event.tariffs ?? []) codes.add(measure.country);
  return [...codes];
}

export function toEventRow(event: EventRecord, lang = 'en'): EventRow {
  return {
    id: event.id,
    date: event.date,
    precision: event.precision,
    sortDay: dateSpan(event.date).start,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    kind: event.kind,
    actorCountry: event.actor.country,
    actorName: event.actor.name,
    countries: countriesInvolved(event),
    title: event.title,
    keyNumber: keyNumber(event, lang),
    keyValue: keyNumberValue(event),
    searchText: [event.title, event.summary, event.actor.name, ...event.sources.map((s) => s.quote)]
      .join(' ')
      .toLowerCase(),
  };
}
