/**
 * The timeline's time axis ticks, computed with the chart model: Chart.js draws the axis as a plain
 * linear scale over milliseconds, so the browser needs no date adapter (nor its date library).
 * Ticks fall on the first of each month ("Feb 2025"), or on each day ("3 Feb 2025") when the range
 * holds fewer than two month starts; Chart.js then skips labels that would collide. Ranges longer
 * than three years get a tick on 1 January every 1, 2, 5, 10… years instead ("2025"), at most a
 * dozen: a month tick per month of a long range would be thousands of labels, all but a few skipped.
 */
import { DAY_MS, dayString, formatDate } from '../dates';

export interface AxisTick {
  /** Milliseconds since the epoch, 00:00 UTC. */
  value: number;
  label: string;
}

const MAX_MONTH_TICKS = 36;
const MAX_YEAR_TICKS = 12;

/** Ticks between `min` and `max` (milliseconds at 00:00 UTC), both included, labelled in `lang`. */
export function timeAxisTicks(min: number, max: number, lang = 'en'): AxisTick[] {
  const start = new Date(min);
  const end = new Date(max);
  const year = start.getUTCFullYear();
  const monthSpan = (end.getUTCFullYear() - year) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (monthSpan > MAX_MONTH_TICKS) return yearTicks(year, end.getUTCFullYear(), min);
  const months: AxisTick[] = [];
  // Months counted from January of the first year: Date.UTC carries month 12 into the next year.
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (let value = Date.UTC(year, month, 1); value <= max; value = Date.UTC(year, ++month, 1)) {
    months.push({ value, label: formatDate(dayString(value / DAY_MS).slice(0, 7), 'month', lang) });
  }
  if (months.length >= 2) return months;
  const days: AxisTick[] = [];
  for (let value = min; value <= max; value += DAY_MS) {
    days.push({ value, label: formatDate(dayString(value / DAY_MS), 'day', lang) });
  }
  return days;
}

/** The smallest of 1, 2, 5, 10, 20, 50… years that splits `years` into at most MAX_YEAR_TICKS. */
function yearStep(years: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const n of [1, 2, 5]) if (years / (n * magnitude) <= MAX_YEAR_TICKS) return n * magnitude;
  }
}

/** 1 January of every year divisible by the step, from `first` to `last`, not before `min`. */
function yearTicks(first: number, last: number, min: number): AxisTick[] {
  const step = yearStep(last - first);
  const ticks: AxisTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const value = new Date(0).setUTCFullYear(year, 0, 1); // Date.UTC would read year 50 as 1950
    if (value >= min) ticks.push({ value, label: String(year) });
  }
  return ticks;
}
