import { describe, expect, it } from 'vitest';
import { dayToMillis } from '../dates/dates';
import { timeAxisTicks } from './time-axis';

const ms = dayToMillis;

describe('timeAxisTicks', () => {
  it('puts a tick on the first of every month in the range, ends included', () => {
    expect(timeAxisTicks(ms('2024-11-25'), ms('2025-03-01'))).toEqual([
      { value: ms('2024-12-01'), label: 'Dec 2024' },
      { value: ms('2025-01-01'), label: 'Jan 2025' },
      { value: ms('2025-02-01'), label: 'Feb 2025' },
      { value: ms('2025-03-01'), label: 'Mar 2025' },
    ]);
    expect(timeAxisTicks(ms('2025-02-01'), ms('2025-03-16')).map((t) => t.label)).toEqual([
      'Feb 2025',
      'Mar 2025',
    ]);
  });

  it('falls back to daily ticks when fewer than two months start in the range', () => {
    const ticks = timeAxisTicks(ms('2025-02-26'), ms('2025-03-04'));
    expect(ticks).toHaveLength(7);
    expect(ticks[0]).toEqual({ value: ms('2025-02-26'), label: '26 Feb 2025' });
    expect(ticks.at(-1)).toEqual({ value: ms('2025-03-04'), label: '4 Mar 2025' });
  });

  it('labels the ticks in the page language', () => {
    const labels = timeAxisTicks(ms('2024-12-01'), ms('2025-01-01'), 'es').map((t) => t.label);
    expect(labels).toEqual(['dic 2024', 'ene 2025']);
  });

  it('puts a tick on 1 January every few years when the range is longer than three years', () => {
    expect(timeAxisTicks(ms('2024-11-25'), ms('2028-01-01')).map((t) => t.label)).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
    ]);
    const decades = timeAxisTicks(ms('2024-11-25'), ms('2139-06-01'));
    expect(decades.map((t) => t.label)).toEqual([
      '2030',
      '2040',
      '2050',
      '2060',
      '2070',
      '2080',
      '2090',
      '2100',
      '2110',
      '2120',
      '2130',
    ]);
    expect(decades[0]!.value).toBe(ms('2030-01-01'));
    const millennia = timeAxisTicks(ms('2024-01-01'), ms('8400-01-01'));
    expect(millennia.map((t) => t.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(2500 + 500 * i)),
    );
  });

  it('labels months in Spanish without the dots of their short names', () => {
    const labels = timeAxisTicks(ms('2025-08-01'), ms('2025-11-01'), 'es').map((t) => t.label);
    expect(labels).toEqual(['ago 2025', 'sep 2025', 'oct 2025', 'nov 2025']);
  });
});

describe('timeAxisTicks within a number of ticks', () => {
  const labels = (from: string, to: string, maxTicks: number) =>
    timeAxisTicks(ms(from), ms(to), 'en', maxTicks).map((t) => t.label);

  it('takes every 2, 3 or 6 months, counted from January, as fewer ticks fit', () => {
    expect(labels('2024-11-25', '2026-04-01', 17)).toHaveLength(17);
    expect(labels('2024-11-25', '2026-04-01', 9)).toEqual([
      'Jan 2025',
      'Mar 2025',
      'May 2025',
      'Jul 2025',
      'Sep 2025',
      'Nov 2025',
      'Jan 2026',
      'Mar 2026',
    ]);
    expect(labels('2024-11-25', '2026-04-01', 6)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
      'Apr 2026',
    ]);
    expect(labels('2024-11-25', '2026-04-01', 3)).toEqual(['Jan 2025', 'Jul 2025', 'Jan 2026']);
  });

  it('goes on to years when even every sixth month is too many', () => {
    expect(labels('2024-11-25', '2026-04-01', 2)).toEqual(['2025', '2026']);
    expect(labels('2024-11-25', '2027-06-01', 3)).toEqual(['2025', '2026', '2027']);
    expect(labels('2024-11-25', '2139-06-01', 4)).toEqual(['2050', '2100']);
  });

  it('takes every second day, then weeks from a Monday, in a short range', () => {
    expect(labels('2025-02-26', '2025-03-04', 3)).toEqual([
      '27 Feb 2025',
      '1 Mar 2025',
      '3 Mar 2025',
    ]);
    expect(labels('2025-02-03', '2025-02-27', 5)).toEqual([
      '3 Feb 2025',
      '10 Feb 2025',
      '17 Feb 2025',
      '24 Feb 2025',
    ]);
    expect(labels('2025-02-03', '2025-02-27', 3)).toEqual(['3 Feb 2025', '17 Feb 2025']);
    // Even fortnights are too many: the one month start.
    expect(labels('2025-02-02', '2025-03-30', 3)).toEqual(['Mar 2025']);
  });

  it('keeps every tick within the range and the limit, evenly spaced', () => {
    const first = ms('2024-11-25');
    for (const months of [2, 5, 11, 17, 30, 36, 40, 90]) {
      const last = Date.UTC(2024, 10 + months, 14);
      for (const maxTicks of [2, 3, 4, 7, 9, 12]) {
        const ticks = timeAxisTicks(first, last, 'en', maxTicks);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        for (const tick of ticks) {
          expect(tick.value).toBeGreaterThanOrEqual(first);
          expect(tick.value).toBeLessThanOrEqual(last);
          expect(new Date(tick.value).getUTCDate()).toBe(1);
        }
        const gaps = new Set(
          ticks.slice(1).map((tick, i) => monthsBetween(ticks[i]!.value, tick.value)),
        );
        expect(gaps.size).toBeLessThanOrEqual(1);
      }
    }
  });
});

/** Whole months from one 1st of a month to another. */
function monthsBetween(from: number, to: number): number {
  const [a, b] = [new Date(from), new Date(to)];
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}
