import { describe, expect, it } from 'vitest';
import { eventRecord } from '../data/fixtures/event-records';
import type { CountryCode, Dataset, EventKind, EventRecord } from '../data/schema';
import { buildTimelineData } from './data';

/** An event with the fields the timeline reads; `extra` sets the rest. */
function event(
  id: string,
  date: string,
  kind: EventKind,
  actor: CountryCode,
  extra: Partial<EventRecord> = {},
): EventRecord {
  return eventRecord(id, date, {
    title: id,
    precision: date.length === 7 ? 'month' : 'day',
    kind,
    actor: { country: actor, name: 'n' },
    target: actor === 'US' ? ['MX'] : ['US'],
    cameo: '1',
    sources: [{ source: 'src', quote: 'q' }],
    ...extra,
  });
}

const dataset: Dataset = {
  version: '1.0.0',
  sources: [],
  events: [
    event('threat', '2025-02-01', 'tariff', 'US', {
      target: ['MX', 'CA'],
      tariffs: [
        { country: 'MX', rate: 25, status: 'threatened', scope: 'all goods' },
        { country: 'CA', rate: 25, status: 'threatened', scope: 'all goods' },
        { country: 'MX', rate: 10, status: 'threatened', scope: 'energy' },
      ],
    }),
    event('handover', '2025-01', 'concession', 'MX', {
      quantity: { value: 29, unit: 'people' },
    }),
    event('talks', '2025-03-10', 'statement', 'MX', { endDate: '2025-04' }),
    event('second-handover', '2025-02-27', 'concession', 'MX', {
      target: ['US', 'US'],
      quantity: { value: 26, unit: 'people' },
    }),
  ],
};

describe('timeline data', () => {
  const data = buildTimelineData(dataset);

  it('splits tariff announcements from the lane, in dataset order', () => {
    expect(data.announcements.map((e) => e.id)).toEqual(['threat']);
    expect(data.lane.map((e) => e.id)).toEqual(['handover', 'talks', 'second-handover']);
  });

  it('names each country once', () => {
    expect(data.announcements[0]!.countries).toEqual(['MX', 'CA']);
    expect(data.lane.find((e) => e.id === 'second-handover')!.countries).toEqual(['MX', 'US']);
  });

  it('adds up transfers, month-precision ones on the 15th', () => {
    expect(data.transfers).toEqual([
      { day: '2025-01-15', cumulative: 29, eventId: 'handover' },
      { day: '2025-02-27', cumulative: 55, eventId: 'second-handover' },
    ]);
  });

  it('spans every day an event can stand for', () => {
    expect(data.extent).toEqual({ start: '2025-01-01', end: '2025-04-30' });
  });

  // A month spans all its days, whichever order it comes in beside them.
  it.each([
    [['2025-04-12', '2025-04', '2025-01-31'], { start: '2025-01-31', end: '2025-04-30' }],
    [['2025-04', '2025-04-30', '2025-01'], { start: '2025-01-01', end: '2025-04-30' }],
    [['2025-02-28', '2025-02', '2025-02-01'], { start: '2025-02-01', end: '2025-02-28' }],
    [['2024-02-10', '2024-02'], { start: '2024-02-01', end: '2024-02-29' }],
  ])('spans the days of %j', (dates, extent) => {
    const events = dates.map((date, index) => event(`e${index}`, date, 'statement', 'MX'));
    expect(buildTimelineData({ ...dataset, events }).extent).toEqual(extent);
  });
});
