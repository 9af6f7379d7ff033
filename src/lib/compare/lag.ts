/**
 * Lags between dated events, honest about date precision: two day-precision dates give an exact
 * number of days; a month-precision date gives a range (a response "in February" to a threat on
 * 1 Feb lags 0–27 days), never a false exact number.
 */
import type { DatePrecision } from '../data/schema';
import { dateSpan, daysBetween } from '../dates';

export interface Lag {
  min: number;
  max: number;
  /** Either date is only approximately known. */
  approximate: boolean;
}

export interface Dated {
  date: string;
  endDate?: string;
  precision: DatePrecision;
}

/** Days from `from` to `to`, as the range their precisions allow. */
export function lagBetween(from: Dated, to: Dated): Lag {
  const a = dateSpan(from.date);
  const b = dateSpan(to.date);
  return {
    min: daysBetween(a.end, b.start),
    max: daysBetween(a.start, b.end),
    approximate: from.precision === 'approximate' || to.precision === 'approximate',
  };
}

/** "same day", "3 days", "0–27 days", "c. 14 days". */
export function formatLag(lag: Lag): string {
  const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
  const text =
    lag.min === lag.max
      ? lag.min === 0
        ? 'same day'
        : days(lag.min)
      : `${lag.min}–${days(lag.max)}`;
  return lag.approximate ? `c. ${text}` : text;
}

/** A number to sort and summarise by: the middle of the range. */
export const lagMidpoint = (lag: Lag) => (lag.min + lag.max) / 2;
