/**
 * Threats and responses. For one country (Mexico or Canada), the threats are the U.S. tariff threats and
 * orders announced ahead of taking effect, and the U.S. pressure steps aimed at it; the responses are
 * that country's concessions and statements. Pairs come in two tiers:
 * - `stated`: the source ties them (`respondsTo` in the dataset);
 * - `window`: a response within `windowDays` after the threat, by date alone, which is only a
 *   coincidence in time and is labelled as such wherever it shows.
 */
import type { CountryCode, EventKind, EventRecord } from '../data/schema';
import { inEffectOn, trackOf, type CountrySeries } from '../data/tariff-state';
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

/**
 * The tariff rate a tariff event threatens for `country`, or null when it is not a threat to it.
 * A plain loop, and the rate in effect looked up only when a measure needs it: the build asks this
 * of every U.S. event.
 */
export function threatenedRate(
  event: EventRecord,
  country: CountryCode,
  series: CountrySeries,
): number | null {
  if (event.kind !== 'tariff' || !event.tariffs) return null;
  let rate: number | null = null;
  let inEffectBefore: number | undefined;
  for (const measure of event.tariffs) {
    if (measure.country !== country || trackOf(measure) !== 'main') continue;
    const threatens =
      measure.status === 'threatened' ||
      (measure.status === 'imposed' &&
        !!measure.effective &&
        measure.effective > event.date &&
        measure.rate > (inEffectBefore ??= inEffectOn(series, event.date)));
    if (threatens) rate = rate === null ? measure.rate : Math.max(rate, measure.rate);
  }
  return rate;
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
  if (!respondsTo) return undefined;
  let answers: number[] | undefined;
  for (const id of respondsTo) {
    const index = threatIndexById.get(id);
    // The first in a literal of its own size: an empty array's first push reserves 17 slots.
    if (index === undefined) continue;
    if (answers) answers.push(index);
    else answers = [index];
  }
  return answers;
}

/**
 * Every pair of `threats` and `responses` (different events: a threat's actor is the U.S., a
 * response's the country): stated ones whatever their distance, and window ones whose lag can fall
 * within 0..`windowDays` days. Grouped by threat: the pairs of `threats[i]`, in response order, at
 * index i.
 *
 * Plain loops and no function made per threat: a large dataset pairs a hundred thousand times in the
 * browser whenever the reader changes the view.
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
  const naming = responsesNaming(threats, responses);
  const candidates = inDateOrder(responses) ? null : byFirstDay(responses);
  const grouped: Pair[][] = [];
  for (const threat of threats) {
    const pairs: Pair[] = [];
    // A response overlapping the threat's days + windowDays starts at most one span before them.
    const from = threat.firstDay - LONGEST_SPAN_DAYS;
    const to = threat.lastDay + windowDays;
    // The responses naming the threat: naming.indices[named .. namedEnd), ascending.
    let named = naming.starts[threat.threatIndex]!;
    const namedEnd = naming.starts[threat.threatIndex + 1]!;
    if (!candidates) {
      // Responses in date order, as the dataset keeps them: the window is one run of responses,
      // and those naming the threat from outside it come before or after that run.
      let i = firstStartingFrom(responses, null, from);
      for (; named < namedEnd && naming.indices[named]! < i; named++)
        addPair(pairs, threat, responses, naming.indices[named]!, true, rule);
      for (; i < responses.length && responses[i]!.firstDay <= to; i++) {
        const stated = named < namedEnd && naming.indices[named] === i;
        // Past it, and past any repeat (a response can name the same threat twice).
        while (named < namedEnd && naming.indices[named] === i) named++;
        addPair(pairs, threat, responses, i, stated, rule);
      }
      for (; named < namedEnd; named++)
        addPair(pairs, threat, responses, naming.indices[named]!, true, rule);
    } else {
      const found: number[] = [];
      for (
        let i = firstStartingFrom(responses, candidates, from);
        i < candidates.length && responses[candidates[i]!]!.firstDay <= to;
        i++
      )
        found.push(candidates[i]!);
      for (let k = named; k < namedEnd; k++) {
        const index = naming.indices[k]!;
        const start = responses[index]!.firstDay;
        if (start < from || start > to) found.push(index);
      }
      found.sort((a, b) => a - b);
      for (const index of found) {
        while (named < namedEnd && naming.indices[named]! < index) named++;
        const stated = named < namedEnd && naming.indices[named] === index;
        addPair(pairs, threat, responses, index, stated, rule);
      }
    }
    grouped.push(pairs);
  }
  return grouped;
}

interface PairRule {
  windowDays: number;
  stated: boolean;
  windowed: boolean;
}

/**
 * Adds to `pairs` the pair of a threat and a response under `rule`, if they pair. `stated`: the
 * response names the threat (`answers`).
 */
function addPair(
  pairs: Pair[],
  threat: ThreatLike,
  responses: readonly ResponseLike[],
  responseIndex: number,
  stated: boolean,
  rule: PairRule,
): void {
  const response = responses[responseIndex]!;
  const min = lagMin(threat, response);
  const max = lagMax(threat, response);
  if (stated ? !rule.stated : !rule.windowed || max < 0 || min > rule.windowDays) return;
  pairs.push({
    threatId: threat.id,
    responseId: response.id,
    responseIndex,
    basis: stated ? 'stated' : 'window',
    // A stated response answers the threat, so it cannot precede it; a window one ends after it.
    min: Math.max(0, min),
    max: Math.max(0, max),
    approximate: isApproximate(threat, response),
    note: stated ? (response.responseNote ?? null) : null,
  });
}

/** The longest a date can span: a month-precision date covers up to 31 days. */
const LONGEST_SPAN_DAYS = 31;

/**
 * The first position whose response starts on day `min` or later: in `responses`, when they are in
 * date order (`order` null), or else in `order`, their indices by first day.
 */
function firstStartingFrom(
  responses: readonly ResponseLike[],
  order: readonly number[] | null,
  min: number,
): number {
  let low = 0;
  let high = order ? order.length : responses.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (responses[order ? order[middle]! : middle]!.firstDay < min) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The indices of the responses naming each threat (`answers`), ascending: those naming the threat
 * with threatIndex t are `indices[starts[t]]` up to `indices[starts[t + 1]]`. Two flat arrays rather
 * than an array per threat.
 */
function responsesNaming(
  threats: readonly ThreatLike[],
  responses: readonly ResponseLike[],
): { starts: Int32Array; indices: Int32Array } {
  let threatCount = 0;
  for (const threat of threats) threatCount = Math.max(threatCount, threat.threatIndex + 1);
  // Counted at starts[t + 1], then summed up so that starts[t] is where threat t's run begins.
  const starts = new Int32Array(threatCount + 1);
  for (const { answers } of responses) {
    if (!answers) continue;
    for (const threatIndex of answers) if (threatIndex < threatCount) starts[threatIndex + 1]!++;
  }
  for (let t = 0; t < threatCount; t++) starts[t + 1]! += starts[t]!;
  const indices = new Int32Array(starts[threatCount]!);
  const filled = starts.slice(0, threatCount);
  for (let index = 0; index < responses.length; index++) {
    const answers = responses[index]!.answers;
    if (!answers) continue;
    for (const threatIndex of answers)
      if (threatIndex < threatCount) indices[filled[threatIndex]!++] = index;
  }
  return { starts, indices };
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
