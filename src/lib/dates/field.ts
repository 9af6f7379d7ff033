/**
 * What a reader types into a date field: read in the page language's order (en: month/day/year,
 * es: day/month/year) by luxon, as `YYYY-MM-DD` too, and checked against the data's range. Nothing
 * is read until the reader has finished (the field's change event), so a half-typed date is never
 * taken for another one.
 */
import { DateTime } from 'luxon';

const UTC = { zone: 'utc' } as const;

/** How a page language writes a day in a date field, for luxon. */
const FIELD_FORMAT = { en: 'MM/dd/yyyy', es: 'dd/MM/yyyy' } as const;
/** What a field accepts besides: one-digit months and days, and no year (the field's own year). */
const READ_FORMATS = { en: { full: 'M/d/yyyy' }, es: { full: 'd/M/yyyy' } } as const;
const ISO_DAY = /^\d{4}-\d{1,2}-\d{1,2}$/;

const formatsOf = (lang: string) => (lang === 'es' ? 'es' : 'en');

/** A `YYYY-MM-DD` as its field shows it: "03/01/2025" (en), "01/03/2025" (es). */
export const fieldText = (day: string, lang = 'en'): string =>
  DateTime.fromISO(day, UTC).toFormat(FIELD_FORMAT[formatsOf(lang)]);

export type FieldReading =
  /** An empty field: the start (or end) of the data. */
  | { kind: 'empty' }
  /** A day within the data's range. */
  | { kind: 'day'; day: string }
  /** A real day outside the data's range. */
  | { kind: 'outside'; day: string }
  /** Not a calendar date. */
  | { kind: 'invalid' };

/**
 * What a field's text says. `current` is the day the field held before (its year completes a date
 * typed without one, as a picker keeps the year when only month and day are typed).
 */
export function readDateField(
  text: string,
  options: { lang?: string; current: string; extent: { start: string; end: string } },
): FieldReading {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const formats = READ_FORMATS[formatsOf(options.lang ?? 'en')];
  // Dashes, dots and spaces separate like slashes, except in `YYYY-MM-DD`.
  const typed = ISO_DAY.test(trimmed) ? trimmed : trimmed.replace(/\s*[-./\s]\s*/g, '/');
  const currentYear = DateTime.fromISO(options.current, UTC).year;
  const parsed = [
    DateTime.fromFormat(typed, 'yyyy-M-d', UTC),
    DateTime.fromFormat(typed, formats.full, UTC),
    DateTime.fromFormat(`${typed}/${currentYear}`, formats.full, UTC),
  ].find((day) => day.isValid);
  if (!parsed) return { kind: 'invalid' };
  const day = parsed.toISODate()!;
  const { start, end } = options.extent;
  return day < start || day > end ? { kind: 'outside', day } : { kind: 'day', day };
}
