/**
 * A weekly pressure/cooperation index from the events' Goldstein weights (−10 hostile … +10 cooperative):
 * per ISO week, U.S. pressure on the country is the sum of the weights of U.S. actions toward it that
 * are negative (shown as a positive magnitude), and the country's cooperation is the sum of the weights
 * of its actions toward the U.S. that are positive. Month-precision events count in the week of the
 * 15th; every week between the first and last event is present, empty weeks as 0.
 */
import type { CountryCode, EventRecord } from '../data/schema';
import { everySeventhDay, isoWeekStart } from '../dates';

export interface WeekIndex {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  pressure: number;
  cooperation: number;
  eventIds: string[];
}

const weekOf = (event: EventRecord) => {
  const day = event.date.length === 7 ? `${event.date}-15` : event.date;
  return isoWeekStart(day);
};

export function weeklyIndex(events: readonly EventRecord[], country: CountryCode): WeekIndex[] {
  const relevant = events.filter(
    (e) =>
      (e.actor.country === 'US' && e.target.includes(country) && e.goldstein < 0) ||
      (e.actor.country === country && e.target.includes('US') && e.goldstein > 0),
  );
  if (!relevant.length) return [];
  const weeks = new Map<string, WeekIndex>();
  for (const event of relevant) {
    const week = weekOf(event);
    const entry = weeks.get(week) ?? { week, pressure: 0, cooperation: 0, eventIds: [] };
    if (event.actor.country === 'US') entry.pressure += -event.goldstein;
    else entry.cooperation += event.goldstein;
    entry.eventIds.push(event.id);
    weeks.set(week, entry);
  }
  const sorted = [...weeks.keys()].sort();
  const out: WeekIndex[] = [];
  for (const week of everySeventhDay(sorted[0]!, sorted.at(-1)!)) {
    const entry = weeks.get(week) ?? { week, pressure: 0, cooperation: 0, eventIds: [] };
    out.push({ ...entry, pressure: round(entry.pressure), cooperation: round(entry.cooperation) });
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;
