/**
 * Threats and responses. For one country (Mexico or Canada), the threats are the U.S. tariff threats and
 * orders announced ahead of taking effect, and the U.S. pressure steps aimed at it; the responses are
 * that country's concessions and statements. Pairs come in two tiers:
 * - `stated`: the source ties them (`respondsTo` in the dataset);
 * - `window`: a response within `windowDays` after the threat, by date alone, which is only a
 *   coincidence in time and is labelled as such wherever it shows.
 */
import type { CountryCode, EventKind, EventRecord } from '../data/schema';
import { trackOf, statusOn, type CountrySeries } from '../tariffs/series';
import { dayRange, type DayRange } from '../dates';
import { lagBetween, lagMidpoint, type Dated, type Lag } from './lag';

export type PairBasis = 'stated' | 'window';
export const PAIR_BASES = ['stated', 'window'] as const satisfies readonly PairBasis[];
export const THREAT_KINDS = ['tariff', 'pressure'] as const satisfies readonly EventKind[];
export const RESPONSE_KINDS = ['concession', 'statement'] as const satisfies readonly EventKind[];

export interface Pair {
  threatId: string;
  responseId: string;
  basis: PairBasis;
  lag: Lag;
  /** For stated pairs: which source ties them, and how. */
  note: string | null;
}

/** The tariff rate a tariff event threatens for `country`, or null when it is not a threat to it. */
export function threatenedRate(
  event: EventRecord,
  country: CountryCode,
  series: CountrySeries,
): number | null {
  if (event.kind !== 'tariff') return null;
  const before = statusOn(series, event.date);
  const inEffectBefore = before.known ? before.inEffect : 0;
  const rates = (event.tariffs ?? [])
    .filter((m) => m.country === country && trackOf(m) === 'main')
    .filter(
      (m) =>
        m.status === 'threatened' ||
        (m.status === 'imposed' &&
          !!m.effective &&
          m.effective > event.date &&
          m.rate > inEffectBefore),
    )
    .map((m) => m.rate);
  return rates.length ? Math.max(...rates) : null;
}

export function isThreat(event: EventRecord, country: CountryCode, series: CountrySeries): boolean {
  if (event.actor.country !== 'US') return false;
  if (event.kind === 'tariff') return threatenedRate(event, country, series) !== null;
  return event.kind === 'pressure' && event.target.includes(country);
}

export function isResponse(event: EventRecord, country: CountryCode): boolean {
  return (
    event.actor.country === country && (RESPONSE_KINDS as readonly string[]).includes(event.kind)
  );
}

export interface ThreatLike extends Dated {
  id: string;
}

export interface ResponseLike extends Dated {
  id: string;
  respondsTo?: readonly string[];
  responseNote?: string | null;
}

/**
 * Every pair of `threats` and `responses`: stated ones whatever their distance, and window ones whose
 * lag can fall within 0..`windowDays` days. Grouped by threat: the pairs of `threats[i]`, in response
 * order, at index i.
 */
export function pairsPerThreat(
  threats: readonly ThreatLike[],
  responses: readonly ResponseLike[],
  windowDays: number,
  bases: readonly PairBasis[] = PAIR_BASES,
): Pair[][] {
  const responseDays = responses.map((response) => dayRange(response.date));
  const candidates = pairingCandidates(responses, responseDays, windowDays);
  const stated = bases.includes('stated');
  const windowed = bases.includes('window');
  return threats.map((threat) => {
    const pairs: Pair[] = [];
    const threatDays = dayRange(threat.date);
    for (const index of candidates(threat.id, threatDays)) {
      const response = responses[index]!;
      if (response.id === threat.id) continue;
      const lag = lagBetween(threat, response, threatDays, responseDays[index]!);
      if (response.respondsTo?.includes(threat.id)) {
        if (!stated) continue;
        // The source says it answers the threat, so it cannot precede it.
        lag.min = Math.max(0, lag.min);
        lag.max = Math.max(0, lag.max);
        pairs.push({
          threatId: threat.id,
          responseId: response.id,
          basis: 'stated',
          lag,
          note: response.responseNote ?? null,
        });
      } else if (windowed && lag.max >= 0 && lag.min <= windowDays) {
        lag.min = Math.max(0, lag.min);
        pairs.push({
          threatId: threat.id,
          responseId: response.id,
          basis: 'window',
          lag,
          note: null,
        });
      }
    }
    return pairs;
  });
}

/** The longest a date can span: a month-precision date covers up to 31 days. */
const LONGEST_SPAN_DAYS = 31;

/**
 * For a threat, the indices (ascending) of the responses that can pair with it: those naming it, and
 * those whose days can fall 0..`windowDays` days after its own. Responses are indexed once by first
 * day, so each threat meets its neighbours only rather than every response.
 */
function pairingCandidates(
  responses: readonly ResponseLike[],
  responseDays: readonly DayRange[],
  windowDays: number,
): (threatId: string, threatDays: DayRange) => number[] {
  const starts = responseDays.map(([first]) => first);
  const byStart = starts.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]!);
  const naming = new Map<string, number[]>();
  responses.forEach((response, index) => {
    for (const id of response.respondsTo ?? []) {
      const named = naming.get(id);
      if (named) named.push(index);
      else naming.set(id, [index]);
    }
  });
  return (threatId, [first, last]) => {
    // A response overlapping first..last + windowDays starts at most one span earlier.
    const from = first - LONGEST_SPAN_DAYS;
    const to = last + windowDays;
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[byStart[middle]!]! < from) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let i = low; i < byStart.length && starts[byStart[i]!]! <= to; i++)
      found.push(byStart[i]!);
    // Responses naming the threat from outside the window's reach.
    for (const index of naming.get(threatId) ?? []) {
      if (starts[index]! < from || starts[index]! > to) found.push(index);
    }
    return found.sort((a, b) => a - b);
  };
}

/** The earliest of one threat's pairs (smallest lag), preferring a stated pair on a tie. */
export function firstResponse(pairs: readonly Pair[]): Pair | null {
  let first: Pair | null = null;
  for (const pair of pairs) {
    const better =
      !first ||
      lagMidpoint(pair.lag) < lagMidpoint(first.lag) ||
      (lagMidpoint(pair.lag) === lagMidpoint(first.lag) &&
        pair.basis === 'stated' &&
        first.basis !== 'stated');
    if (better) first = pair;
  }
  return first;
}
