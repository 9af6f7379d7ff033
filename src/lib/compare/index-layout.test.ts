import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { buildComparisonData } from './comparison';
import {
  INDEX_NARROW,
  INDEX_WIDE,
  indexMax,
  layoutPressureIndex,
  weeksWithin,
} from './index-layout';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const weeks = buildComparisonData(result.dataset, 'MX').index;
const domain = { from: '2025-01-01', to: '2025-12-31' };

describe('the pressure index layout', () => {
  const shownMax = indexMax(weeksWithin(weeks, domain));
  const layout = layoutPressureIndex(weeks, domain, INDEX_WIDE, shownMax, 'en');

  it('scales the largest weekly value to the full height above or below the baseline', () => {
    const tallest = Math.max(
      ...layout.bars.map((bar) => Math.max(bar.pressureHeight, bar.cooperationHeight)),
    );
    // The plot's top margin is 18 px.
    expect(tallest).toBeCloseTo(layout.baseline - 18);
    for (const bar of layout.bars) expect(bar.pressureY + bar.pressureHeight).toBe(layout.baseline);
  });

  it('mirrors round count ticks about the baseline', () => {
    const { yTicks, baseline } = layoutPressureIndex(weeks, domain, INDEX_WIDE, 13, 'en');
    expect(yTicks.map((tick) => tick.label)).toEqual(['0', '5', '5', '10', '10']);
    expect(yTicks[0]!.y).toBe(baseline);
    for (const tick of yTicks) {
      const mirror = yTicks.find((t) => t.y === 2 * baseline - tick.y);
      expect(mirror?.label).toBe(tick.label);
    }
    // Ten of thirteen: ten thirteenths of the height above the baseline.
    expect(baseline - yTicks[3]!.y).toBeCloseTo(((baseline - 18) * 10) / 13);
  });

  it('puts its month ticks inside the plot, in order, at most one per 110 px', () => {
    for (const size of [INDEX_WIDE, INDEX_NARROW]) {
      const { ticks } = layoutPressureIndex(weeks, domain, size, shownMax, 'en');
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(size.width / 110);
      expect(ticks[0]!.x).toBeGreaterThanOrEqual(36);
      expect(ticks.at(-1)!.x).toBeLessThanOrEqual(size.width - 8);
      expect(ticks.map((t) => t.x)).toEqual(ticks.map((t) => t.x).toSorted((a, b) => a - b));
    }
    expect(layout.ticks.map((t) => t.label)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
    ]);
  });
});
