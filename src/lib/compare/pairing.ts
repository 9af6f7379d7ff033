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
import { addDays, dateSpan } from '../dates';
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
 * lag can fall within 0..`windowDays` days. In threat order, then response order.
 */
export function pairThreats(
  threats: readonly ThreatLike[],
  responses: readonly ResponseLike[],
  windowDays: number,
  bases: readonly PairBasis[] = PAIR_BASES,
): Pair[] {
  const candidates = pairingCandidates(responses, windowDays);
  const pairs: Pair[] = [];
  for (const threat of threats) {
    for (const index of candidates(threat)) {
      const response = responses[index]!;
      if (response.id === threat.id) continue;
      const lag = lagBetween(threat, response);
      if (response.respondsTo?.includes(threat.id)) {
        if (!bases.includes('stated')) continue;
        // The source says it answers the threat, so it cannot precede it.
        pairs.push({
          threatId: threat.id,
          responseId: response.id,
          basis: 'stated',
          lag: { ...lag, min: Math.max(0, lag.min), max: Math.max(0, lag.max) },
          note: response.responseNote ?? null,
        });
      } else if (bases.includes('window') && lag.max >= 0 && lag.min <= windowDays) {
        pairs.push({
          threatId: threat.id,
          responseId: response.id,
          basis: 'window',
          lag: { ...lag, min: Math.max(0, lag.min) },
          note: null,
        });
      }
    }
  }
  return pairs;
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
  windowDays: number,
): (threat: ThreatLike) => number[] {
  const starts = responses.map((response) => dateSpan(response.date).start);
  const byStart = starts
    .map((_, index) => index)
    .sort((a, b) => compareDays(starts[a]!, starts[b]!));
  const naming = new Map<string, number[]>();
  responses.forEach((response, index) => {
    for (const id of response.respondsTo ?? []) {
      const named = naming.get(id);
      if (named) named.push(index);
      else naming.set(id, [index]);
    }
  });
  return (threat) => {
    const span = dateSpan(threat.date);
    // A response overlapping span.start..span.end + windowDays starts at most one span earlier.
    const from = addDays(span.start, -LONGEST_SPAN_DAYS);
    const to = addDays(span.end, windowDays);
    const found = new Set(naming.get(threat.id));
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[byStart[middle]!]! < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < byStart.length && starts[byStart[i]!]! <= to; i++) found.add(byStart[i]!);
    return [...found].sort((a, b) => a - b);
  };
}

const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The earliest response to each threat (smallest lag), preferring a stated pair on a tie. */
export function firstResponses(pairs: readonly Pair[]): Map<string, Pair> {
  const first = new Map<string, Pair>();
  for (const pair of pairs) {
    const current = first.get(pair.threatId);
    const better =
      !current ||
      lagMidpoint(pair.lag) < lagMidpoint(current.lag) ||
      (lagMidpoint(pair.lag) === lagMidpoint(current.lag) &&
        pair.basis === 'stated' &&
        current.basis !== 'stated');
    if (better) first.set(pair.threatId, pair);
  }
  return first;
}
