/**
 * The comparison of threats and responses for one country. `buildComparisonData` runs at build time and
 * holds everything that does not depend on the view; `comparisonView` pairs and summarises for a view
 * (window, tiers, kinds, dates) in the browser.
 */
import type { CountryCode, Dataset, EventKind, EventRecord, TariffStatus } from '../data/schema';
import { dayNumber, firstDayOf, firstDayString, formatDateRange, lastDayOf } from '../dates/dates';
import { eventsExtent } from '../data/extent';
import { keyNumber } from '../events/key-number';
import { tariffSeries } from '../data/tariff-series';
import { stateOn, type CountrySeries, type TariffState } from '../data/tariff-state';
import { lagMidpoint, type DaySpanned, type Lag } from './lag';
import { byCodeUnits } from '../data/order';
import { threatOutcome, type Outcome, type OutcomeChange } from './outcomes';
import {
  answeredThreats,
  firstResponse,
  isResponse,
  pairsPerThreat,
  threatenedRate,
  type Pair,
  type PairBasis,
} from './pairing';
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

export interface CompareFilters {
  windowDays: number;
  bases: readonly PairBasis[];
  /** Threat kinds shown: tariff, pressure. */
  kinds: readonly EventKind[];
  from: string;
  to: string;
}

export interface ThreatRow {
  threat: Threat;
  pairs: Pair[];
  first: Pair | null;
}

export interface CompareSummary {
  threats: number;
  answered: number;
  /** Median lag to the first response, as a range when dates are imprecise; null with no answer. */
  medianLag: Lag | null;
  within7: number;
  /** Threats whose first response came within the pairing window (`windowDays`). */
  withinWindow: number;
  /** Tariff threats suspended after a concession answering them. */
  suspendedAfterConcession: number;
  /**
   * Tariff threats suspended, then answered by a concession while the suspension ran: a pause
   * granted for commitments that were kept during it (Canada's of 3 Feb 2025).
   */
  concededDuringSuspension: number;
  tariffThreats: number;
}

export interface ComparisonView {
  /** Each threat with its pairs. */
  rows: ThreatRow[];
  responses: CompareResponse[];
  summary: CompareSummary;
}

/** The median of `values`. */
function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The rows and the summary in one pass; paired again in the browser whenever the view changes. */
export function comparisonView(data: ComparisonData, filters: CompareFilters): ComparisonView {
  const inRange = (e: CompareEvent) =>
    (!filters.from || e.day >= filters.from) && (!filters.to || e.day <= filters.to);
  const threats = data.threats.filter((t) => filters.kinds.includes(t.kind) && inRange(t));
  const responses = data.responses.filter(inRange);
  const grouped = pairsPerThreat(threats, responses, filters.windowDays, filters.bases);
  const rows: ThreatRow[] = [];
  // The first responses' lags.
  const firstMins: number[] = [];
  const firstMaxes: number[] = [];
  let answered = 0;
  let approximate = false;
  let within7 = 0;
  let withinWindow = 0;
  let tariffThreats = 0;
  let suspendedAfterConcession = 0;
  let concededDuringSuspension = 0;
  for (let i = 0; i < threats.length; i++) {
    const threat = threats[i]!;
    const pairs = grouped[i]!;
    const first = firstResponse(pairs);
    rows.push({ threat, pairs, first });
    if (first) {
      firstMins.push(first.min);
      firstMaxes.push(first.max);
      answered++;
      if (first.approximate) approximate = true;
      if (first.max <= 7) within7++;
      if (first.max <= filters.windowDays) withinWindow++;
    }
    if (threat.kind !== 'tariff') continue;
    tariffThreats++;
    const suspension = firstSuspension(threat);
    if (!suspension) continue;
    const suspended = dayNumber(suspension.date);
    const resumed = dayNumber(suspension.until ?? suspension.date);
    if (concededWithin(pairs, responses, -Infinity, suspended)) suspendedAfterConcession++;
    if (concededWithin(pairs, responses, suspended + 1, resumed)) concededDuringSuspension++;
  }

  return {
    rows,
    responses,
    summary: {
      threats: rows.length,
      answered,
      medianLag: answered
        ? {
            min: median(firstMins),
            max: median(firstMaxes),
            approximate,
          }
        : null,
      within7,
      withinWindow,
      suspendedAfterConcession,
      concededDuringSuspension,
      tariffThreats,
    },
  };
}

const firstSuspension = (threat: Threat): OutcomeChange | undefined => {
  for (const change of threat.outcome.history) if (change.status === 'suspended') return change;
  return undefined;
};

/** One of the pairs is a concession whose last possible day falls in [`first`, `last`]. */
function concededWithin(
  pairs: readonly Pair[],
  responses: readonly CompareResponse[],
  first: number,
  last: number,
): boolean {
  for (const pair of pairs) {
    const response = responses[pair.responseIndex]!;
    if (response.kind === 'concession' && response.lastDay >= first && response.lastDay <= last)
      return true;
  }
  return false;
}

/** Sort keys of the threat table. */
export const threatSorters = {
  date: (a: ThreatRow, b: ThreatRow) => byCodeUnits(a.threat.day, b.threat.day),
  lag: (a: ThreatRow, b: ThreatRow) =>
    (a.first ? lagMidpoint(a.first) : Infinity) - (b.first ? lagMidpoint(b.first) : Infinity),
  outcome: (a: ThreatRow, b: ThreatRow) =>
    byCodeUnits(a.threat.outcome.status, b.threat.outcome.status),
} as const;
