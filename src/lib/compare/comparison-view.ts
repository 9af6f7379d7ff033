/**
 * The comparison for a view: each threat shown with its pairs, and the summary figures, from the
 * build-time `ComparisonData` (./comparison.ts). Paired again in the browser whenever the view
 * changes (window, tiers, kinds, dates).
 */
import type { EventKind } from '../data/schema';
import { dayNumber } from '../dates/dates';
import { byCodeUnits } from '../data/order';
import type { CompareEvent, CompareResponse, ComparisonData, Threat } from './comparison';
import { lagMidpoint, type Lag } from './lag';
import type { OutcomeChange } from './outcomes';
import { firstResponse, pairsPerThreat, type Pair, type PairBasis } from './pairing';

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
