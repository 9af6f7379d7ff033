/**
 * Calendar dates, computed with luxon in UTC so that no machine's time zone can shift a day.
 * Dataset dates are `YYYY-MM-DD` or `YYYY-MM` (month precision).
 */
import { DateTime, Info } from 'luxon';
import type { DatePrecision } from './data/codes';
import { memoise } from './memoise';

const DAY = 'yyyy-MM-dd';
const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

interface CalendarDay {
  year: number;
  month: number;
  /** 1 for a month-precision date. */
  day: number;
  daysInMonth: number;
  /** 00:00 UTC of the day. */
  millis: number;
}

/**
 * `YYYY-MM-DD` or `YYYY-MM` read by luxon in UTC (the 1st for a month), or null. Memoised: a dataset
 * repeats its dates in every transform, and a luxon DateTime costs microseconds to build. fromObject,
 * not fromFormat: it is an order of magnitude faster.
 */
const parse = memoise((date: string): Readonly<CalendarDay> | null => {
  const match = SHAPE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  const parsed = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: day ? Number(day) : 1 },
    { zone: 'utc' },
  );
  if (!parsed.isValid) return null;
  return {
    year: parsed.year,
    month: parsed.month,
    day: parsed.day,
    daysInMonth: parsed.daysInMonth!,
    millis: parsed.toMillis(),
  };
});

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

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. In UTC every day
 * is 24 hours long, so this is luxon's diff in days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToMillis(to) - dayToMillis(from)) / DAY_MS);
}

/** Per number of days, dates shifted by it, formatted by luxon once per distinct date. */
const shifts = new Map<number, (date: string) => string>();

/** `YYYY-MM-DD` shifted by a whole number of days. Within the month it is plain arithmetic. */
export function addDays(date: string, days: number): string {
  const parsed = parse(date);
  const day = parsed && date.length === 10 ? parsed.day + days : 0;
  if (parsed && day >= 1 && day <= parsed.daysInMonth) return date.slice(0, 8) + pad(day);
  let shift = shifts.get(days);
  if (!shift) {
    shift = memoise((from) => {
      const parsed = parse(from);
      const shifted = parsed
        ? DateTime.fromMillis(parsed.millis + days * DAY_MS, { zone: 'utc' })
        : DateTime.invalid(`not a calendar date: "${from}"`);
      return shifted.toISODate() ?? shifted.toFormat(DAY);
    });
    shifts.set(days, shift);
  }
  return shift(date);
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` (for time axes); NaN if not a date. */
export function dayToMillis(date: string): number {
  return parse(date)?.millis ?? NaN;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * `first` and every seventh day after it through `last` (`YYYY-MM-DD`): the Mondays of a run of weeks.
 * It steps through each month by arithmetic, reading the month's length from luxon once, so that a run
 * of many thousands of weeks costs no luxon call per week.
 */
export function everySeventhDay(first: string, last: string): string[] {
  const start = parse(first);
  if (!start || first.length !== 10) return [];
  const days: string[] = [];
  let { year, month, day, daysInMonth } = start;
  for (let text = first; text <= last; text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`) {
    days.push(text);
    day += 7;
    if (day > daysInMonth) {
      day -= daysInMonth;
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      const next = parse(`${pad(year, 4)}-${pad(month)}`);
      if (!next) break; // past year 9999
      daysInMonth = next.daysInMonth;
    }
  }
  return days;
}

/** Monday of the ISO week holding a `YYYY-MM-DD`. */
export const isoWeekStart = memoise((date: string): string => {
  const parsed = parse(date);
  if (!parsed) return DateTime.invalid(`not a calendar date: "${date}"`).toFormat(DAY);
  return DateTime.fromMillis(parsed.millis, { zone: 'utc' }).startOf('week').toISODate()!;
});

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
