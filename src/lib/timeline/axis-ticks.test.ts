import { describe, expect, it } from 'vitest';
import { dayToMillis } from '../dates';
import { timeAxisTicks } from './axis-ticks';

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
    expect(millennia.length).toBeLessThanOrEqual(12);
    expect(millennia[0]!.label).toBe('3000');
  });
});
