/**
 * The comparison of threats and responses for one country. `buildComparisonData` runs at build time and
 * holds everything that does not depend on the view; `comparisonView` pairs and summarises for a view
 * (window, tiers, kinds, dates) in the browser.
 */
import type { CountryCode, Dataset, EventKind, EventRecord } from '../data/schema';
import { dateSpan, formatDateRange } from '../dates';
import { keyNumber } from '../events/key-number';
import { statusOn, tariffSeries } from '../tariffs/series';
import { lagMidpoint, type Lag } from './lag';
import { threatOutcome, type Outcome } from './outcomes';
import {
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

export interface CompareEvent {
  id: string;
  date: string;
  endDate?: string;
  precision: EventRecord['precision'];
  dateLabel: string;
  /** First possible day, for placing and filtering. */
  day: string;
  kind: EventKind;
  title: string;
  keyNumber: string;
  quote: string;
  sourceTitle: string;
  respondsTo?: string[];
  responseNote?: string | null;
}

export interface Threat extends CompareEvent {
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
  responses: CompareEvent[];
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
  return {
    id: event.id,
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    precision: event.precision,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    day: dateSpan(event.date).start,
    kind: event.kind,
    title: event.title,
    keyNumber: keyNumber(event, lang),
    quote: citation.quote,
    sourceTitle: sourceTitles.get(citation.source) ?? citation.source,
    ...(event.respondsTo
      ? { respondsTo: event.respondsTo, responseNote: event.responseNote ?? null }
      : {}),
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
    .map((e) => ({
      ...compareEvent(e, sourceTitles, lang),
      rate: threatenedRate(e, country, series),
      outcome: threatOutcome(e, series, lastDate),
    }));
  const responses = dataset.events
    .filter((e) => isResponse(e, country))
    .map((e) => compareEvent(e, sourceTitles, lang));

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
  rows: ThreatRow[];
  pairs: Pair[];
  responses: CompareEvent[];
  summary: CompareSummary;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function comparisonView(data: ComparisonData, filters: CompareFilters): ComparisonView {
  const inRange = (e: CompareEvent) =>
    (!filters.from || e.day >= filters.from) && (!filters.to || e.day <= filters.to);
  const threats = data.threats.filter((t) => filters.kinds.includes(t.kind) && inRange(t));
  const responses = data.responses.filter(inRange);
  const grouped = pairsPerThreat(threats, responses, filters.windowDays, filters.bases);
  const pairs: Pair[] = []; // grouped.flat(), which V8 runs several times slower than this loop
  for (const group of grouped) for (const pair of group) pairs.push(pair);
  const rows = threats.map((threat, i) => ({
    threat,
    pairs: grouped[i]!,
    first: firstResponse(grouped[i]!),
  }));

  const firstLags = rows.flatMap((r) => (r.first ? [r.first.lag] : []));
  const responsesById = new Map(responses.map((r) => [r.id, r]));
  const tariffRows = rows.filter((r) => r.threat.kind === 'tariff');
  const suspendedAfterConcession = tariffRows.filter((row) => {
    const suspension = row.threat.outcome.history.find((h) => h.status === 'suspended');
    return (
      !!suspension &&
      row.pairs.some((p) => {
        const response = responsesById.get(p.responseId);
        return response?.kind === 'concession' && dateSpan(response.date).end <= suspension.date;
      })
    );
  }).length;

  return {
    rows,
    pairs,
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
      within7: firstLags.filter((l) => l.max <= 7).length,
      within30: firstLags.filter((l) => l.max <= 30).length,
      suspendedAfterConcession,
      tariffThreats: tariffRows.length,
    },
  };
}

/** Sort keys of the threat table. */
export const threatSorters = {
  date: (a: ThreatRow, b: ThreatRow) => a.threat.day.localeCompare(b.threat.day),
  lag: (a: ThreatRow, b: ThreatRow) =>
    (a.first ? lagMidpoint(a.first.lag) : Infinity) -
    (b.first ? lagMidpoint(b.first.lag) : Infinity),
  outcome: (a: ThreatRow, b: ThreatRow) =>
    a.threat.outcome.status.localeCompare(b.threat.outcome.status),
} as const;
