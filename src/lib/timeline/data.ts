/**
 * What the tariff timeline needs from the dataset, computed once at build time: the step series per
 * country, the tariff announcements, the lane of other events and the cumulative transfers. The page
 * filters and draws it; nothing here depends on the view.
 */
import type { CountryCode, Dataset, DatePrecision, EventKind, EventRecord } from '../data/schema';
import { formatDateRange } from '../dates/dates';
import { eventsExtent, type Extent } from '../data/extent';
import { keyNumber } from '../events/key-number';
import { addOnce } from '../data/lists';
import { tariffSeriesFor } from '../data/tariff-series';
import type { CountrySeries } from '../data/tariff-state';

/** The countries whose tariffs the timeline charts. */
export const TIMELINE_COUNTRIES = ['MX', 'CA', 'CN'] as const;
export type TimelineCountry = (typeof TIMELINE_COUNTRIES)[number];

export interface TimelineEvent {
  id: string;
  date: string;
  /** The last day or month of an event that spans several; null for one on a single date. */
  endDate: string | null;
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
  /** Troops Mexico deployed, cumulative, in the same form. */
  deployments: TransferStep[];
  /** First and last day of the dataset. */
  extent: Extent;
}

const HEADCOUNT_UNITS = new Set(['troops', 'people']);

const isMexicanConcessionIn = (event: EventRecord, unit: string) =>
  event.kind === 'concession' && event.actor.country === 'MX' && event.quantity?.unit === unit;

/** Handovers of people by Mexico: the concessions counted in people. */
export const isTransfer = (event: EventRecord) => isMexicanConcessionIn(event, 'people');

function plotDay(event: EventRecord): string {
  if (event.date.length === 10) return event.date;
  return `${event.date}-15`;
}

/** The countries an event bears on, each once, in order of mention. */
function countriesOf(event: EventRecord): CountryCode[] {
  const countries: CountryCode[] = [];
  if (event.tariffs?.length) {
    for (const measure of event.tariffs) addOnce(countries, measure.country);
  } else {
    countries.push(event.actor.country);
    for (const country of event.target) addOnce(countries, country);
  }
  return countries;
}

function toTimelineEvent(
  event: EventRecord,
  sourceTitles: Map<string, string>,
  lang: string,
): TimelineEvent {
  const firstCitation = event.sources[0]!;
  return {
    id: event.id,
    date: event.date,
    endDate: event.endDate ?? null,
    plotDay: plotDay(event),
    precision: event.precision,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    kind: event.kind,
    title: event.title,
    actor: event.actor.country,
    countries: countriesOf(event),
    keyNumber: keyNumber(event, lang),
    headcount:
      event.kind === 'concession' && event.quantity && HEADCOUNT_UNITS.has(event.quantity.unit)
        ? event.quantity.value
        : null,
    quote: firstCitation.quote,
    sourceTitle: sourceTitles.get(firstCitation.source) ?? firstCitation.source,
  };
}

/** `lang`: the language of the date labels ('en' or 'es'). Reads the events once. */
export function buildTimelineData(dataset: Dataset, lang = 'en'): TimelineData {
  const sourceTitles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const announcements: TimelineEvent[] = [];
  const lane: TimelineEvent[] = [];
  const transfers: TransferStep[] = [];
  const deployments: TransferStep[] = [];
  let transferred = 0;
  let deployed = 0;
  for (const event of dataset.events) {
    const timelineEvent = toTimelineEvent(event, sourceTitles, lang);
    (event.kind === 'tariff' ? announcements : lane).push(timelineEvent);
    if (isTransfer(event)) {
      transferred += event.quantity!.value;
      transfers.push({ day: timelineEvent.plotDay, cumulative: transferred, eventId: event.id });
    } else if (isMexicanConcessionIn(event, 'troops')) {
      deployed += event.quantity!.value;
      deployments.push({ day: timelineEvent.plotDay, cumulative: deployed, eventId: event.id });
    }
  }
  return {
    series: tariffSeriesFor(dataset.events, TIMELINE_COUNTRIES),
    announcements,
    lane,
    transfers,
    deployments,
    extent: eventsExtent(dataset.events),
  };
}
