/**
 * The dataset's calendar dates, `YYYY-MM-DD` or `YYYY-MM` (month precision), read, checked, shifted
 * and written by luxon. Every date is a day in UTC, so no reader's time zone moves it.
 */
import { DateTime, Settings } from 'luxon';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';

/** How precisely a date is known: the dataset's `precision` codes. */
export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// Every date written names its locale (`localeOf`), so no reader's system locale may enter; and
// without a default, luxon asks Intl for the system's, which is slow the first time in a page.
Settings.defaultLocale = 'en-US';

const UTC = { zone: 'utc' } as const;
const DAY_FORMAT = /* @__PURE__ */ DateTime.buildFormatParser('yyyy-MM-dd');
const MONTH_FORMAT = /* @__PURE__ */ DateTime.buildFormatParser('yyyy-MM');

/** A `YYYY-MM-DD`, or the 1st of a `YYYY-MM`, at 00:00 UTC; invalid if it is not a calendar date. */
const calendarDay = (date: string) =>
  DateTime.fromFormatParser(date, date.length === 7 ? MONTH_FORMAT : DAY_FORMAT, UTC);

/** A valid `calendarDay`, or an error naming the date. */
function requireDay(date: string): DateTime<true> {
  const day = calendarDay(date);
  if (!day.isValid) throw new Error(`not a calendar date: "${date}"`);
  return day;
}

const EPOCH = /* @__PURE__ */ DateTime.fromMillis(0, UTC);

/** True for a real `YYYY-MM-DD` or `YYYY-MM` date ("2025-02-30" and "2025-2-3" are false). */
export const isCalendarDate = (date: string): boolean => calendarDay(date).isValid;

/** Days since 1970-01-01 of a `YYYY-MM-DD` (of the 1st for a `YYYY-MM`); NaN if not a date. */
export const dayNumber = (date: string): number => calendarDay(date).diff(EPOCH).as('days');

/** The `YYYY-MM-DD` of a day number. */
export const dayString = (dayNumber: number): string =>
  EPOCH.plus({ days: dayNumber }).toISODate()!;

export interface DaySpan {
  /** First possible day, `YYYY-MM-DD`. */
  start: string;
  /** Last possible day, `YYYY-MM-DD`. */
  end: string;
}

/** The days a date can stand for: one day, or every day of its month. */
export function dateSpan(date: string): DaySpan {
  const first = requireDay(date);
  const last = date.length === 7 ? first.endOf('month') : first;
  return { start: first.toISODate(), end: last.toISODate() };
}

/** The first day a date stands for (`dateSpan(date).start`). */
export const firstDayString = (date: string): string => requireDay(date).toISODate();

/** Day number of the first day a date stands for (`dayNumber`: a month's is its 1st). */
export const firstDayOf = (date: string): number => dayNumber(date);

/** Day number of the last day a date stands for: itself, or the last of its month. */
export const lastDayOf = (date: string): number => dayNumber(dateSpan(date).end);

/** Today in UTC: its `YYYY-MM-DD` and its year. */
export function todayInUtc(): { date: string; year: number } {
  const now = DateTime.utc();
  return { date: now.toISODate(), year: now.year };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  calendarDay(to).diff(calendarDay(from), 'days').days;

/** `YYYY-MM-DD` (or the 1st of a `YYYY-MM`) shifted by a whole number of days. */
export const addDays = (date: string, days: number): string =>
  requireDay(date).plus({ days }).toISODate();

/**
 * A function of a date that works each date out once. The charts place every event, step and band
 * on their time axis, and label the bands, anew at each change of view: at 10k events luxon took
 * about 0.3 s to do it all again.
 */
function remembered<Args extends (string | undefined)[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const known = new Map<string, Result>();
  return (...args) => {
    const key = args.join('\0');
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(...args)));
    return value;
  };
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` (for time axes); NaN if not a date. */
export const dayToMillis = /* @__PURE__ */ remembered((date: string) =>
  calendarDay(date).toMillis(),
);

/** Milliseconds at the end of a day (00:00 UTC of the next): where the day ends on a time axis. */
export const dayEndMillis = /* @__PURE__ */ remembered((date: string) =>
  requireDay(date).plus({ days: 1 }).toMillis(),
);

/** Monday of the ISO week holding a `YYYY-MM-DD`. */
export const isoWeekStart = (date: string): string => requireDay(date).startOf('week').toISODate();

/** The locale whose conventions a page language's dates follow. */
const localeOf = (lang: string) => (lang === 'es' ? 'es-MX' : 'en-US');

/**
 * Where a date is written: in a table, label or chart ("3 Feb 2025", "3 feb 2025"), or in prose and
 * headlines, where Spanish spells the month out ("3 de febrero de 2025"; English stays "3 Feb 2025").
 */
export type DateStyle = 'table' | 'prose';

const MONTH_AND_YEAR = { month: 'long', year: 'numeric' } as const;

/** A valid day written as a whole date or as its month alone. */
function written(day: DateTime<true>, withDay: boolean, lang: string, style: DateStyle): string {
  const locale = localeOf(lang);
  if (style === 'prose' && lang === 'es') {
    return day.toLocaleString(withDay ? DateTime.DATE_FULL : MONTH_AND_YEAR, { locale });
  }
  // Some Intl versions end es-MX short months with a period ("feb."); the house style has none.
  return day.toFormat(withDay ? 'd MMM y' : 'LLL y', { locale }).replace('.', '');
}

/**
 * A date written at its precision, in the house style: "3 Feb 2025", "Feb 2025", "c. Feb 2025";
 * "3 feb 2025", "feb 2025", "aprox. feb 2025" (in Spanish prose "3 de febrero de 2025"). Text that
 * is not a date comes back as it is.
 */
export const formatDate = /* @__PURE__ */ remembered(
  (date: string, precision: DatePrecision = 'day', lang = 'en', style: DateStyle = 'table') => {
    const day = calendarDay(date);
    if (!day.isValid) return date;
    const text = written(day, date.length === 10 && precision !== 'month', lang, style);
    return precision === 'approximate' ? m.date_approximate({ date: text }, inLang(lang)) : text;
  },
);

const DAY_AND_MONTH = { day: 'numeric', month: 'long' } as const;

/**
 * Two days in Spanish prose, the year said once when they share it: "27 de enero" and "24 de
 * febrero de 2025" (read "del 27 de enero y del 24 de febrero de 2025"). Elsewhere as `formatDate`.
 */
export function formatDayPair(
  first: string,
  second: string,
  lang = 'en',
  style: DateStyle = 'table',
) {
  const [a, b] = [requireDay(first), requireDay(second)];
  const firstText =
    style === 'prose' && lang === 'es' && a.year === b.year
      ? a.toLocaleString(DAY_AND_MONTH, { locale: localeOf(lang) })
      : formatDate(first, 'day', lang, style);
  return [firstText, formatDate(second, 'day', lang, style)] as const;
}

/** A day in full, as a citation writes it: "November 22, 2026", "22 de noviembre de 2026". */
export const formatLongDate = (date: string, lang = 'en'): string =>
  requireDay(date).toLocaleString(DateTime.DATE_FULL, { locale: localeOf(lang) });

/** What joins the two ends of a date range: tables let a range wrap there and nowhere else. */
export const DATE_RANGE_DASH = ' – ';

/** A span "3 Feb 2025 – 4 Mar 2025", or a single date when there is no end. */
export function formatDateRange(
  date: string,
  endDate: string | undefined,
  precision: DatePrecision = 'day',
  lang = 'en',
): string {
  const start = formatDate(date, precision, lang);
  return endDate ? start + DATE_RANGE_DASH + formatDate(endDate, precision, lang) : start;
}
