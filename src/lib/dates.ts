/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that no time zone can shift a day
 * and no transform allocates a date object per event. Dataset dates are `YYYY-MM-DD` or `YYYY-MM`
 * (month precision).
 *
 * Plain arithmetic, not luxon: these functions run in the browser on every chart page, where luxon
 * would cost 22 KB of gzip JS, and on every event of a transform, where building a DateTime costs
 * microseconds. `dates.test.ts` checks them against luxon day by day through 1999–2101 and around the
 * years 1900 and 8000.
 */
import type { DatePrecision } from './data/codes';

export const DAY_MS = 86_400_000;

export const isLeapYear = (year: number) =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function fromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
}

/** The number written by two ASCII digits of `text` from `from`. */
const twoDigits = (text: string, from: number) =>
  (text.charCodeAt(from) - 48) * 10 + text.charCodeAt(from + 1) - 48;

/**
 * Day number of the first day of a validated `YYYY-MM-DD` or `YYYY-MM` (the 1st), as `dayRange` gives
 * it, but read in place without allocating: the build reads the date of every event, and the arrays
 * `dayRange` makes were much of its garbage.
 */
export function firstDayOf(date: string): number {
  const year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
  return fromCivil(year, twoDigits(date, 5), date.length === 10 ? twoDigits(date, 8) : 1);
}

/**
 * Day number of the last day a validated date stands for: itself, or the last of its month (`first`
 * is its `firstDayOf`, when the caller has it).
 */
export function lastDayOf(date: string, first = firstDayOf(date)): number {
  if (date.length === 10) return first;
  const year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
  return first + daysInMonth(year, twoDigits(date, 5)) - 1;
}

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days). */
function toCivil(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1];
}

/** The number written by `count` ASCII digits of `text` from `from`, or -1 if one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Year, month and day of a `YYYY-MM-DD` or `YYYY-MM` (day 0 for a month), or null if not a date.
 * Read digit by digit rather than with a regular expression: transforms call it for every date of
 * every event, and this way it allocates nothing but the result.
 */
function parse(date: string): [year: number, month: number, day: number] | null {
  const hasDay = date.length === 10;
  if ((!hasDay && date.length !== 7) || date[4] !== '-' || (hasDay && date[7] !== '-')) return null;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = hasDay ? digits(date, 8, 2) : 0;
  if (year < 0 || month < 1 || month > 12) return null;
  if (hasDay && (day < 1 || day > daysInMonth(year, month))) return null;
  return [year, month, day];
}

/** True for a real `YYYY-MM-DD` or `YYYY-MM` date ("2025-02-30" is false). */
export function isCalendarDate(date: string): boolean {
  return parse(date) !== null;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` (of the 1st for a `YYYY-MM`); NaN if not a date. */
export function dayNumber(date: string): number {
  const parsed = parse(date);
  return parsed ? fromCivil(parsed[0], parsed[1], parsed[2] || 1) : NaN;
}

/** "00" to "99": months and days are written from this table, as transforms write a day per event. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
/** A month or day number in two digits. */
export const pad = (value: number) => TWO_DIGITS[value] ?? String(value).padStart(2, '0');

/** The `YYYY-MM-DD` of a day number. */
export function dayString(dayNumber: number): string {
  const [year, month, day] = toCivil(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
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
  const [year, month, day] = parsed;
  if (day) return { start: date, end: date };
  return { start: `${date}-01`, end: `${date}-${pad(daysInMonth(year, month))}` };
}

/**
 * The first day a valid date stands for (`dateSpan(date).start`) without parsing it again: transforms
 * call it for every event of a validated dataset.
 */
export const firstDayString = (date: string): string => (date.length === 10 ? date : `${date}-01`);

/** Day numbers of the first and last day a date can stand for. */
export type DayRange = [first: number, last: number];

/** The `DayRange` of a date (see `dateSpan`); NaNs if not a date. */
export function dayRange(date: string): DayRange {
  const parsed = parse(date);
  if (!parsed) return [NaN, NaN];
  const [year, month, day] = parsed;
  const first = fromCivil(year, month, day || 1);
  return [first, day ? first : first + daysInMonth(year, month) - 1];
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `YYYY-MM-DD` (or the 1st of a `YYYY-MM`) shifted by a whole number of days. */
export function addDays(date: string, days: number): string {
  const parsed = parse(date);
  if (!parsed) throw new Error(`not a calendar date: "${date}"`);
  const [year, month, day] = parsed;
  const shifted = (day || 1) + days;
  // Within the month it is a change of the last two digits.
  if (day && shifted >= 1 && shifted <= daysInMonth(year, month)) {
    return date.slice(0, 8) + pad(shifted);
  }
  return dayString(fromCivil(year, month, day || 1) + days);
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` (for time axes); NaN if not a date. */
export function dayToMillis(date: string): number {
  return dayNumber(date) * DAY_MS;
}

/** Monday of the ISO week holding a day number. 1970-01-01 was a Thursday, 3 days after a Monday. */
export const mondayOf = (dayNumber: number) => dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);

/** Monday of the ISO week holding a `YYYY-MM-DD`. */
export function isoWeekStart(date: string): string {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new Error(`not a calendar date: "${date}"`);
  return dayString(mondayOf(day));
}

/**
 * Short month names without trailing dots, each followed by its space ("Sep ", "sep "), as Intl
 * writes them for en-US and es-MX (the tests check every month against Intl). A table rather than
 * Intl in the page: the first Intl date format loads the locale's data, about 13 ms of /compare's
 * hydration on a desktop. With the spaces (and DAYS_WITH_SPACE) in the tables, "3 Feb 2025" takes
 * two concatenations rather than four: transforms format a date for every event.
 */
const MONTHS_WITH_SPACE = {
  en: [
    'Jan ',
    'Feb ',
    'Mar ',
    'Apr ',
    'May ',
    'Jun ',
    'Jul ',
    'Aug ',
    'Sep ',
    'Oct ',
    'Nov ',
    'Dec ',
  ],
  es: [
    'ene ',
    'feb ',
    'mar ',
    'abr ',
    'may ',
    'jun ',
    'jul ',
    'ago ',
    'sep ',
    'oct ',
    'nov ',
    'dic ',
  ],
};

const shortMonthsWithSpace = (locale: string): string[] =>
  locale === 'es' ? MONTHS_WITH_SPACE.es : MONTHS_WITH_SPACE.en;

/** "1 " to "31 " at indexes 1 to 31. */
const DAYS_WITH_SPACE = Array.from({ length: 32 }, (_, day) => `${day} `);

/**
 * A date written at its precision, in the house style: "3 Feb 2025", "Feb 2025", "c. Feb 2025".
 */
export function formatDate(date: string, precision: DatePrecision = 'day', locale = 'en'): string {
  const parsed = parse(date);
  if (!parsed) return date;
  const [year, month, day] = parsed;
  const monthAndYear = shortMonthsWithSpace(locale)[month - 1]! + year;
  const text = day && precision !== 'month' ? DAYS_WITH_SPACE[day]! + monthAndYear : monthAndYear;
  return precision === 'approximate' ? `c. ${text}` : text;
}

const LONG_MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/**
 * A day in full, as a citation writes it: "November 22, 2026", "22 de noviembre de 2026" (as Intl's
 * long date for en-US and es-MX, tested; a table for the same reason as the short months).
 */
export function formatLongDate(date: string, locale = 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'es') return `${day} de ${LONG_MONTHS.es[month - 1]} de ${year}`;
  return `${LONG_MONTHS.en[month - 1]} ${day}, ${year}`;
}

/** What joins the two ends of a date range: tables let a range wrap there and nowhere else. */
export const DATE_RANGE_DASH = ' – ';

/** A span "3 Feb – 4 Mar 2025"-style, or a single date when there is no end. */
export function formatDateRange(
  date: string,
  endDate: string | undefined,
  precision: DatePrecision = 'day',
  locale = 'en',
): string {
  const start = formatDate(date, precision, locale);
  return endDate ? start + DATE_RANGE_DASH + formatDate(endDate, precision, locale) : start;
}
