import { describe, expect, it } from 'vitest';
import { countTicks, linearScale, roundStep } from './scale';

describe('linearScale', () => {
  it('maps the domain onto the range, ends onto ends and in proportion between', () => {
    const x = linearScale([100, 300], [12, 988]);
    expect(x(100)).toBe(12);
    expect(x(300)).toBe(988);
    expect(x(150)).toBe(256);
    expect(x(400)).toBe(1476); // outside the domain it carries on
  });

  it('turns round when the range runs backwards', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(2.5), y(10)]).toEqual([200, 150, 0]);
  });
});

describe('roundStep', () => {
  it('is the first of 1, 2, 5, 10, 20, 50… that fits', () => {
    expect(roundStep(() => true)).toBe(1);
    expect(roundStep((step) => step >= 3)).toBe(5);
    expect(roundStep((step) => step > 5)).toBe(10);
    expect(roundStep((step) => step >= 1500)).toBe(2000);
  });
});

describe('countTicks', () => {
  it('puts at most `count` ticks above zero, at round whole steps, none above the maximum', () => {
    expect(countTicks(13, 2)).toEqual([0, 5, 10]);
    expect(countTicks(7, 2)).toEqual([0, 5]);
    expect(countTicks(2, 2)).toEqual([0, 1, 2]);
    expect(countTicks(1, 2)).toEqual([0, 1]);
    expect(countTicks(137, 2)).toEqual([0, 50, 100]);
    expect(countTicks(137, 5)).toEqual([0, 50, 100]);
    expect(countTicks(137, 6)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });
});
