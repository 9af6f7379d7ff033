import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateSpan,
  dayToMillis,
  daysBetween,
  everySeventhDay,
  formatDate,
  formatDateRange,
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

  it('gives the same answers from its cache as on the first call, and keeps dates apart', () => {
    for (let i = 0; i < 2; i++) {
      expect(isCalendarDate('2024-02-29')).toBe(true);
      expect(isCalendarDate('2023-02-29')).toBe(false);
      expect(dayToMillis('2025-02-03')).toBe(Date.UTC(2025, 1, 3));
      expect(dayToMillis('2025-02-04')).toBe(Date.UTC(2025, 1, 4));
      expect(dayToMillis('2025-02')).toBe(Date.UTC(2025, 1, 1));
      expect(formatDate('2025-02-03', 'day')).toBe('3 Feb 2025');
      expect(formatDate('2025-02-03', 'day', 'es')).toBe('3 feb 2025');
    }
    expect(dayToMillis('2025-02-30')).toBeNaN();
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

  it('lists every seventh day across months, years and February of a leap year', () => {
    expect(everySeventhDay('2024-02-19', '2024-03-11')).toEqual([
      '2024-02-19',
      '2024-02-26',
      '2024-03-04',
      '2024-03-11',
    ]);
    expect(everySeventhDay('2025-12-22', '2026-01-12')).toEqual([
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
    ]);
    expect(everySeventhDay('2025-02-24', '2025-03-02')).toEqual(['2025-02-24']);
    expect(everySeventhDay('2025-03-03', '2025-02-24')).toEqual([]);
  });
});
