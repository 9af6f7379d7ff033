/**
 * The comparison of threats and responses for one country. `buildComparisonData` runs at build time and
 * holds everything that does not depend on the view; `comparisonView` (./comparison-view.ts) pairs
 * and summarises for a view (window, tiers, kinds, dates) in the browser.
 */
import type { CountryCode, Dataset, EventKind, EventRecord, TariffStatus } from '../data/schema';
import { firstDayOf, firstDayString, formatDateRange, lastDayOf } from '../dates/dates';
import { eventsExtent } from '../data/extent';
import { keyNumber } from '../events/key-number';
import { tariffSeries } from '../data/tariff-series';
import { stateOn, type CountrySeries, type TariffState } from '../data/tariff-state';
import type { DaySpanned } from './lag';
import { threatOutcome, type Outcome } from './outcomes';
import { answeredThreats, isResponse, threatenedRate } from './pairing';
import { weeklyIndex, type WeekIndex } from './pressure-index';

export type CompareCountry = Extract<CountryCode, 'MX' | 'CA'>;
export const COMPARE_COUNTRIES = ['MX', 'CA'] as const satisfies readonly CompareCountry[];

export interface CompareEvent extends DaySpanned {
  id: string;
  date: string;
  endDate?: string;
  dateLabel: string;
  /** First possible day, for placing and filtering. */
  day: string;
  kind: EventKind;
  title: string;
  keyNumber: string;
  quote: string;
  sourceTitle: string;
}

export interface CompareResponse extends CompareEvent {
  /** The threats its source says it answers, by `threatIndex`. */
  answers?: number[];
  responseNote?: string | null;
}

export interface Threat extends CompareEvent {
  /** Its index in `ComparisonData.threats`. */
  threatIndex: number;
  /** The tariff rate threatened; null for non-tariff pressure. */
  rate: number | null;
  outcome: Outcome;
}

export interface ConcessionStep {
  id: string;
  title: string;
  dateLabel: string;
  troops: number;
  people: number;
  /** The tariff rate in effect on that day; null if unknown (after the data). */
  tariffInEffect: number | null;
  /** The rate threatened on that day, or suspended, besides the one in effect; null if none. */
  tariffPending: PendingTariff | null;
}

export interface PendingTariff {
  rate: number;
  status: Extract<TariffStatus, 'threatened' | 'suspended'>;
}

export interface ComparisonData {
  country: CompareCountry;
  threats: Threat[];
  responses: CompareResponse[];
  concessions: ConcessionStep[];
  index: WeekIndex[];
  lastDate: string;
}

/** What every compared event needs besides itself, made once per build. */
interface EventContext {
  sourceTitles: Map<string, string>;
  lang: string;
}

/**
 * The fields every compared event has. The key order is the page data's.
 */
function compareEvent(event: EventRecord, context: EventContext): CompareEvent {
  const citation = event.sources[0]!;
  const firstDay = firstDayOf(event.date);
  const lastDay = lastDayOf(event.date);
  const { id, date, endDate, precision, kind, title } = event;
  const dateLabelText = formatDateRange(date, endDate, precision, context.lang);
  const day = firstDayString(date);
  const keyNumberText = keyNumber(event, context.lang);
  const quote = citation.quote;
  const sourceTitle = context.sourceTitles.get(citation.source) ?? citation.source;
  // `endDate` undefined when the event has none: JSON leaves it out, as the page data reads it.
  return {
    id,
    date,
    endDate,
    firstDay,
    lastDay,
    precision,
    dateLabel: dateLabelText,
    day,
    kind,
    title,
    keyNumber: keyNumberText,
    quote,
    sourceTitle,
  };
}

/**
 * In one pass over the events, threats and concessions are made as met; responses wait for the
 * threats, as they can name a later one.
 */
export function buildComparisonData(
  dataset: Dataset,
  country: CompareCountry,
  lang = 'en',
): ComparisonData {
  const context: EventContext = {
    sourceTitles: new Map(dataset.sources.map((s) => [s.id, s.title])),
    lang,
  };
  const series = tariffSeries(dataset.events, country);
  // The last day any event can stand for ('' with no events).
  const lastDate = dataset.events.length ? eventsExtent(dataset.events).end : '';
  const threats: Threat[] = [];
  const threatIndexById = new Map<string, number>();
  const responseEvents: EventRecord[] = [];
  const concessions: ConcessionStep[] = [];
  let troops = 0;
  let people = 0;
  for (const event of dataset.events) {
    if (event.actor.country === 'US') {
      // A threat: a U.S. tariff event threatening the country a rate, or U.S. pressure aimed at it.
      const rate = threatenedRate(event, country, series);
      const threatens =
        event.kind === 'tariff'
          ? rate !== null
          : event.kind === 'pressure' && event.target.includes(country);
      if (!threatens) continue;
      const threat = compareEvent(event, context) as Threat;
      threat.threatIndex = threats.length;
      threat.rate = rate;
      threat.outcome = threatOutcome(event, series, lastDate, rate);
      threatIndexById.set(threat.id, threat.threatIndex);
      threats.push(threat);
      continue;
    }
    if (event.actor.country !== country) continue;
    if (isResponse(event, country)) responseEvents.push(event);
    const unit = event.kind === 'concession' ? event.quantity?.unit : undefined;
    if (unit !== 'troops' && unit !== 'people') continue;
    if (unit === 'troops') troops += event.quantity!.value;
    else people += event.quantity!.value;
    concessions.push(concessionStep(event, series, lang, troops, people));
  }

  const responses = responseEvents.map((event) => {
    const response: CompareResponse = compareEvent(event, context);
    const answers = answeredThreats(event.respondsTo, threatIndexById);
    if (answers) {
      response.answers = answers;
      response.responseNote = event.responseNote ?? null;
    }
    return response;
  });

  return {
    country,
    threats,
    responses,
    concessions,
    index: weeklyIndex(dataset.events, country),
    lastDate,
  };
}

/** A concession with the running totals up to it, and the tariff it faced. */
function concessionStep(
  event: EventRecord,
  series: CountrySeries,
  lang: string,
  troops: number,
  people: number,
): ConcessionStep {
  const state = stateOn(series, firstDayString(event.date));
  return {
    id: event.id,
    title: event.title,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    troops,
    people,
    tariffInEffect: state ? state.inEffect : null,
    tariffPending: state ? pendingTariff(state) : null,
  };
}

/** The rate threatened besides the one in effect, `suspended` while a suspension of it runs. */
function pendingTariff({ threatened, suspension }: TariffState): PendingTariff | null {
  if (threatened === null) return null;
  const status = suspension?.rate === threatened ? 'suspended' : 'threatened';
  return { rate: threatened, status };
}
