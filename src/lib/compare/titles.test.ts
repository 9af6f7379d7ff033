import { describe, expect, it } from 'vitest';
import type { WeekIndex } from './pressure-index';
import { pressureIndexTitle } from './titles';

const weeks = (pressures: Record<string, number>): WeekIndex[] =>
  Object.entries(pressures).map(([week, pressure]) => ({
    week,
    pressure,
    cooperation: 0,
    eventIds: [],
  }));

describe('pressureIndexTitle', () => {
  it('names the week of a single peak', () => {
    const index = weeks({ '2025-01-27': 12.8, '2025-02-03': 5 });
    expect(pressureIndexTitle(index, 'MX', 'en')).toBe(
      'U.S. pressure on Mexico peaked in the week of 27 Jan 2025',
    );
    expect(pressureIndexTitle(index, 'MX', 'es')).toBe(
      'La presión de EU sobre México llegó a su máximo en la semana del 27 de enero de 2025',
    );
  });

  it('names both weeks that tie, sums of decimals included', () => {
    const index = weeks({ '2025-03-03': 0.1 + 0.2, '2025-04-07': 0.2, '2025-07-28': 0.3 });
    expect(pressureIndexTitle(index, 'CA', 'en')).toBe(
      'U.S. pressure on Canada peaked in the weeks of 3 Mar 2025 and 28 Jul 2025',
    );
    expect(pressureIndexTitle(index, 'CA', 'es')).toBe(
      'La presión de EU sobre Canadá llegó a su máximo en las semanas del 3 de marzo y del 28 de julio de 2025',
    );
  });

  it('counts more than two tied weeks and names the first', () => {
    const index = weeks({ '2025-01-06': 4, '2025-01-13': 4, '2025-01-20': 1, '2025-01-27': 4 });
    expect(pressureIndexTitle(index, 'MX', 'en')).toBe(
      'U.S. pressure on Mexico peaked in 3 weeks, the first that of 6 Jan 2025',
    );
    expect(pressureIndexTitle(index, 'MX', 'es')).toBe(
      'La presión de EU sobre México llegó a su máximo en 3 semanas, la primera de ellas la del 6 de enero de 2025',
    );
  });

  it('says when there is no pressure', () => {
    expect(pressureIndexTitle(weeks({ '2025-01-06': 0 }), 'MX', 'en')).toBe(
      'No U.S. pressure on Mexico in the data',
    );
  });
});
