import { describe, expect, it } from 'vitest';
import { dateWithPreposition } from './phrases';

describe('dateWithPreposition', () => {
  it.each([
    ['2025-02-03', 'day', 'on 3 Feb 2025', 'el 3 feb 2025'],
    ['2025-02-28', 'approximate', 'c. 28 Feb 2025', 'aprox. 28 feb 2025'],
    ['2025-05', 'month', 'in May 2025', 'en may 2025'],
    ['2025-05', 'day', 'in May 2025', 'en may 2025'],
    ['2025-05-01', 'month', 'in May 2025', 'en may 2025'],
    ['2026-01', 'approximate', 'c. Jan 2026', 'aprox. ene 2026'],
  ] as const)('%s (%s): %s / %s', (date, precision, en, es) => {
    expect(dateWithPreposition(date, precision, 'en')).toBe(en);
    expect(dateWithPreposition(date, precision, 'es')).toBe(es);
  });

  it('spells the Spanish month out in prose', () => {
    expect(dateWithPreposition('2025-02-03', 'day', 'es', 'prose')).toBe('el 3 de febrero de 2025');
    expect(dateWithPreposition('2025-05', 'month', 'es', 'prose')).toBe('en mayo de 2025');
    expect(dateWithPreposition('2025-02-28', 'approximate', 'es', 'prose')).toBe(
      'aprox. 28 de febrero de 2025',
    );
    expect(dateWithPreposition('2025-02-03', 'day', 'en', 'prose')).toBe('on 3 Feb 2025');
  });
});
