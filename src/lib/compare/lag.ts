/**
 * Lags between dated events, honest about date precision: two day-precision dates give an exact
 * number of days; a month-precision date gives a range (a response "in February" to a threat on
 * 1 Feb lags 0–27 days), never a false exact number.
 */
import type { DatePrecision } from '../data/schema';
import * as m from '../paraglide/messages.js';
import { inLang } from '../i18n/tag';

export interface Lag {
  min: number;
  max: number;
  /** Either date is only approximately known. */
  approximate: boolean;
}

/** Where an event lies in time, as pairing reads it: its first and last possible days. */
export interface DaySpanned {
  /** Day numbers (`dayRange` of its date), worked out once when the data is built. */
  firstDay: number;
  lastDay: number;
  precision: DatePrecision;
}

/** The `DaySpanned` fields of a date. */
export function daySpanned(date: string, precision: DatePrecision): DaySpanned {
  const firstDay = firstDayOf(date);
  return { firstDay, lastDay: lastDayOf(date, firstDay), precision };
}

/** The number written by two ASCII digits of `text` from `from`. */
const twoDigits = (text: string, from: number) =>
  (text.charCodeAt(from) - 48) * 10 + text.charCodeAt(from + 1) - 48;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const MONTH_LENGTHS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Day number of the first day of a validated `YYYY-MM-DD` or `YYYY-MM` (the 1st), as `dayRange` gives
 * it, but read in place without allocating: the build reads the date of every event, and the arrays
 * `dayRange` makes were much of its garbage. H. Hinnant's days_from_civil, as in `dates.ts`.
 */
export function firstDayOf(date: string): number {
  const year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
  const month = twoDigits(date, 5);
  const day = date.length === 10 ? twoDigits(date, 8) : 1;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
}

/**
 * Day number of the last day a validated date stands for: itself, or the last of its month (`first`
 * is its `firstDayOf`, when the caller has it).
 */
export function lastDayOf(date: string, first = firstDayOf(date)): number {
  if (date.length === 10) return first;
  const year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
  const month = twoDigits(date, 5);
  return first + (month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month]!) - 1;
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
