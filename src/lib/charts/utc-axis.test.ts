import { describe, expect, it } from 'vitest';
import { axisTicks, dayScale } from './utc-axis';

const labels = (from: string, to: string, maxTicks: number, lang = 'en') =>
  axisTicks(dayScale(from, to, [0, 1000]), maxTicks, lang).map((tick) => tick.label);

describe('the SVG charts’ time axis', () => {
  it('spans whole days: the first day starts the range and the last day ends it', () => {
    const scale = dayScale('2025-01-01', '2025-12-31', [12, 988]);
    expect(scale(Date.UTC(2025, 0, 1))).toBe(12);
    expect(scale(Date.UTC(2026, 0, 1))).toBe(988);
  });

  it('labels month ticks by month and year, in English and in Mexican Spanish', () => {
    expect(labels('2025-01-01', '2025-12-31', 5)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
    ]);
    expect(labels('2025-01-01', '2025-12-31', 5, 'es')).toEqual([
      'ene 2025',
      'abr 2025',
      'jul 2025',
      'oct 2025',
      'ene 2026',
    ]);
  });

  it('labels day ticks by day, and year ticks by the year alone', () => {
    expect(labels('2025-02-03', '2025-02-09', 4, 'es')).toEqual([
      '3 feb 2025',
      '5 feb 2025',
      '7 feb 2025',
      '9 feb 2025',
    ]);
    expect(labels('2010-01-01', '2029-12-31', 5)).toEqual(['2010', '2015', '2020', '2025', '2030']);
  });

  it('never draws more ticks than it is given room for', () => {
    for (const maxTicks of [2, 3, 5, 9]) {
      for (const [from, to] of [
        ['2025-01-01', '2025-12-31'],
        ['2024-11-15', '2026-03-02'],
        ['2025-03-01', '2025-03-20'],
      ] as const) {
        const ticks = labels(from, to, maxTicks);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
      }
    }
  });
});
