/**
 * The tariff step series: for one country and any day, the rate in effect, the rate threatened
 * (announced but not in effect) and any suspension, computed from the tariff measures in the dataset.
 *
 * Rules, in the order a day's changes apply:
 * - `threatened`: from the event's date the rate is threatened (to take effect on `effective`, if given).
 * - `imposed`: on `effective` (or the event's date) the rate is in effect with its scope; a threat at or
 *   below it is thereby carried out. Announced ahead of `effective`, a new rate counts as threatened
 *   until then; the same rate with a new scope (USMCA goods exempted) is a change of scope, not a threat.
 * - `suspended`: from `effective` (or the event's date) through `until` the threatened rate is suspended;
 *   the threat stays pending, and what follows the suspension is whatever the next event says.
 * - `lifted`: the rate in effect becomes `rate` (normally 0) and threats and suspensions end.
 * Before the first measure no such tariff existed (rate 0). After the last date the measures speak of
 * (`knownThrough`) the status is unknown: callers must show it as unknown, never as 0.
 * Only the broad "main" track is charted; measures on energy and potash form their own track.
 */
import type { CountryCode, EventRecord, TariffMeasure } from '../data/schema';
import { addDays, daysBetween } from '../dates';

export type TariffTrack = 'main' | 'energy';

export const trackOf = (measure: Pick<TariffMeasure, 'scope'>): TariffTrack =>
  /energy|potash/i.test(measure.scope) ? 'energy' : 'main';

export interface Suspension {
  /** First day suspended. */
  start: string;
  /** Last day suspended (inclusive). */
  end: string;
  rate: number;
  /** "30-day pause": as announced, or else counted from the dates. */
  label: string;
  eventId: string;
}

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
}

interface Transition {
  date: string;
  /** The event that causes the change; null when a suspension simply runs out. */
  eventId: string | null;
  apply(state: TariffState): TariffState;
}

const EMPTY: TariffState = {
  inEffect: 0,
  scope: null,
  threatened: null,
  threatenedFrom: null,
  suspension: null,
};

function suspensionLabel(start: string, end: string, label: string | undefined): string {
  if (label) return label;
  const days = daysBetween(start, end) + 1;
  return `${days}-day ${days > 45 ? 'suspension' : 'pause'}`;
}

function suspensionOf(event: EventRecord, measure: TariffMeasure): Suspension {
  const start = measure.effective ?? event.date;
  const end = measure.until ?? start;
  const label = suspensionLabel(start, end, measure.label);
  return { start, end, rate: measure.rate, label, eventId: event.id };
}

const isSame = (a: Suspension | null, b: Suspension) =>
  a?.eventId === b.eventId && a.start === b.start && a.rate === b.rate;

function transitionsOf(event: EventRecord, measure: TariffMeasure): Transition[] {
  const { rate } = measure;
  const starts = measure.effective ?? event.date;
  const base = { eventId: event.id };
  switch (measure.status) {
    case 'threatened':
      return [
        {
          ...base,
          date: event.date,
          apply: (s) => ({ ...s, threatened: rate, threatenedFrom: measure.effective ?? null }),
        },
      ];
    case 'imposed': {
      const takeEffect: Transition = {
        ...base,
        date: starts,
        apply: (s) => ({
          ...s,
          inEffect: rate,
          scope: measure.scope,
          threatened: s.threatened !== null && s.threatened > rate ? s.threatened : null,
          threatenedFrom: s.threatened !== null && s.threatened > rate ? s.threatenedFrom : null,
          suspension: null,
        }),
      };
      if (starts <= event.date) return [takeEffect];
      const announce: Transition = {
        ...base,
        date: event.date,
        apply: (s) =>
          s.inEffect === rate
            ? s
            : { ...s, threatened: rate, threatenedFrom: measure.effective ?? null },
      };
      return [announce, takeEffect];
    }
    case 'suspended': {
      const suspension = suspensionOf(event, measure);
      return [
        {
          ...base,
          date: starts,
          apply: (s) => ({ ...s, threatened: rate, suspension }),
        },
        {
          eventId: null,
          date: addDays(suspension.end, 1),
          apply: (s) => (isSame(s.suspension, suspension) ? { ...s, suspension: null } : s),
        },
      ];
    }
    case 'lifted':
      return [
        {
          ...base,
          date: starts,
          apply: (s) => ({
            ...s,
            inEffect: rate,
            scope: rate ? s.scope : null,
            threatened: null,
            threatenedFrom: null,
            suspension: null,
          }),
        },
      ];
  }
}

/** `YYYY-MM-DD` dates in order: as plain text, which is much faster than localeCompare. */
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sameState = (a: TariffState, b: TariffState) =>
  a.inEffect === b.inEffect &&
  a.scope === b.scope &&
  a.threatened === b.threatened &&
  a.threatenedFrom === b.threatenedFrom &&
  (a.suspension === null ? b.suspension === null : isSame(b.suspension, a.suspension));

/** The series of one country's measures on one track. `events` must be validated (day dates on measures). */
export function tariffSeries(
  events: readonly EventRecord[],
  country: CountryCode,
  track: TariffTrack = 'main',
): CountrySeries {
  const transitions: Transition[] = [];
  const suspensions: Suspension[] = [];
  let knownThrough = null as string | null;
  const extend = (day: string) => {
    if (!knownThrough || day > knownThrough) knownThrough = day;
  };

  events.forEach((event) => {
    if (event.kind !== 'tariff' || event.date.length !== 10) return;
    (event.tariffs ?? []).forEach((measure) => {
      if (measure.country !== country || trackOf(measure) !== track) return;
      extend(event.date);
      if (measure.effective) extend(measure.effective);
      if (measure.status === 'suspended') {
        const suspension = suspensionOf(event, measure);
        extend(suspension.end);
        suspensions.push(suspension);
      }
      transitions.push(...transitionsOf(event, measure));
    });
  });

  // Stable: a day's changes apply in dataset order.
  const ordered = transitions
    .map((transition, index) => ({ transition, index }))
    .sort((a, b) => compareDays(a.transition.date, b.transition.date) || a.index - b.index)
    .map(({ transition }) => transition);

  const segments: TariffSegment[] = [];
  let state = EMPTY;
  for (const transition of ordered) {
    if (knownThrough && transition.date > knownThrough) break;
    state = transition.apply(state);
    const last = segments.at(-1);
    if (last && last.start === transition.date) {
      Object.assign(last, state);
      if (transition.eventId && !last.eventIds.includes(transition.eventId)) {
        last.eventIds.push(transition.eventId);
      }
    } else if (last && sameState(last, state)) {
      continue;
    } else {
      if (last) last.end = addDays(transition.date, -1);
      segments.push({
        ...state,
        start: transition.date,
        end: transition.date,
        eventIds: transition.eventId ? [transition.eventId] : [],
      });
    }
  }
  const last = segments.at(-1);
  if (last && knownThrough) last.end = knownThrough;

  // A same-day update can leave two neighbours equal; merge them.
  const merged = segments.reduce<TariffSegment[]>((out, segment) => {
    const previous = out.at(-1);
    if (previous && sameState(previous, segment)) {
      previous.end = segment.end;
      previous.eventIds.push(...segment.eventIds.filter((id) => !previous.eventIds.includes(id)));
    } else out.push(segment);
    return out;
  }, []);

  return { country, track, segments: merged, suspensions, knownThrough };
}

export type StatusOn = ({ known: true } & TariffState) | { known: false; reason: 'after-data' };

/** The state on `day`: no tariff before the first measure, unknown after `knownThrough`. */
export function statusOn(series: CountrySeries, day: string): StatusOn {
  if (!series.knownThrough || day > series.knownThrough)
    return { known: false, reason: 'after-data' };
  const segment = series.segments[segmentAt(series.segments, day)];
  return { known: true, ...(segment && day <= segment.end ? segment : EMPTY) };
}

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
