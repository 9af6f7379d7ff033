/** Rows of the /events table, made at build time (the browser filters them: ./filter.ts). */
import type { CountryCode, DatePrecision, EventKind, EventRecord } from '../data/schema';
import { dateSpan, firstDayString, formatDateRange } from '../dates/dates';
import { keyGroup, keyMeaning, keyNumber, keyNumberValue } from './key-number';
import { addOnce } from '../data/lists';
import { foldForSearch } from './search-text';

export interface EventRow {
  id: string;
  date: string;
  precision: DatePrecision;
  /** First possible day, `YYYY-MM-DD`, to sort by. */
  sortDay: string;
  /** Last possible day, `YYYY-MM-DD` (an end date's, or a month's last): a range filter's other end. */
  lastDay: string;
  dateLabel: string;
  kind: EventKind;
  actorCountry: CountryCode;
  actorName: string;
  /** Every country the event involves: actor, targets and tariffed countries. */
  countries: CountryCode[];
  title: string;
  keyNumber: string;
  keyValue: number | null;
  /** What the key number counts ("visas revoked"). */
  keyMeaning: string;
  /** The figures the key number sorts among (./key-number.ts); null without one. */
  keyGroup: string | null;
  /** Text that free-text search looks in, lower-cased and without accents (./search-text.ts). */
  searchText: string;
}

export function countriesInvolved(event: EventRecord): CountryCode[] {
  const codes = [event.actor.country];
  for (const code of event.target) addOnce(codes, code);
  if (event.tariffs) for (const measure of event.tariffs) addOnce(codes, measure.country);
  return codes;
}

/**
 * Date as the table shows it ("Mar 2025", "mar 2025"), title, summary, actor and quotes,
 * space-separated and folded for search, without throwaway arrays.
 */
function searchTextOf(event: EventRecord, dateLabel: string): string {
  let text = `${dateLabel} ${event.title} ${event.summary} ${event.actor.name}`;
  for (const citation of event.sources) text += ` ${citation.quote}`;
  return foldForSearch(text);
}

export function toEventRow(event: EventRecord, lang = 'en'): EventRow {
  const dateLabel = formatDateRange(event.date, event.endDate, event.precision, lang);
  return {
    id: event.id,
    date: event.date,
    precision: event.precision,
    sortDay: firstDayString(event.date),
    lastDay: dateSpan(event.endDate ?? event.date).end,
    dateLabel,
    kind: event.kind,
    actorCountry: event.actor.country,
    actorName: event.actor.name,
    countries: countriesInvolved(event),
    title: event.title,
    keyNumber: keyNumber(event, lang),
    keyValue: keyNumberValue(event),
    keyMeaning: keyMeaning(event, lang),
    keyGroup: keyGroup(event),
    searchText: searchTextOf(event, dateLabel),
  };
}
