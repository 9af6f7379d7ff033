/**
 * Calendar dates, computed with luxon in UTC so that no machine's time zone can shift a day.
 * Dataset dates are `YYYY-MM-DD` or `YYYY-MM` (month precision).
 */
import { DateTime, Info } from 'luxon';
import type { DatePrecision } from './data/codes';

const DAY = 'yyyy-MM-dd';
const SHAPE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `YYYY-MM-DD` or `YYYY-MM` as a UTC DateTime (the 1st for a month), or null. fromObject, not
 * fromFormat: it is an order of magnitude faster, which matters on large datasets. */
function parse(date: string): DateTime | null {
  const match = SHAPE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  const parsed = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: day ? Number(day) : 1 },
    { zone: 'utc' },
  );
  return parsed.isValid ? parsed : null;
}

/** A `YYYY-MM-DD` known to be valid. */
const day = (date: string) => parse(date) ?? DateTime.invalid(`not a calendar date: "${date}"`);

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
  return { start: `${date}-01`, end: `${date}-${String(parsed.daysInMonth).padStart(2, '0')}` };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), 'days').days);
}

/** `YYYY-MM-DD` shifted by a number of days. */
export function addDays(date: string, days: number): string {
  return day(date).plus({ days }).toFormat(DAY);
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` (for time axes). */
export function dayToMillis(date: string): number {
  return day(date).toMillis();
}

const monthNames = new Map<string, string[]>();

/** Short month names without trailing dots ("Sep", "sept"), computed once per locale. */
function shortMonths(locale: string): string[] {
  const tag = locale === 'es' ? 'es-MX' : 'en-US';
  let names = monthNames.get(tag);
  if (!names) {
    names = Info.months('short', { locale: tag }).map((name) => name.replace('.', ''));
    monthNames.set(tag, names);
  }
  return names;
}

/**
 * A date written at its precision, in the house style: "3 Feb 2025", "Feb 2025", "c. Feb 2025".
 */
export function formatDate(date: string, precision: DatePrecision = 'day', locale = 'en'): string {
  const parsed = parse(date);
  if (!parsed) return date;
  const hasDay = date.length === 10 && precision !== 'month';
  const month = shortMonths(locale)[parsed.month - 1]!;
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
