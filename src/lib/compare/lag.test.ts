import { describe, expect, it } from 'vitest';
import { dayRange, dayString } from '../dates';
import { firstDayOf, lastDayOf } from './lag';

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
