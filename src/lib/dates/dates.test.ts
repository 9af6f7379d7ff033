import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateSpan,
  dayEndMillis,
  dayNumber,
  dayString,
  dayToMillis,
  daysBetween,
  firstDayOf,
  firstDayString,
  formatDate,
  formatDateRange,
  formatDayPair,
  formatLongDate,
  isCalendarDate,
  isoWeekStart,
  lastDayOf,
  todayInUtc,
} from './dates';

// These run under several TZ values (see the test:unit script): calendar dates must not shift.
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

describe('reading and checking dates', () => {
  it.each([
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-02', true],
    ['2025-2-3', false],
    ['2025-02-3', false],
    ['20250203', false],
    ['2025-W06', false],
    ['2025-034', false],
    ['2025-02-03T00:00', false],
    [' 2025-02-03', false],
    ['12025-02-03', false],
    ['', false],
  ])('isCalendarDate(%j) is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });

  it('spans a month-precision date over the whole month, leap days included', () => {
    expect(dateSpan('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('1900-02').end).toBe('1900-02-28');
    expect(dateSpan('2000-02').end).toBe('2000-02-29');
    expect(dateSpan('2025-04').end).toBe('2025-04-30');
    expect(dateSpan('2025-12').end).toBe('2025-12-31');
    expect(dateSpan('2025-03-04')).toEqual({ start: '2025-03-04', end: '2025-03-04' });
    expect(firstDayString('2025-02')).toBe('2025-02-01');
    expect(firstDayString('2025-03-04')).toBe('2025-03-04');
  });

  it('numbers days from 1970-01-01, as UTC midnights divided by a day’s milliseconds', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2025-02')).toBe(utcDay(2025, 2, 1) / 86_400_000);
    expect(dayNumber('2025-02-30')).toBeNaN();
    expect(firstDayOf('2024-02')).toBe(dayNumber('2024-02-01'));
    expect(lastDayOf('2024-02')).toBe(dayNumber('2024-02-29'));
    expect(lastDayOf('2025-03-04')).toBe(dayNumber('2025-03-04'));
    // Every day of 2023–2028 and around the century years, against JavaScript's own UTC calendar.
    const mismatches: string[] = [];
    for (const [from, to] of [
      [utcDay(1899, 12, 1), utcDay(1900, 3, 31)],
      [utcDay(1999, 12, 1), utcDay(2000, 3, 31)],
      [utcDay(2023, 1, 1), utcDay(2028, 12, 31)],
      [utcDay(2100, 2, 1), utcDay(2100, 3, 31)],
    ]) {
      for (let millis = from!; millis <= to!; millis += 86_400_000) {
        const iso = new Date(millis).toISOString().slice(0, 10);
        const number = millis / 86_400_000;
        if (dayNumber(iso) !== number || dayString(number) !== iso) mismatches.push(iso);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads dates as UTC midnights, a month as its 1st, and ends a day at the next midnight', () => {
    expect(dayToMillis('2025-02-03')).toBe(utcDay(2025, 2, 3));
    expect(dayToMillis('2025-02')).toBe(utcDay(2025, 2, 1));
    expect(dayToMillis('2025-02-30')).toBeNaN();
    expect(dayEndMillis('2025-02-28')).toBe(utcDay(2025, 3, 1));
    expect(dayEndMillis('2025-12-31')).toBe(utcDay(2026, 1, 1));
  });
});

describe('today', () => {
  it('is the UTC day and year, whatever the time zone', () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = todayInUtc();
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(today.date);
    expect(today.year).toBe(Number(today.date.slice(0, 4)));
  });
});

describe('adding and diffing days', () => {
  it('counts days across month ends, leap days and the March DST change', () => {
    expect(daysBetween('2025-02-01', '2025-03-04')).toBe(31);
    expect(daysBetween('2024-02-01', '2024-03-04')).toBe(32);
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-11-03')).toBe(9);
    expect(daysBetween('2025-03-04', '2025-02-01')).toBe(-31);
    expect(daysBetween('2024-12-31', '2026-01-01')).toBe(366);
  });

  it('shifts days within a month, across month and year ends and leap days', () => {
    expect(addDays('2025-02-03', 1)).toBe('2025-02-04');
    expect(addDays('2025-02-03', -2)).toBe('2025-02-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-08-01', 89)).toBe('2025-10-29');
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-02-04', 0)).toBe('2025-02-04');
    expect(addDays('2025-02', 3)).toBe('2025-02-04');
  });

  it('finds the Monday of a date’s ISO week', () => {
    expect(isoWeekStart('2025-02-03')).toBe('2025-02-03'); // a Monday
    expect(isoWeekStart('2025-02-09')).toBe('2025-02-03'); // the Sunday after
    expect(isoWeekStart('2025-02-08')).toBe('2025-02-03'); // the Saturday
    expect(isoWeekStart('2025-01-01')).toBe('2024-12-30');
    expect(isoWeekStart('2024-03-02')).toBe('2024-02-26');
    expect(isoWeekStart('2025-02')).toBe('2025-01-27'); // a month's 1st, a Saturday
  });

  it('refuses dates that are not in the calendar instead of computing with them', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow('not a calendar date: "2025-02-30"');
    expect(() => isoWeekStart('2025-13-01')).toThrow('not a calendar date');
    expect(() => dateSpan('2025-2')).toThrow('not a calendar date: "2025-2"');
    expect(() => dayEndMillis('soon')).toThrow('not a calendar date: "soon"');
    expect(daysBetween('2025-02-01', '2025-02-30')).toBeNaN();
  });
});

describe('writing dates', () => {
  it('writes dates at their precision in the house style, in English and Spanish', () => {
    expect(formatDate('2025-02-03', 'day')).toBe('3 Feb 2025');
    expect(formatDate('2025-09-01', 'day')).toBe('1 Sep 2025');
    expect(formatDate('2025-02', 'month')).toBe('Feb 2025');
    expect(formatDate('2025-02-03', 'month')).toBe('Feb 2025');
    expect(formatDate('2025-02', 'day')).toBe('Feb 2025');
    expect(formatDate('2025-02', 'approximate')).toBe('c. Feb 2025');
    expect(formatDate('2025-02-28', 'approximate')).toBe('c. 28 Feb 2025');
    expect(formatDate('2025-02-03', 'day', 'es')).toBe('3 feb 2025');
    expect(formatDate('2025-09-30', 'day', 'es')).toBe('30 sep 2025');
    expect(formatDate('2025-02', 'month', 'es')).toBe('feb 2025');
    expect(formatDate('2025-02', 'approximate', 'es')).toBe('aprox. feb 2025');
    expect(formatDate('2025-02-03', 'day', 'fr')).toBe('3 Feb 2025');
    expect(formatDate('0999-12', 'month')).toBe('Dec 999');
  });

  it('names every month as the house style does: three letters, no period', () => {
    const months = (lang: string) =>
      Array.from({ length: 12 }, (_, i) =>
        formatDate(`2025-${String(i + 1).padStart(2, '0')}`, 'month', lang),
      );
    expect(months('en').join(' ')).toBe(
      'Jan 2025 Feb 2025 Mar 2025 Apr 2025 May 2025 Jun 2025 Jul 2025 Aug 2025 Sep 2025 Oct 2025 Nov 2025 Dec 2025',
    );
    expect(months('es').join(' ')).toBe(
      'ene 2025 feb 2025 mar 2025 abr 2025 may 2025 jun 2025 jul 2025 ago 2025 sep 2025 oct 2025 nov 2025 dic 2025',
    );
  });

  it('spells the month out in Spanish prose and headlines; English prose keeps the short form', () => {
    expect(formatDate('2025-02-03', 'day', 'es', 'prose')).toBe('3 de febrero de 2025');
    expect(formatDate('2025-09-01', 'day', 'es', 'prose')).toBe('1 de septiembre de 2025');
    expect(formatDate('2025-02', 'month', 'es', 'prose')).toBe('febrero de 2025');
    expect(formatDate('2025-02', 'approximate', 'es', 'prose')).toBe('aprox. febrero de 2025');
    expect(formatDate('2025-02-03', 'day', 'en', 'prose')).toBe('3 Feb 2025');
  });

  it('gives the same answer when asked again, for each precision, language and style apart', () => {
    const ask = () => [
      formatDate('2025-03-04', 'day', 'es', 'prose'),
      formatDate('2025-03-04', 'day', 'es'),
      formatDate('2025-03-04', 'approximate', 'en'),
      formatDate('2025-03-04'),
      dayToMillis('2025-03-04'),
      dayEndMillis('2025-03-04'),
    ];
    const expected = ['4 de marzo de 2025', '4 mar 2025', 'c. 4 Mar 2025', '4 Mar 2025'];
    expect(ask()).toEqual([...expected, utcDay(2025, 3, 4), utcDay(2025, 3, 5)]);
    expect(ask()).toEqual([...expected, utcDay(2025, 3, 4), utcDay(2025, 3, 5)]);
  });

  it('gives back text that is not a date as it is', () => {
    expect(formatDate('nonsense')).toBe('nonsense');
    expect(formatDate('2025-02-30', 'day', 'es', 'prose')).toBe('2025-02-30');
  });

  it('joins a range with a spaced en dash', () => {
    expect(formatDateRange('2025-02-03', '2025-03-04', 'day')).toBe('3 Feb 2025 – 4 Mar 2025');
    expect(formatDateRange('2025-02', '2025-03', 'approximate', 'es')).toBe(
      'aprox. feb 2025 – aprox. mar 2025',
    );
    expect(formatDateRange('2025-02-03', undefined, 'day', 'es')).toBe('3 feb 2025');
  });

  it('writes a citation’s day in full', () => {
    expect(formatLongDate('2026-11-22')).toBe('November 22, 2026');
    expect(formatLongDate('2026-11-02', 'es')).toBe('2 de noviembre de 2026');
    expect(formatLongDate('2024-02-29', 'es')).toBe('29 de febrero de 2024');
  });
});

describe('two days in prose', () => {
  it('says a shared year once in Spanish prose, and both years when they differ', () => {
    expect(formatDayPair('2025-01-27', '2025-02-24', 'es', 'prose')).toEqual([
      '27 de enero',
      '24 de febrero de 2025',
    ]);
    expect(formatDayPair('2024-12-30', '2025-02-24', 'es', 'prose')).toEqual([
      '30 de diciembre de 2024',
      '24 de febrero de 2025',
    ]);
    expect(formatDayPair('2025-01-27', '2025-02-24', 'es')).toEqual(['27 ene 2025', '24 feb 2025']);
    expect(formatDayPair('2025-01-27', '2025-02-24', 'en', 'prose')).toEqual([
      '27 Jan 2025',
      '24 Feb 2025',
    ]);
  });
});
