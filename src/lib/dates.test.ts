import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateSpan,
  daysBetween,
  formatDate,
  formatDateRange,
  isCalendarDate,
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
});
