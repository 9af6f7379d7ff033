/**
 * What the tariff timeline needs from the dataset, computed once at build time: the step series per
 * country, the tariff announcements, the lane of other events and the cumulative transfers. The page
 * filters and draws it; nothing here depends on the view.
 */
import type { CountryCode, Dataset, DatePrecision, EventKind, EventRecord } from '../data/schema';
import { dateSpan, formatDateRange } from '../dates';
import { keyNumber } from '../events/key-number';
import { tariffSeriesFor, type CountrySeries } from '../tariffs/series';
import { TIMELINE_COUNTRIES } from '../url-state/timeline-view';

export interface TimelineEvent {
  id: string;
  date: string;
  /** The day the event is drawn at: the date, or mid-month for a month-precision date. */
  plotDay: string;
  precision: DatePrecision;
  dateLabel: string;
  kind: EventKind;
  title: string;
  actor: CountryCode;
  /** Countries the event bears on (tariffed countries for a tariff event). */
  countries: CountryCode[];
  keyNumber: string;
  /** Headcount of a concession (troops deployed, people transferred), for sizing lane markers. */
  headcount: number | null;
  quote: string;
  sourceTitle: string;
}

export interface TransferStep {
  day: string;
  cumulative: number;
  eventId: string;
}

export interface TimelineData {
  series: CountrySeries[];
  /** Tariff events: the announcement markers. */
  announcements: TimelineEvent[];
  /** Every other event: the lane. */
  lane: TimelineEvent[];
  transfers: TransferStep[];
  /** First and last day of the dataset. */
  extent: { start: string; end: string };
}

const HEADCOUNT_UNITS = new Set(['troops', 'people']);

/** Handovers of people by Mexico: the concessions counted in people. */
export const isTransfer = (event: EventRecord) =>
  event.kind === 'concession' && event.actor.country === 'MX' && event.quantity?.unit === 'people';

function plotDay(event: EventRecord): string {
  if (event.date.length === 10) return event.date;
  return `${event.date}-15`;
}

function toTimelineEvent(
  event: EventRecord,
  sourceTitles: Map<string, string>,
  lang: string,
): TimelineEvent {
  const countries = event.tariffs?.length
    ? [...new Set(event.tariffs.map((m) => m.country))]
    : [...new Set([event.actor.country, ...event.target])];
  const firstCitation = event.sources[0]!;
  return {
    id: event.id,
    date: event.date,
    plotDay: plotDay(event),
    precision: event.precision,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    kind: event.kind,
    title: event.title,
    actor: event.actor.country,
    countries,
    keyNumber: keyNumber(event, lang),
    headcount:
      event.kind === 'concession' && event.quantity && HEADCOUNT_UNITS.has(event.quantity.unit)
        ? event.quantity.value
        : null,
    quote: firstCitation.quote,
    sourceTitle: sourceTitles.get(firstCitation.source) ?? firstCitation.source,
  };
}

/** `lang`: the language of the date labels ('en' or 'es'). */
export function buildTimelineData(dataset: Dataset, lang = 'en'): TimelineData {
  const sourceTitles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const events = dataset.events.map((event) => toTimelineEvent(event, sourceTitles, lang));
  let cumulative = 0;
  const transfers = dataset.events.filter(isTransfer).map((event) => {
    cumulative += event.quantity!.value;
    return { day: plotDay(event), cumulative, eventId: event.id };
  });
  const days = dataset.events.flatMap((e) => [
    dateSpan(e.date).start,
    dateSpan(e.endDate ?? e.date).end,
  ]);
  return {
    series: tariffSeriesFor(dataset.events, TIMELINE_COUNTRIES),
    announcements: events.filter((e) => e.kind === 'tariff'),
    lane: events.filter((e) => e.kind !== 'tariff'),
    transfers,
    extent: {
      start: days.reduce((a, b) => (a < b ? a : b)),
      end: days.reduce((a, b) => (a > b ? a : b)),
    },
  };
}
