import { describe, expect, it } from 'vitest';
import type { EventRecord } from './schema';
import { eventsExtent, viewRange, yearRange } from './extent';

const at = (date: string, endDate?: string) => ({ date, endDate }) as EventRecord;

describe('eventsExtent', () => {
  it('runs from the first day any event can stand for to the last', () => {
    expect(eventsExtent([at('2025-03-10'), at('2025-01'), at('2025-02-01', '2025-04')])).toEqual({
      start: '2025-01-01',
      end: '2025-04-30',
    });
  });

  it('names an empty dataset rather than inventing dates', () => {
    expect(() => eventsExtent([])).toThrow('No events');
  });
});

describe('viewRange', () => {
  const extent = { start: '2024-11-25', end: '2026-01-21' };

  it('keeps a chosen end and gives an empty one the data’s', () => {
    expect(viewRange({ from: '', to: '' }, extent)).toEqual({
      from: '2024-11-25',
      to: '2026-01-21',
    });
    expect(viewRange({ from: '2025-01-01', to: '' }, extent)).toEqual({
      from: '2025-01-01',
      to: '2026-01-21',
    });
  });
});

describe('yearRange', () => {
  const extent = { start: '2024-11-25', end: '2026-01-21' };

  it('cuts a year to the days that hold data', () => {
    expect(yearRange('2024', extent)).toEqual({ from: '2024-11-25', to: '2024-12-31' });
    expect(yearRange('2025', extent)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearRange('2026', extent)).toEqual({ from: '2026-01-01', to: '2026-01-21' });
  });
});
