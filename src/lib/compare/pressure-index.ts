/**
 * A weekly pressure/cooperation index from the events' Goldstein weights (−10 hostile … +10 cooperative):
 * per ISO week, U.S. pressure on the country is the sum of the weights of U.S. actions toward it that
 * are negative (shown as a positive magnitude), and the country's cooperation is the sum of the weights
 * of its actions toward the U.S. that are positive. Month-precision events count in the week of the
 * 15th; every week between the first and last event is present, empty weeks as 0.
 */
import type { CountryCode, EventRecord } from '../data/schema';
import { daysInMonth, dayString, firstDayOf, mondayOf, pad } from '../dates';

export interface WeekIndex {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  pressure: number;
  cooperation: number;
  eventIds: readonly string[];
}

/** The event list of every week without events: one array for all of them, never changed. */
const NO_EVENTS: readonly string[] = Object.freeze([]);

/** Day number of the Monday of the event's week (a month's week being the 15th's). */
const weekOf = (event: EventRecord) =>
  mondayOf(firstDayOf(event.date) + (event.date.length === 7 ? 14 : 0));

export function weeklyIndex(events: readonly EventRecord[], country: CountryCode): WeekIndex[] {
  const relevant: EventRecord[] = [];
  const weekNumbers: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const isRelevant =
      (event.actor.country === 'US' && event.goldstein < 0 && event.target.includes(country)) ||
      (event.actor.country === country && event.goldstein > 0 && event.target.includes('US'));
    if (!isRelevant) continue;
    const week = weekOf(event);
    relevant.push(event);
    weekNumbers.push(week);
    if (week < first) first = week;
    if (week > last) last = week;
  }
  if (!relevant.length) return [];
  // By week from the first, in typed arrays sized up front rather than an object per week: at 100k
  // events there are some 330,000 weeks, and every one of them is visited below.
  const weekCount = (last - first) / 7 + 1;
  const pressure = new Float64Array(weekCount);
  const cooperation = new Float64Array(weekCount);
  const eventIds = new Array<string[] | undefined>(weekCount);
  for (let i = 0; i < relevant.length; i++) {
    const event = relevant[i]!;
    const slot = (weekNumbers[i]! - first) / 7;
    if (event.actor.country === 'US') pressure[slot] = pressure[slot]! - event.goldstein;
    else cooperation[slot] = cooperation[slot]! + event.goldstein;
    // A week's first id in a literal of its own size: an empty array's first push reserves 17 slots,
    // and most weeks have one event.
    const ids = eventIds[slot];
    if (ids) ids.push(event.id);
    else eventIds[slot] = [event.id];
  }
  const out = new Array<WeekIndex>(weekCount);
  const mondays = new Mondays(first);
  for (let index = 0; index < weekCount; index++) {
    out[index] = {
      week: mondays.next(),
      pressure: round(pressure[index]!),
      cooperation: round(cooperation[index]!),
      eventIds: eventIds[index] ?? NO_EVENTS,
    };
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The `YYYY-MM-DD` of one Monday after another, counted on the calendar rather than each worked out
 * from a day number (`dayString`): the index writes one for each of hundreds of thousands of weeks.
 */
class Mondays {
  private year: number;
  private month: number;
  private day: number;
  /** `YYYY-MM-` of the current month. */
  private prefix: string;

  constructor(first: number) {
    const [year, month, day] = dayString(first).split('-').map(Number);
    this.year = year!;
    this.month = month!;
    this.day = day!;
    this.prefix = this.monthPrefix();
  }

  /** The current Monday, then a move to the next. */
  next(): string {
    const week = this.prefix + pad(this.day);
    this.day += 7;
    const length = daysInMonth(this.year, this.month);
    if (this.day > length) {
      this.day -= length;
      if (++this.month > 12) {
        this.month = 1;
        this.year++;
      }
      this.prefix = this.monthPrefix();
    }
    return week;
  }

  private monthPrefix(): string {
    return `${String(this.year).padStart(4, '0')}-${pad(this.month)}-`;
  }
}
