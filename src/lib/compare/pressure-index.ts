/**
 * A weekly pressure/cooperation index from the events' Goldstein weights (−10 hostile … +10 cooperative):
 * per ISO week, U.S. pressure on the country is the sum of the weights of U.S. actions toward it that
 * are negative (shown as a positive magnitude), and the country's cooperation is the sum of the weights
 * of its actions toward the U.S. that are positive. Month-precision events count in the week of the
 * 15th; every week between the first and last event is present, empty weeks as 0.
 */
import type { CountryCode, EventRecord } from '../data/schema';
import { dayNumber, dayString, mondayOf } from '../dates';

export interface WeekIndex {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  pressure: number;
  cooperation: number;
  eventIds: readonly string[];
}

/** The event list of every week without events: one array for all of them, never changed. */
const NO_EVENTS: readonly string[] = Object.freeze([]);

/** Day number of the Monday of the event's week. */
const weekOf = (event: EventRecord) => {
  const day = event.date.length === 7 ? `${event.date}-15` : event.date;
  return mondayOf(dayNumber(day));
};

interface WeekTotals {
  pressure: number;
  cooperation: number;
  eventIds: string[];
}

export function weeklyIndex(events: readonly EventRecord[], country: CountryCode): WeekIndex[] {
  const relevant = events.filter(
    (e) =>
      (e.actor.country === 'US' && e.target.includes(country) && e.goldstein < 0) ||
      (e.actor.country === country && e.target.includes('US') && e.goldstein > 0),
  );
  if (!relevant.length) return [];
  const weeks = new Map<number, WeekTotals>();
  let first = Infinity;
  let last = -Infinity;
  for (const event of relevant) {
    const week = weekOf(event);
    let totals = weeks.get(week);
    if (!totals) weeks.set(week, (totals = { pressure: 0, cooperation: 0, eventIds: [] }));
    if (event.actor.country === 'US') totals.pressure += -event.goldstein;
    else totals.cooperation += event.goldstein;
    totals.eventIds.push(event.id);
    first = Math.min(first, week);
    last = Math.max(last, week);
  }
  const out: WeekIndex[] = [];
  for (let week = first; week <= last; week += 7) {
    const totals = weeks.get(week);
    out.push({
      week: dayString(week),
      pressure: totals ? round(totals.pressure) : 0,
      cooperation: totals ? round(totals.cooperation) : 0,
      eventIds: totals?.eventIds ?? NO_EVENTS,
    });
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;
