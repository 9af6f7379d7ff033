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
import { isApproximate, lagMax, lagMidpoint, lagMin, type DaySpanned, type Lag } from './lag';

export type PairBasis = 'stated' | 'window';
export const PAIR_BASES = ['stated', 'window'] as const satisfies readonly PairBasis[];
export const THREAT_KINDS = ['tariff', 'pressure'] as const satisfies readonly EventKind[];
export const RESPONSE_KINDS = ['concession', 'statement'] as const satisfies readonly EventKind[];

/** A threat and a response, with the lag from one to the other (the `Lag` fields). */
export interface Pair extends Lag {
  threatId: string;
  responseId: string;
  /** Where the response is in the list of responses paired. */
  responseIndex: number;
  basis: PairBasis;
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

export interface ThreatLike extends DaySpanned {
  id: string;
  /** Its position in the full list of threats, which responses' `answers` refer to. */
  threatIndex: number;
}

export interface ResponseLike extends DaySpanned {
  id: string;
  /** The threats its source says it answers (`respondsTo`), by `threatIndex`. */
  answers?: readonly number[];
  responseNote?: string | null;
}

/**
 * `respondsTo` ids as positions in `threats`, ids of events that are not among them left out: worked
 * out when the data is built, so that pairing compares numbers rather than long ids.
 */
export function answeredThreats(
  respondsTo: readonly string[] | undefined,
  threatIndexById: ReadonlyMap<string, number>,
): number[] | undefined {
  const answers = (respondsTo ?? []).flatMap((id) => threatIndexById.get(id) ?? []);
  return answers.length ? answers : undefined;
}

/**
 * Every pair of `threats` and `responses` (different events: a threat's actor is the U.S., a
 * response's the country): stated ones whatever their distance, and window ones whose lag can fall
 * within 0..`windowDays` days. Grouped by threat: the pairs of `threats[i]`, in response order, at
 * index i.
 */
export function pairsPerThreat(
  threats: readonly ThreatLike[],
  responses: readonly ResponseLike[],
  windowDays: number,
  bases: readonly PairBasis[] = PAIR_BASES,
): Pair[][] {
  const rule: PairRule = {
    windowDays,
    stated: bases.includes('stated'),
    windowed: bases.includes('window'),
  };
  const naming = responsesNaming(responses);
  const candidates = inDateOrder(responses) ? null : byFirstDay(responses);
  return threats.map((threat) => {
    const pairs: Pair[] = [];
    const add = (index: number) => {
      const pair = pairOf(threat, responses[index]!, index, rule);
      if (pair) pairs.push(pair);
    };
    // A response overlapping the threat's days + windowDays starts at most one span before them.
    const from = threat.firstDay - LONGEST_SPAN_DAYS;
    const to = threat.lastDay + windowDays;
    const named = naming[threat.threatIndex] ?? NONE;
    if (!candidates) {
      // Responses in date order, as the dataset keeps them: the window is one run of responses,
      // and those naming the threat from outside it come before or after that run.
      let i = lowerBound(responses, (r) => r.firstDay, from);
      for (const index of named) if (index < i) add(index);
      for (; i < responses.length && responses[i]!.firstDay <= to; i++) add(i);
      for (const index of named) if (index >= i) add(index);
      return pairs;
    }
    const found: number[] = [];
    const start = (index: number) => responses[index]!.firstDay;
    for (
      let i = lowerBound(candidates, start, from);
      i < candidates.length && start(candidates[i]!) <= to;
      i++
    )
      found.push(candidates[i]!);
    for (const index of named) if (start(index) < from || start(index) > to) found.push(index);
    found.sort((a, b) => a - b).forEach(add);
    return pairs;
  });
}

interface PairRule {
  windowDays: number;
  stated: boolean;
  windowed: boolean;
}

/** The pair of a threat and a response under `rule`, or null when they do not pair. */
function pairOf(
  threat: ThreatLike,
  response: ResponseLike,
  responseIndex: number,
  rule: PairRule,
): Pair | null {
  const min = lagMin(threat, response);
  const max = lagMax(threat, response);
  const approximate = isApproximate(threat, response);
  if (response.answers?.includes(threat.threatIndex)) {
    if (!rule.stated) return null;
    // The source says it answers the threat, so it cannot precede it.
    return {
      threatId: threat.id,
      responseId: response.id,
      responseIndex,
      basis: 'stated',
      min: Math.max(0, min),
      max: Math.max(0, max),
      approximate,
      note: response.responseNote ?? null,
    };
  }
  if (!rule.windowed || max < 0 || min > rule.windowDays) return null;
  return {
    threatId: threat.id,
    responseId: response.id,
    responseIndex,
    basis: 'window',
    min: Math.max(0, min),
    max,
    approximate,
    note: null,
  };
}

/** The longest a date can span: a month-precision date covers up to 31 days. */
const LONGEST_SPAN_DAYS = 31;
const NONE: readonly number[] = [];

/** First position in `sorted` (ascending by `key`) whose key is at least `min`. */
function lowerBound<T>(sorted: readonly T[], key: (value: T) => number, min: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(sorted[middle]!) < min) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** At each threatIndex, the indices of the responses naming that threat, ascending. */
function responsesNaming(responses: readonly ResponseLike[]): (number[] | undefined)[] {
  const naming: (number[] | undefined)[] = [];
  responses.forEach((response, index) => {
    for (const threatIndex of response.answers ?? []) (naming[threatIndex] ??= []).push(index);
  });
  return naming;
}

const inDateOrder = (responses: readonly ResponseLike[]) =>
  responses.every((r, i) => i === 0 || responses[i - 1]!.firstDay <= r.firstDay);

/** Response indices by first day, for responses not in date order. */
const byFirstDay = (responses: readonly ResponseLike[]) =>
  responses
    .map((_, index) => index)
    .sort((a, b) => responses[a]!.firstDay - responses[b]!.firstDay);

/** The earliest of one threat's pairs (smallest lag), preferring a stated pair on a tie. */
export function firstResponse(pairs: readonly Pair[]): Pair | null {
  let first: Pair | null = null;
  let firstMidpoint = Infinity;
  for (const pair of pairs) {
    const midpoint = lagMidpoint(pair);
    const better =
      !first ||
      midpoint < firstMidpoint ||
      (midpoint === firstMidpoint && pair.basis === 'stated' && first.basis !== 'stated');
    if (better) {
      first = pair;
      firstMidpoint = midpoint;
    }
  }
  return first;
}
