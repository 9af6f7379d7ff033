import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/schema';
import { eventsExtent } from './extent';

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
