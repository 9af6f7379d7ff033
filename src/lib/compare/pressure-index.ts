/**
 * A weekly pressure/cooperation index from the events' Goldstein weights (−10 hostile … +10 cooperative):
 * per ISO week, U.S. pressure on the country is the sum of the weights of U.S. actions toward it that
 * are negative (shown as a positive magnitude), and the country's cooperation is the sum of the weights
 * of its actions toward the U.S. that are positive. Month-precision events count in the week of the
 * 15th; every week between the first and last event is present, empty weeks as 0.
 */
import type { CountryCode, EventRecord } from '../data/schema';
import { addDays, isoWeekStart } from '../dates/dates';

export interface WeekIndex {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  pressure: number;
  cooperation: number;
  eventIds: readonly string[];
}

/** Monday of the event's week (a month's week being the 15th's). */
const weekOf = (event: EventRecord) =>
  isoWeekStart(event.date.length === 7 ? `${event.date}-15` : event.date);

export function weeklyIndex(events: readonly EventRecord[], country: CountryCode): WeekIndex[] {
  const byWeek = new Map<string, WeekIndex & { eventIds: string[] }>();
  for (const event of events) {
    const isRelevant =
      (event.actor.country === 'US' && event.goldstein < 0 && event.target.includes(country)) ||
      (event.actor.country === country && event.goldstein > 0 && event.target.includes('US'));
    if (!isRelevant) continue;
    const week = weekOf(event);
    let totals = byWeek.get(week);
    if (!totals) byWeek.set(week, (totals = { week, pressure: 0, cooperation: 0, eventIds: [] }));
    if (event.actor.country === 'US') totals.pressure -= event.goldstein;
    else totals.cooperation += event.goldstein;
    totals.eventIds.push(event.id);
  }
  if (!byWeek.size) return [];
  const weeks = [...byWeek.keys()].sort();
  const out: WeekIndex[] = [];
  for (let week = weeks[0]!; week <= weeks.at(-1)!; week = addDays(week, 7)) {
    const totals = byWeek.get(week);
    out.push({
      week,
      pressure: round(totals?.pressure ?? 0),
      cooperation: round(totals?.cooperation ?? 0),
      eventIds: totals?.eventIds ?? [],
    });
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;
