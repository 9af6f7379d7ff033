/**
 * Calendar dates, computed with luxon in UTC so that no machine's time zone can shift a day.
 * Dataset dates are `YYYY-MM-DD` or `YYYY-MM` (month precision).
 */
import { DateTime } from 'luxon';
import type { DatePrecision } from './data/schema';

const DAY = 'yyyy-MM-dd';
const MONTH = 'yyyy-MM';

function parse(date: string): DateTime | null {
  const format = date.length === 7 ? MONTH : date.length === 10 ? DAY : null;
  if (!format) return null;
  const parsed = DateTime.fromFormat(date, format, { zone: 'utc' });
  return parsed.isValid ? parsed : null;
}

/** True for a real `YYYY-MM-DD` or `YYYY-MM` date ("2025-02-30" is false). */
export function isCalendarDate(date: string): boolean {
  return parse(date) !== null;
}

export interface DaySpan {
  /** First possible day, `YYYY-MM-DD`. */
  start: string;
  /** Last possible day, `YYYY-MM-DD`. */
  end: string;
}

/** The days a date can stand for: one day, or every day of its month. */
export function dateSpan(date: string): DaySpan {
  const parsed = parse(date);
  if (!parsed) throw new Error(`not a calendar date: "${date}"`);
  if (date.length === 10) return { start: date, end: date };
  return { start: parsed.toFormat(DAY), end: parsed.endOf('month').toFormat(DAY) };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days')
      .days,
  );
}

/** `YYYY-MM-DD` shifted by a number of days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toFormat(DAY);
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` (for time axes). */
export function dayToMillis(date: string): number {
  return DateTime.fromISO(date, { zone: 'utc' }).toMillis();
}

/**
 * A date written at its precision, in the house style: "3 Feb 2025", "Feb 2025", "c. Feb 2025".
 */
export function formatDate(date: string, precision: DatePrecision = 'day', locale = 'en'): string {
  const parsed = parse(date);
  if (!parsed) return date;
  const localized = parsed.setLocale(locale === 'es' ? 'es-MX' : 'en-US');
  const hasDay = date.length === 10 && precision !== 'month';
  const month = localized.toFormat('LLL').replace('.', '');
  const text = hasDay ? `${parsed.day} ${month} ${parsed.year}` : `${month} ${parsed.year}`;
  return precision === 'approximate' ? `c. ${text}` : text;
}

/** A span "3 Feb – 4 Mar 2025"-style, or a single date when there is no end. */
export function formatDateRange(
  date: string,
  endDate: string | undefined,
  precision: DatePrecision = 'day',
  locale = 'en',
): string {
  const start = formatDate(date, precision, locale);
  return endDate ? `${start} – ${formatDate(endDate, precision, locale)}` : start;
}
