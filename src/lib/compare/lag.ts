/**
 * Lags between dated events, honest about date precision: two day-precision dates give an exact
 * number of days; a month-precision date gives a range (a response "in February" to a threat on
 * 1 Feb lags 0–27 days), never a false exact number.
 */
import type { DatePrecision } from '../data/schema';
import { dayRange, type DayRange } from '../dates';
import * as m from '../paraglide/messages.js';
import { inLang } from '../i18n/tag';

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

/**
 * Days from `from` to `to`, as the range their precisions allow. Callers that meet the same dates
 * again and again pass their day ranges (`dayRange`), worked out once.
 */
export function lagBetween(
  from: Dated,
  to: Dated,
  [fromFirst, fromLast]: DayRange = dayRange(from.date),
  [toFirst, toLast]: DayRange = dayRange(to.date),
): Lag {
  return {
    min: toFirst - fromLast,
    max: toLast - fromFirst,
    approximate: from.precision === 'approximate' || to.precision === 'approximate',
  };
}

/** "same day", "3 days", "0–27 days", "c. 14 days" (Spanish: "el mismo día", "3 días", …). */
export function formatLag(lag: Lag, lang: string): string {
  const options = inLang(lang);
  const days = (n: number) =>
    n === 1 ? m.compare_lag_one_day({}, options) : m.compare_lag_days({ days: n }, options);
  const text =
    lag.min === lag.max
      ? lag.min === 0
        ? m.compare_lag_same_day({}, options)
        : days(lag.min)
      : `${lag.min}–${days(lag.max)}`;
  return lag.approximate ? m.compare_lag_approximate({ lag: text }, options) : text;
}

/** A number to sort and summarise by: the middle of the range. */
export const lagMidpoint = (lag: Lag) => (lag.min + lag.max) / 2;
