import { describe, expect, it } from 'vitest';
import { dateWithPreposition } from './date-phrases';

describe('dateWithPreposition', () => {
  it.each([
    ['2025-02-03', 'day', 'on 3 Feb 2025', 'el 3 feb 2025'],
    ['2025-02-28', 'approximate', 'c. 28 Feb 2025', 'c. 28 feb 2025'],
    ['2025-05', 'month', 'in May 2025', 'en may 2025'],
    ['2025-05', 'day', 'in May 2025', 'en may 2025'],
    ['2025-05-01', 'month', 'in May 2025', 'en may 2025'],
    ['2026-01', 'approximate', 'c. Jan 2026', 'c. ene 2026'],
  ] as const)('%s (%s): %s / %s', (date, precision, en, es) => {
    expect(dateWithPreposition(date, precision, 'en')).toBe(en);
    expect(dateWithPreposition(date, precision, 'es')).toBe(es);
  });
});
