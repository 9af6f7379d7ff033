import { describe, expect, it } from 'vitest';
import type { CountryCode, EventRecord } from '../data/schema';
import { dayNumber, dayString, isoWeekStart } from '../dates/dates';
import { weeklyIndex } from './pressure-index';

let counter = 0;
/** An event of `actor` toward `target` (only the fields the index reads matter). */
function event(
  date: string,
  actor: CountryCode,
  target: CountryCode[],
  goldstein: number,
): EventRecord {
  counter += 1;
  return {
    id: `e${counter}`,
    title: 't',
    summary: 's',
    date,
    precision: date.length === 7 ? 'month' : 'day',
    dateBasis: 'public-record',
    dateNote: 'n',
    kind: actor === 'US' ? 'pressure' : 'concession',
    actor: { country: actor, name: 'n' },
    target,
    cameo: '1312',
    goldstein,
    sources: [{ source: 's', quote: 'q' }],
  };
}

describe('weekly pressure index', () => {
  it('sums pressure and cooperation per ISO week, the month-precision ones on the 15th', () => {
    const events = [
      event('2025-02-03', 'US', ['MX', 'CA'], -5.8),
      event('2025-02-05', 'US', ['MX'], -4.25),
      event('2025-02-07', 'MX', ['US'], 6.4),
      event('2025-02', 'MX', ['US'], 3),
      event('2025-02-04', 'US', ['CA'], -7), // toward Canada only
      event('2025-02-04', 'MX', ['US'], -2), // hostile, not cooperation
      event('2025-02-04', 'US', ['MX'], 1), // cooperative, not pressure
    ];
    expect(weeklyIndex(events, 'MX')).toEqual([
      { week: '2025-02-03', pressure: 10.1, cooperation: 6.4, eventIds: ['e1', 'e2', 'e3'] },
      { week: '2025-02-10', pressure: 0, cooperation: 3, eventIds: ['e4'] },
    ]);
  });

  it('has every week from the first event to the last, across months, years and 29 February', () => {
    const events = [
      event('2023-12-20', 'US', ['MX'], -3),
      event('2024-02-29', 'MX', ['US'], 2),
      event('2025-03-02', 'US', ['MX'], -1),
    ];
    const weeks = weeklyIndex(events, 'MX');
    const first = dayNumber('2023-12-18');
    expect(weeks.map((w) => w.week)).toEqual(
      Array.from({ length: weeks.length }, (_, i) => dayString(first + 7 * i)),
    );
    expect(weeks.at(-1)!.week).toBe(isoWeekStart('2025-03-02'));
    expect(weeks.filter((w) => w.eventIds.length).map((w) => w.week)).toEqual([
      '2023-12-18',
      '2024-02-26',
      '2025-02-24',
    ]);
    expect(weeks[1]).toEqual({ week: '2023-12-25', pressure: 0, cooperation: 0, eventIds: [] });
  });

  it('steps Monday to Monday across a century year that is not a leap year', () => {
    const events = [
      event('2099-12-30', 'US', ['MX'], -3),
      event('2100-02', 'MX', ['US'], 2), // counted on the 15th, a Monday
      event('2100-03-03', 'US', ['MX'], -1),
    ];
    const weeks = weeklyIndex(events, 'MX').map((w) => w.week);
    const millis = weeks.map((week) => Date.parse(`${week}T00:00:00Z`));
    expect(weeks[0]).toBe('2099-12-28');
    expect(weeks.at(-1)).toBe('2100-03-01');
    expect(weeks).toContain('2100-02-15');
    expect(weeks).not.toContain('2100-02-29');
    expect(millis.every((ms) => new Date(ms).getUTCDay() === 1)).toBe(true);
    expect(millis.slice(1).every((ms, i) => ms - millis[i]! === 7 * 86_400_000)).toBe(true);
  });

  it('is empty when no event bears on the country', () => {
    expect(weeklyIndex([event('2025-02-03', 'US', ['CA'], -5)], 'MX')).toEqual([]);
  });
});
