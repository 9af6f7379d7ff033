/**
 * Lags between dated events, honest about date precision: two day-precision dates give an exact
 * number of days; a month-precision date gives a range (a response "in February" to a threat on
 * 1 Feb lags 0–27 days), never a false exact number.
 */
import type { DatePrecision } from '../data/schema';
import * as m from '../paraglide/messages.js';
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import { firstDayOf, lastDayOf } from '../dates/dates';

export interface Lag {
  min: number;
  max: number;
  /** Either date is only approximately known. */
  approximate: boolean;
}

/** Where an event lies in time, as pairing reads it: its first and last possible days. */
export interface DaySpanned {
  /** Day numbers (`firstDayOf`, `lastDayOf` of its date), worked out once when the data is built. */
  firstDay: number;
  lastDay: number;
  precision: DatePrecision;
}

/** The `DaySpanned` fields of a date. */
export function daySpanned(date: string, precision: DatePrecision): DaySpanned {
  return { firstDay: firstDayOf(date), lastDay: lastDayOf(date), precision };
}

/**
 * The days from `from` to `to` are a range, as their precisions allow (a `Lag`). The fewest: from the
 * last day `from` can be to the first day `to` can be.
 */
export const lagMin = (from: DaySpanned, to: DaySpanned) => to.firstDay - from.lastDay;

/** The most days from `from` to `to`. */
export const lagMax = (from: DaySpanned, to: DaySpanned) => to.lastDay - from.firstDay;

/** Either date is only approximately known. */
export const isApproximate = (from: DaySpanned, to: DaySpanned) =>
  from.precision === 'approximate' || to.precision === 'approximate';

/** "same day", "3 days", "0–27 days", "c. 14 days" (Spanish: "el mismo día", "3 días", …). */
export function formatLag(lag: Lag, lang: string): string {
  const options = inLang(lang);
  const forms = { one: m.compare_lag_days_one, other: m.compare_lag_days_other };
  const days = (n: number) => plural(n, forms, { days: n }, lang);
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
