/**
 * A weekly pressure/cooperation index from the events' Goldstein weights (−10 hostile … +10 cooperative):
 * per ISO week, U.S. pressure on the country is the sum of the weights of U.S. actions toward it that
 * are negative (shown as a positive magnitude), and the country's cooperation is the sum of the weights
 * of its actions toward the U.S. that are positive. Month-precision events count in the week of the
 * 15th; every week between the first and last event is present, empty weeks as 0.
 */
import { DateTime } from 'luxon';
import type { CountryCode, EventRecord } from '../data/schema';

export interface WeekIndex {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  pressure: number;
  cooperation: number;
  eventIds: string[];
}

const weekOf = (event: EventRecord) => {
  const day = event.date.length === 7 ? `${event.date}-15` : event.date;
  return DateTime.fromISO(day, { zone: 'utc' }).startOf('week').toFormat('yyyy-MM-dd');
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
  let cursor = DateTime.fromISO(sorted[0]!, { zone: 'utc' });
  const last = DateTime.fromISO(sorted.at(-1)!, { zone: 'utc' });
  while (cursor <= last) {
    const week = cursor.toFormat('yyyy-MM-dd');
    const entry = weeks.get(week) ?? { week, pressure: 0, cooperation: 0, eventIds: [] };
    out.push({ ...entry, pressure: round(entry.pressure), cooperation: round(entry.cooperation) });
    cursor = cursor.plus({ weeks: 1 });
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;
