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
 * (`knownThrough`) the status is unknown: callers must show it as unknown, never as 0. Only the rate in
 * effect carries on after it, to the dataset's last day, as `continuation` describes (confirmed while a
 * later article reports it in force, unconfirmed after).
 * Only the broad "main" track is charted; measures on energy and potash form their own track.
 */
import type { CountryCode, EventRecord, TariffMeasure } from './schema';
import { addDays, daysBetween } from '../dates/dates';
import { eventsExtent } from './extent';
import { byCodeUnits } from './order';
import { continuationOf, type ConfirmationOfRate } from './tariff-continuation';
import {
  EMPTY,
  trackOf,
  type CountrySeries,
  type Suspension,
  type SuspensionLabel,
  type TariffSegment,
  type TariffState,
  type TariffTrack,
} from './tariff-state';

/**
 * What a transition does to the state (see the rules above): `announce` is an imposed rate announced
 * ahead of its effective date, `resume` the end of a suspension that simply runs out.
 */
type Step = 'threaten' | 'announce' | 'impose' | 'suspend' | 'resume' | 'lift';

/** A change of state on `date`: plain data rather than a closure, as a series has one per measure. */
interface Transition {
  date: string;
  step: Step;
  measure: TariffMeasure;
  /** The event that causes the change; null when a suspension simply runs out. */
  eventId: string | null;
  /** The suspension that `suspend` starts or `resume` ends. */
  suspension: Suspension | null;
}

const suspensionLabel = (start: string, end: string, label: string | undefined): SuspensionLabel =>
  label ? { announced: label } : { days: daysBetween(start, end) + 1 };

function suspensionOf(event: EventRecord, measure: TariffMeasure): Suspension {
  const start = measure.effective ?? event.date;
  const end = measure.until ?? start;
  const label = suspensionLabel(start, end, measure.label);
  return { start, end, rate: measure.rate, label, eventId: event.id, announced: event.date };
}

const isSame = (a: Suspension | null, b: Suspension) =>
  a?.eventId === b.eventId && a.start === b.start && a.rate === b.rate;

/** Adds the transitions of one measure to `out`; `suspension` is the measure's, if it suspends. */
function addTransitions(
  out: Transition[],
  event: EventRecord,
  measure: TariffMeasure,
  suspension: Suspension | null,
): void {
  const { date, id } = event;
  const starts = measure.effective ?? date;
  switch (measure.status) {
    case 'threatened':
      out.push({ date, step: 'threaten', measure, eventId: id, suspension });
      break;
    case 'imposed':
      if (starts > date) out.push({ date, step: 'announce', measure, eventId: id, suspension });
      out.push({ date: starts, step: 'impose', measure, eventId: id, suspension });
      break;
    case 'suspended':
      out.push({ date: starts, step: 'suspend', measure, eventId: id, suspension });
      out.push({
        date: addDays(suspension!.end, 1),
        step: 'resume',
        measure,
        eventId: null,
        suspension,
      });
      break;
    case 'lifted':
      out.push({ date: starts, step: 'lift', measure, eventId: id, suspension });
      break;
  }
}

/** Applies a transition to `state`, in place. */
function applyTransition(state: TariffState, { step, measure, suspension }: Transition): void {
  const { rate } = measure;
  switch (step) {
    case 'announce':
      // The same rate with a new scope is a change of scope, not a threat.
      if (state.inEffect === rate) break;
    // falls through
    case 'threaten':
      state.threatened = rate;
      state.threatenedFrom = measure.effective ?? null;
      break;
    case 'impose':
      // A threat at or below the new rate is thereby carried out.
      if (state.threatened === null || state.threatened <= rate) {
        state.threatened = null;
        state.threatenedFrom = null;
      }
      state.inEffect = rate;
      state.scope = measure.scope;
      state.suspension = null;
      break;
    case 'suspend':
      state.threatened = rate;
      state.suspension = suspension;
      break;
    case 'resume':
      if (isSame(state.suspension, suspension!)) state.suspension = null;
      break;
    case 'lift':
      state.inEffect = rate;
      if (!rate) state.scope = null;
      state.threatened = null;
      state.threatenedFrom = null;
      state.suspension = null;
      break;
  }
}

/** Transitions in date order. */
const byDate = (a: Transition, b: Transition) => byCodeUnits(a.date, b.date);

const sameState = (a: TariffState, b: TariffState) =>
  a.inEffect === b.inEffect &&
  a.scope === b.scope &&
  a.threatened === b.threatened &&
  a.threatenedFrom === b.threatenedFrom &&
  (a.suspension === null ? b.suspension === null : isSame(b.suspension, a.suspension));

/** One country's measures, as `tariffSeriesFor` collects them. */
interface Collected {
  transitions: Transition[];
  suspensions: Suspension[];
  knownThrough: string | null;
  confirmations: ConfirmationOfRate[];
}

/** The later of two `YYYY-MM-DD` days, as plain text; `day` may be null. */
const later = (day: string | null, other: string) => (day && day >= other ? day : other);

function collect(into: Collected, event: EventRecord, measure: TariffMeasure): void {
  into.knownThrough = later(into.knownThrough, event.date);
  if (measure.effective) into.knownThrough = later(into.knownThrough, measure.effective);
  let suspension: Suspension | null = null;
  if (measure.status === 'suspended') {
    const listed = suspensionOf(event, measure);
    into.knownThrough = later(into.knownThrough, listed.end);
    into.suspensions.push(listed);
    // The segments get their own copy, as they always have: page data serializes an object shared
    // between the list and the segments as a reference, which would change the prerendered pages.
    suspension = suspensionOf(event, measure);
  }
  addTransitions(into.transitions, event, measure, suspension);
  if (measure.status !== 'imposed') return;
  for (const { date, source, quote } of measure.confirmations ?? []) {
    into.confirmations.push({ date, source, quote, eventId: event.id, rate: measure.rate });
  }
}

/**
 * The series of each of `countries` (distinct) on one track, reading the events once for all the
 * countries the timeline charts.
 * `events` must be validated: a tariff event and its measures have day dates, and a suspension its
 * last day, on or after its first (src/lib/data/schema.ts).
 */
export function tariffSeriesFor(
  events: readonly EventRecord[],
  countries: readonly CountryCode[],
  track: TariffTrack = 'main',
): CountrySeries[] {
  const collected = countries.map((): Collected => ({
    transitions: [],
    suspensions: [],
    knownThrough: null,
    confirmations: [],
  }));
  for (const event of events) {
    if (event.kind !== 'tariff' || !event.tariffs) continue;
    for (const measure of event.tariffs) {
      const index = countries.indexOf(measure.country);
      if (index < 0 || trackOf(measure) !== track) continue;
      collect(collected[index]!, event, measure);
    }
  }
  const dataEnd = events.length ? eventsExtent(events).end : null;
  return countries.map((country, index) => seriesOf(country, track, collected[index]!, dataEnd));
}

/** The series of one country's measures on one track; `events` as `tariffSeriesFor` needs them. */
export function tariffSeries(
  events: readonly EventRecord[],
  country: CountryCode,
  track: TariffTrack = 'main',
): CountrySeries {
  return tariffSeriesFor(events, [country], track)[0]!;
}

/** The series from one country's collected measures; `dataEnd` is the dataset's last day. */
function seriesOf(
  country: CountryCode,
  track: TariffTrack,
  { transitions, suspensions, knownThrough, confirmations }: Collected,
  dataEnd: string | null,
): CountrySeries {
  // Array.prototype.sort is stable: a day's changes apply in dataset order.
  transitions.sort(byDate);

  const segments: TariffSegment[] = [];
  const state = { ...EMPTY };
  let last: TariffSegment | undefined;
  for (const transition of transitions) {
    if (knownThrough && transition.date > knownThrough) break;
    applyTransition(state, transition);
    if (last && last.start === transition.date) {
      Object.assign(last, state);
      if (transition.eventId && !last.eventIds.includes(transition.eventId)) {
        last.eventIds.push(transition.eventId);
      }
    } else if (last && sameState(last, state)) {
      continue;
    } else {
      if (last) last.end = addDays(transition.date, -1);
      last = {
        inEffect: state.inEffect,
        scope: state.scope,
        threatened: state.threatened,
        threatenedFrom: state.threatenedFrom,
        suspension: state.suspension,
        start: transition.date,
        end: transition.date,
        eventIds: transition.eventId ? [transition.eventId] : [],
      };
      segments.push(last);
    }
  }
  if (last && knownThrough) last.end = knownThrough;

  // A same-day update can leave two neighbours equal; merge them.
  const merged: TariffSegment[] = [];
  let previous: TariffSegment | undefined;
  for (const segment of segments) {
    if (previous && sameState(previous, segment)) {
      previous.end = segment.end;
      for (const id of segment.eventIds) {
        if (!previous.eventIds.includes(id)) previous.eventIds.push(id);
      }
    } else merged.push((previous = segment));
  }

  const final = merged.at(-1);
  const continuation =
    final && knownThrough ? continuationOf(final, knownThrough, confirmations, dataEnd) : null;
  return { country, track, segments: merged, suspensions, knownThrough, continuation };
}
