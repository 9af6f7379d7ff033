/**
 * The timeline's time axis ticks, computed with the chart model: Chart.js draws the axis as a plain
 * linear scale over milliseconds, so the browser needs no date adapter (nor its date library).
 * Ticks fall on the first of each month ("Feb 2025"), or on each day ("3 Feb 2025") when the range
 * holds fewer than two month starts; Chart.js then skips labels that would collide.
 */
import { formatDate } from '../dates';

export interface AxisTick {
  /** Milliseconds since the epoch, 00:00 UTC. */
  value: number;
  label: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Ticks between `min` and `max` (milliseconds at 00:00 UTC), both included, labelled in `lang`. */
export function timeAxisTicks(min: number, max: number, lang = 'en'): AxisTick[] {
  const months: AxisTick[] = [];
  const start = new Date(min);
  const year = start.getUTCFullYear();
  // Months counted from January of the first year: Date.UTC carries month 12 into the next year.
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (let value = Date.UTC(year, month, 1); value <= max; value = Date.UTC(year, ++month, 1)) {
    months.push({ value, label: formatDate(isoDay(value).slice(0, 7), 'month', lang) });
  }
  if (months.length >= 2) return months;
  const days: AxisTick[] = [];
  for (let value = min; value <= max; value += DAY_MS) {
    days.push({ value, label: formatDate(isoDay(value), 'day', lang) });
  }
  return days;
}
