import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateSpan,
  dayNumber,
  dayRange,
  dayString,
  dayToMillis,
  daysBetween,
  firstDayOf,
  firstDayString,
  lastDayOf,
  formatDate,
  formatDateRange,
  formatLongDate,
  isCalendarDate,
  isoWeekStart,
} from './dates';

// These run under several TZ values (see the test:unit script): calendar dates must not shift.
describe('dates', () => {
  it.each([
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-02-30', false],
    ['2025-13', false],
    ['2025-02', true],
    ['2025-2-3', false],
    ['', false],
  ])('isCalendarDate(%j) is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });

  it('spans a month-precision date over the whole month', () => {
    expect(dateSpan('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('2025-03-04')).toEqual({ start: '2025-03-04', end: '2025-03-04' });
  });

  it('gives the first day of a date as dateSpan does', () => {
    for (const date of ['2025-02', '2024-02', '2025-03-04', '0999-12', '2025-12-31']) {
      expect(firstDayString(date)).toBe(dateSpan(date).start);
    }
  });

  it('counts days across month ends and the March DST change', () => {
    expect(daysBetween('2025-02-01', '2025-03-04')).toBe(31);
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2025-03-04', '2025-02-01')).toBe(-31);
    expect(addDays('2025-08-01', 89)).toBe('2025-10-29');
  });

  it('writes dates at their precision in the house style', () => {
    expect(formatDate('2025-02-03', 'day')).toBe('3 Feb 2025');
    expect(formatDate('2025-09-01', 'day')).toBe('1 Sep 2025');
    expect(formatDate('2025-02', 'month')).toBe('Feb 2025');
    expect(formatDate('2025-02', 'approximate')).toBe('c. Feb 2025');
    expect(formatDate('2025-02-03', 'day', 'es')).toBe('3 feb 2025');
    expect(formatDateRange('2025-02-03', '2025-03-04', 'day')).toBe('3 Feb 2025 – 4 Mar 2025');
  });

  // formatDate concatenates month names and day numbers built once per language; the plain form
  // formats the month with Intl on every call. Every day of 2024–2026 and every month of 1999–2101,
  // at each precision, in English, Spanish and a language that falls back to English.
  it('writes every date exactly as formatting each one with Intl would', () => {
    const plainFormat = (
      date: string,
      precision: 'day' | 'month' | 'approximate',
      locale: string,
    ) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
      const tag = locale === 'es' ? 'es-MX' : 'en-US';
      const monthName = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' })
        .format(Date.UTC(2000, month - 1, 1))
        .replace('.', '');
      const text =
        day && precision !== 'month' ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
      return precision === 'approximate' ? `c. ${text}` : text;
    };
    const dates: string[] = ['0001-01-01', '0999-12', '9999-12-31'];
    for (let day = dayNumber('2024-01-01'); day <= dayNumber('2026-12-31'); day++) {
      dates.push(dayString(day));
    }
    for (let year = 1999; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++)
        dates.push(`${year}-${String(month).padStart(2, '0')}`);
    }
    const mismatches: string[] = [];
    for (const locale of ['en', 'es', 'fr']) {
      for (const precision of ['day', 'month', 'approximate'] as const) {
        for (const date of dates) {
          if (formatDate(date, precision, locale) !== plainFormat(date, precision, locale)) {
            mismatches.push(`${locale} ${precision} ${date}`);
          }
        }
        const [from, to] = [dates[3]!, dates[400]!];
        const range = `${plainFormat(from, precision, locale)} – ${plainFormat(to, precision, locale)}`;
        expect(formatDateRange(from, to, precision, locale)).toBe(range);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads dates as UTC midnights, and a month as its 1st', () => {
    expect(dayToMillis('2025-02-03')).toBe(Date.UTC(2025, 1, 3));
    expect(dayToMillis('2025-02')).toBe(Date.UTC(2025, 1, 1));
    expect(dayToMillis('0001-01-01')).toBe(DateTime.utc(1, 1, 1).toMillis());
    expect(dayToMillis('2025-02-30')).toBeNaN();
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  // luxon, the library the field trusts, is the reference for the arithmetic: every day of the
  // century to 2101 and of the years around 1900 and 8000 (the leap rules of 1900, 2000 and 2100
  // included). A generous timeout: luxon takes a few seconds on a busy machine.
  it('agrees with luxon on every day of 1999–2101 and around the years 1900 and 8000', () => {
    const mismatches: string[] = [];
    for (const [from, to] of [
      [DateTime.utc(1899, 1, 1), DateTime.utc(1901, 12, 31)],
      [DateTime.utc(1999, 1, 1), DateTime.utc(2101, 12, 31)],
      [DateTime.utc(7999, 1, 1), DateTime.utc(8001, 12, 31)],
    ] as const) {
      for (let date = from; date <= to; date = date.plus({ days: 1 })) {
        const iso = date.toISODate()!;
        const number = Math.round(date.toMillis() / 86_400_000);
        const monday = date.startOf('week').toISODate();
        const tomorrow = date.plus({ days: 1 }).toISODate();
        const monthAgo = date.minus({ days: 31 }).toISODate();
        if (
          dayNumber(iso) !== number ||
          dayString(number) !== iso ||
          isoWeekStart(iso) !== monday ||
          addDays(iso, 1) !== tomorrow ||
          addDays(iso, -31) !== monthAgo ||
          dateSpan(iso.slice(0, 7)).end !== date.endOf('month').toISODate()
        ) {
          mismatches.push(iso);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 30_000);

  it('refuses dates that are not in the calendar instead of computing with them', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow('not a calendar date: "2025-02-30"');
    expect(() => isoWeekStart('2025-13-01')).toThrow('not a calendar date');
    expect(formatDate('nonsense')).toBe('nonsense');
  });

  it('shifts days within a month, across month and year ends and leap days', () => {
    expect(addDays('2025-02-03', 1)).toBe('2025-02-04');
    expect(addDays('2025-02-03', -2)).toBe('2025-02-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-02-04', 0)).toBe('2025-02-04');
  });

  it('finds the Monday of a date’s ISO week', () => {
    expect(isoWeekStart('2025-02-03')).toBe('2025-02-03'); // a Monday
    expect(isoWeekStart('2025-02-09')).toBe('2025-02-03'); // the Sunday after
    expect(isoWeekStart('2025-01-01')).toBe('2024-12-30');
  });
});

describe('formatLongDate', () => {
  it('writes every day of 2024–2028 as Intl writes a long date', () => {
    const mismatches: string[] = [];
    for (const [lang, tag] of [
      ['en', 'en-US'],
      ['es', 'es-MX'],
    ] as const) {
      const intl = new Intl.DateTimeFormat(tag, {
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let day = dayNumber('2024-01-01'); day <= dayNumber('2028-12-31'); day++) {
        const date = dayString(day);
        const expected = intl.format(new Date(`${date}T00:00:00Z`));
        if (formatLongDate(date, lang) !== expected)
          mismatches.push(`${lang} ${date}: ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('firstDayOf and lastDayOf', () => {
  it('give what dayRange gives, for every day and month of 1899–2101 and around 2400', () => {
    const ranges = [
      [-25_600, 48_000],
      [156_000, 157_500],
    ] as const;
    for (const [from, to] of ranges) {
      for (let day = from; day <= to; day++) {
        const date = dayString(day);
        expect([firstDayOf(date), lastDayOf(date)]).toEqual(dayRange(date));
        const month = date.slice(0, 7);
        if (date.endsWith('-01'))
          expect([firstDayOf(month), lastDayOf(month)]).toEqual(dayRange(month));
      }
    }
  });
});
