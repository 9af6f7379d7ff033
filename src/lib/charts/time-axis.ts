/**
 * Time axis ticks, computed by our own code for every chart: the timeline's Chart.js then draws a
 * plain linear scale over milliseconds and needs no date adapter (nor its date library), and the
 * comparison's SVG charts need no d3-scale (nor d3's time formats, colours and interpolators).
 *
 * The unit follows the range: days ("3 Feb 2025") when it holds fewer than two month starts, months
 * ("Feb 2025") up to three years, years ("2025") beyond, at most a dozen: a month tick per month of a
 * long range would be thousands of labels, all but a few skipped. Within the unit the step is the
 * smallest that keeps the ticks within `maxTicks`: 1, 2, 7 or 14 days (weeks from a Monday), 1, 2, 3
 * or 6 months (from January), 1, 2, 5, 10, 20… years; when no step fits, the next unit up. The
 * timeline leaves `maxTicks` open, as Chart.js skips labels that would collide; the SVG charts draw
 * every label, so they set it from their width.
 */
import { dayString, formatDate } from '../dates/dates';
import { roundStep } from './scale';

const DAY_MS = 86_400_000;

export interface AxisTick {
  /** Milliseconds since the epoch, 00:00 UTC. */
  value: number;
  label: string;
}

const MAX_MONTH_SPAN = 36;
const MAX_YEAR_TICKS = 12;
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6];
/** Day number of Monday 5 January 1970: week ticks fall on Mondays. */
const A_MONDAY = 4;

/** How many multiples of `step` lie from `first` to `last`. */
const multiples = (first: number, last: number, step: number) =>
  Math.floor(last / step) - Math.ceil(first / step) + 1;

/** Ticks between `min` and `max` (milliseconds at 00:00 UTC), both included, labelled in `lang`. */
export function timeAxisTicks(
  min: number,
  max: number,
  lang = 'en',
  maxTicks = Infinity,
): AxisTick[] {
  const start = new Date(min);
  const end = new Date(max);
  // Months counted from January of year 0; the first tick can be the first month start from `min`.
  const startMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const lastMonth = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const firstMonth = startMonth + (start.getUTCDate() === 1 ? 0 : 1);
  if (lastMonth - startMonth <= MAX_MONTH_SPAN) {
    if (lastMonth > firstMonth) {
      const step = MONTH_STEPS.find((n) => multiples(firstMonth, lastMonth, n) <= maxTicks);
      if (step) return monthTicks(firstMonth, lastMonth, step, lang);
    } else {
      const [firstDay, lastDay] = [Math.ceil(min / DAY_MS), Math.floor(max / DAY_MS)];
      const step = DAY_STEPS.find(
        (n) => multiples(firstDay - A_MONDAY, lastDay - A_MONDAY, n) <= maxTicks,
      );
      if (step) return dayTicks(firstDay, lastDay, step, lang);
      return monthTicks(firstMonth, lastMonth, 1, lang);
    }
  }
  return yearTicks(start.getUTCFullYear(), end.getUTCFullYear(), min, maxTicks);
}

function dayTicks(firstDay: number, lastDay: number, step: number, lang: string): AxisTick[] {
  const ticks: AxisTick[] = [];
  const first = A_MONDAY + Math.ceil((firstDay - A_MONDAY) / step) * step;
  for (let day = first; day <= lastDay; day += step) {
    ticks.push({ value: day * DAY_MS, label: formatDate(dayString(day), 'day', lang) });
  }
  return ticks;
}

/** The 1st of every month divisible by `step` (counted as in `timeAxisTicks`). */
function monthTicks(firstMonth: number, lastMonth: number, step: number, lang: string) {
  const ticks: AxisTick[] = [];
  for (let month = Math.ceil(firstMonth / step) * step; month <= lastMonth; month += step) {
    const value = new Date(0).setUTCFullYear(Math.floor(month / 12), month % 12, 1);
    ticks.push({ value, label: formatDate(dayString(value / DAY_MS).slice(0, 7), 'month', lang) });
  }
  return ticks;
}

/** 1 January of every year divisible by a round step, from `first` to `last`, not before `min`. */
function yearTicks(first: number, last: number, min: number, maxTicks: number): AxisTick[] {
  const januaryFirst = (year: number) => new Date(0).setUTCFullYear(year, 0, 1); // Date.UTC would read year 50 as 1950
  const firstTick = januaryFirst(first) >= min ? first : first + 1;
  const limit = Math.max(1, Math.min(MAX_YEAR_TICKS, maxTicks));
  const step = roundStep((n) => multiples(firstTick, last, n) <= limit);
  const ticks: AxisTick[] = [];
  for (let year = Math.ceil(firstTick / step) * step; year <= last; year += step) {
    ticks.push({ value: januaryFirst(year), label: String(year) });
  }
  return ticks;
}
