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
  const relevant: EventRecord[] = [];
  const weekNumbers: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const isRelevant =
      (event.actor.country === 'US' && event.target.includes(country) && event.goldstein < 0) ||
      (event.actor.country === country && event.target.includes('US') && event.goldstein > 0);
    if (!isRelevant) continue;
    const week = weekOf(event);
    relevant.push(event);
    weekNumbers.push(week);
    if (week < first) first = week;
    if (week > last) last = week;
  }
  if (!relevant.length) return [];
  // By week from the first, in lists sized up front: at 100k events there are some 330,000 weeks,
  // and every one of them is visited below.
  const weekCount = (last - first) / 7 + 1;
  const totalsByWeek = new Array<WeekTotals | undefined>(weekCount);
  relevant.forEach((event, i) => {
    const slot = (weekNumbers[i]! - first) / 7;
    const totals = (totalsByWeek[slot] ??= { pressure: 0, cooperation: 0, eventIds: [] });
    if (event.actor.country === 'US') totals.pressure += -event.goldstein;
    else totals.cooperation += event.goldstein;
    totals.eventIds.push(event.id);
  });
  const out = new Array<WeekIndex>(weekCount);
  for (let index = 0, week = first; index < weekCount; index++, week += 7) {
    const totals = totalsByWeek[index];
    out[index] = {
      week: dayString(week),
      pressure: totals ? round(totals.pressure) : 0,
      cooperation: totals ? round(totals.cooperation) : 0,
      eventIds: totals?.eventIds ?? NO_EVENTS,
    };
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;
