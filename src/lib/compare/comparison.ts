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
import { threatOutcome, type Outcome } from './outcomes';
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

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function comparisonView(data: ComparisonData, filters: CompareFilters): ComparisonView {
  const inRange = (e: CompareEvent) =>
    (!filters.from || e.day >= filters.from) && (!filters.to || e.day <= filters.to);
  const threats = data.threats.filter((t) => filters.kinds.includes(t.kind) && inRange(t));
  const responses = data.responses.filter(inRange);
  const grouped = pairsPerThreat(threats, responses, filters.windowDays, filters.bases);
  // One loop rather than flatMap() and filter() chains: V8 runs those several times slower over the
  // hundred thousand pairs of a large dataset.
  const rows: ThreatRow[] = [];
  const firstLags: Lag[] = [];
  let tariffThreats = 0;
  let suspendedAfterConcession = 0;
  threats.forEach((threat, i) => {
    const threatPairs = grouped[i]!;
    const first = firstResponse(threatPairs);
    if (first) firstLags.push(first);
    rows.push({ threat, pairs: threatPairs, first });
    if (threat.kind !== 'tariff') return;
    tariffThreats++;
    const suspension = threat.outcome.history.find((h) => h.status === 'suspended');
    if (!suspension) return;
    const suspended = dayNumber(suspension.date);
    const concededFirst = (pair: Pair) => {
      const response = responses[pair.responseIndex]!;
      return response.kind === 'concession' && response.lastDay <= suspended;
    };
    if (threatPairs.some(concededFirst)) suspendedAfterConcession++;
  });

  const lagsWithin = (days: number) => firstLags.filter((l) => l.max <= days).length;
  return {
    rows,
    responses,
    summary: {
      threats: rows.length,
      answered: firstLags.length,
      medianLag: firstLags.length
        ? {
            min: median(firstLags.map((l) => l.min)),
            max: median(firstLags.map((l) => l.max)),
            approximate: firstLags.some((l) => l.approximate),
          }
        : null,
      within7: lagsWithin(7),
      within30: lagsWithin(30),
      suspendedAfterConcession,
      tariffThreats,
    },
  };
}

/** Sort keys of the threat table. */
export const threatSorters = {
  date: (a: ThreatRow, b: ThreatRow) => a.threat.day.localeCompare(b.threat.day),
  lag: (a: ThreatRow, b: ThreatRow) =>
    (a.first ? lagMidpoint(a.first) : Infinity) - (b.first ? lagMidpoint(b.first) : Infinity),
  outcome: (a: ThreatRow, b: ThreatRow) =>
    a.threat.outcome.status.localeCompare(b.threat.outcome.status),
} as const;
