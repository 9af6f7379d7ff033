/**
 * The comparison of threats and responses for one country. `buildComparisonData` runs at build time and
 * holds everything that does not depend on the view; `comparisonView` pairs and summarises for a view
 * (window, tiers, kinds, dates) in the browser.
 */
import type { CountryCode, Dataset, EventKind, EventRecord } from '../data/schema';
import { dateSpan, dayNumber, dayString, formatDateRange } from '../dates';
import { keyNumber } from '../events/key-number';
import { statusOn, tariffSeries } from '../tariffs/series';
import { daySpanned, lagMidpoint, type DaySpanned, type Lag } from './lag';
import { byCodeUnits } from '../order';
import { threatOutcome, type Outcome, type OutcomeChange } from './outcomes';
import {
  answeredThreats,
  firstResponse,
  isResponse,
  isThreat,
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
  /** The tariff threatened on that day (or in effect, when nothing more is threatened); null if unknown. */
  tariff: number | null;
  tariffStatus: 'threatened' | 'in effect' | 'unknown';
}

export interface ComparisonData {
  country: CompareCountry;
  threats: Threat[];
  responses: CompareResponse[];
  concessions: ConcessionStep[];
  index: WeekIndex[];
  lastDate: string;
}

function compareEvent(
  event: EventRecord,
  sourceTitles: Map<string, string>,
  lang: string,
): CompareEvent {
  const citation = event.sources[0]!;
  const days = daySpanned(event.date, event.precision);
  return {
    id: event.id,
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...days,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    day: dayString(days.firstDay),
    kind: event.kind,
    title: event.title,
    keyNumber: keyNumber(event, lang),
    quote: citation.quote,
    sourceTitle: sourceTitles.get(citation.source) ?? citation.source,
  };
}

export function buildComparisonData(
  dataset: Dataset,
  country: CompareCountry,
  lang = 'en',
): ComparisonData {
  const sourceTitles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const series = tariffSeries(dataset.events, country);
  const lastDate = dataset.events.reduce((last, e) => {
    const end = dateSpan(e.endDate ?? e.date).end;
    return end > last ? end : last;
  }, '');
  const threats = dataset.events
    .filter((e) => isThreat(e, country, series))
    .map((e, threatIndex): Threat => ({
      ...compareEvent(e, sourceTitles, lang),
      threatIndex,
      rate: threatenedRate(e, country, series),
      outcome: threatOutcome(e, series, lastDate),
    }));
  const threatIndexById = new Map(threats.map((t) => [t.id, t.threatIndex]));
  const responses = dataset.events
    .filter((e) => isResponse(e, country))
    .map((e): CompareResponse => {
      const answers = answeredThreats(e.respondsTo, threatIndexById);
      return {
        ...compareEvent(e, sourceTitles, lang),
        ...(answers ? { answers, responseNote: e.responseNote ?? null } : {}),
      };
    });

  let troops = 0;
  let people = 0;
  const concessions = dataset.events
    .filter((e) => e.kind === 'concession' && e.actor.country === country && e.quantity)
    .filter((e) => e.quantity!.unit === 'troops' || e.quantity!.unit === 'people')
    .map((e): ConcessionStep => {
      if (e.quantity!.unit === 'troops') troops += e.quantity!.value;
      else people += e.quantity!.value;
      const status = statusOn(series, dateSpan(e.date).start);
      const threatened = status.known ? status.threatened : null;
      return {
        id: e.id,
        title: e.title,
        dateLabel: formatDateRange(e.date, e.endDate, e.precision, lang),
        troops,
        people,
        tariff: status.known ? (threatened ?? status.inEffect) : null,
        tariffStatus: !status.known ? 'unknown' : threatened !== null ? 'threatened' : 'in effect',
      };
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
  within30: number;
  /** Tariff threats suspended after a concession answering them. */
  suspendedAfterConcession: number;
  tariffThreats: number;
}

export interface ComparisonView {
  /** Each threat with its pairs. */
  rows: ThreatRow[];
  responses: CompareResponse[];
  summary: CompareSummary;
}

/** The median of `values`, which it sorts in place. */
function median(values: Float64Array): number {
  const sorted = values.sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The rows and the summary in one pass, with plain loops and no function made per row: a large
 * dataset has tens of thousands of rows, paired again in the browser whenever the view changes.
 */
export function comparisonView(data: ComparisonData, filters: CompareFilters): ComparisonView {
  const inRange = (e: CompareEvent) =>
    (!filters.from || e.day >= filters.from) && (!filters.to || e.day <= filters.to);
  const threats = data.threats.filter((t) => filters.kinds.includes(t.kind) && inRange(t));
  const responses = data.responses.filter(inRange);
  const grouped = pairsPerThreat(threats, responses, filters.windowDays, filters.bases);
  const rows: ThreatRow[] = [];
  // The first responses' lags, as many as `answered`.
  const firstMins = new Float64Array(threats.length);
  const firstMaxes = new Float64Array(threats.length);
  let answered = 0;
  let approximate = false;
  let within7 = 0;
  let within30 = 0;
  let tariffThreats = 0;
  let suspendedAfterConcession = 0;
  for (let i = 0; i < threats.length; i++) {
    const threat = threats[i]!;
    const pairs = grouped[i]!;
    const first = firstResponse(pairs);
    rows.push({ threat, pairs, first });
    if (first) {
      firstMins[answered] = first.min;
      firstMaxes[answered] = first.max;
      answered++;
      if (first.approximate) approximate = true;
      if (first.max <= 7) within7++;
      if (first.max <= 30) within30++;
    }
    if (threat.kind !== 'tariff') continue;
    tariffThreats++;
    if (concededBeforeSuspension(threat, pairs, responses)) suspendedAfterConcession++;
  }

  return {
    rows,
    responses,
    summary: {
      threats: rows.length,
      answered,
      medianLag: answered
        ? {
            min: median(firstMins.subarray(0, answered)),
            max: median(firstMaxes.subarray(0, answered)),
            approximate,
          }
        : null,
      within7,
      within30,
      suspendedAfterConcession,
      tariffThreats,
    },
  };
}

/** The threat was suspended, and one of its pairs is a concession made by then. */
function concededBeforeSuspension(
  threat: Threat,
  pairs: readonly Pair[],
  responses: readonly CompareResponse[],
): boolean {
  let suspension: OutcomeChange | undefined;
  for (const change of threat.outcome.history) {
    if (change.status === 'suspended') {
      suspension = change;
      break;
    }
  }
  if (!suspension) return false;
  const suspended = dayNumber(suspension.date);
  for (const pair of pairs) {
    const response = responses[pair.responseIndex]!;
    if (response.kind === 'concession' && response.lastDay <= suspended) return true;
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
