/**
 * A tariff step series as its readers see it: the state of one country's tariffs over time (the
 * rate in effect, the rate threatened, any suspension) and the questions asked of it for one day.
 * ./tariff-series.ts builds the series from the dataset's measures.
 */
import type { CountryCode, TariffMeasure } from './schema';
import type { Continuation } from './tariff-continuation';

export type TariffTrack = 'main' | 'energy';

export const trackOf = (measure: Pick<TariffMeasure, 'scope'>): TariffTrack =>
  /energy|potash/i.test(measure.scope) ? 'energy' : 'main';

export interface Suspension {
  /** First day suspended. */
  start: string;
  /** Last day suspended (inclusive). */
  end: string;
  rate: number;
  /** How long it is: as announced (the measure's `label`, "one-month pause"), or else its days. */
  label: SuspensionLabel;
  eventId: string;
  /** The day the suspension was announced (its event's date), on or before `start`. */
  announced: string;
}

/** A suspension's length as announced (words of the dataset), or counted from its dates. */
export type SuspensionLabel = { announced: string } | { days: number };

export interface TariffState {
  inEffect: number;
  /** Scope of the rate in effect ("all goods", "non-USMCA goods"); null while nothing is in effect. */
  scope: string | null;
  threatened: number | null;
  /** When the threatened rate is due to take effect, where known. */
  threatenedFrom: string | null;
  suspension: Suspension | null;
}

export interface TariffSegment extends TariffState {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive). */
  end: string;
  /** Events whose measures changed the state on `start`. */
  eventIds: string[];
}

export interface CountrySeries {
  country: CountryCode;
  track: TariffTrack;
  segments: TariffSegment[];
  suspensions: Suspension[];
  /** The last day the data speaks for; null when the country has no measures. */
  knownThrough: string | null;
  /** The rate in effect after `knownThrough`, to the dataset's last day; null with no measures. */
  continuation: Continuation | null;
}

/** The state before the first measure: no tariff, no threat. */
export const EMPTY: TariffState = {
  inEffect: 0,
  scope: null,
  threatened: null,
  threatenedFrom: null,
  suspension: null,
};

export type StatusOn = ({ known: true } & TariffState) | { known: false; reason: 'after-data' };

/** The state on `day`: no tariff before the first measure, unknown after `knownThrough`. */
export function statusOn(series: CountrySeries, day: string): StatusOn {
  const state = stateOn(series, day);
  return state ? { known: true, ...state } : { known: false, reason: 'after-data' };
}

/**
 * The state on `day` as `statusOn` gives it, but not copied (the segment itself, or a shared empty
 * state; not to be changed), and null when unknown: the build asks it for every threat and concession.
 */
export function stateOn(series: CountrySeries, day: string): Readonly<TariffState> | null {
  if (!series.knownThrough || day > series.knownThrough) return null;
  const segment = series.segments[segmentAt(series.segments, day)];
  return segment && day <= segment.end ? segment : EMPTY;
}

/** The rate in effect on `day`, 0 when unknown (as a threat reads the rate it would raise). */
export const inEffectOn = (series: CountrySeries, day: string): number =>
  stateOn(series, day)?.inEffect ?? 0;

/** Index of the last segment starting on or before `day` (-1 if none), by binary search: segments are
 * in order and do not overlap, and callers ask once per event. */
export function segmentAt(segments: readonly TariffSegment[], day: string): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (segments[middle]!.start <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
