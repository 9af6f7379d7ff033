import { describe, expect, it } from 'vitest';
import type { EventRecord, TariffMeasure } from './schema';
import { addDays } from '../dates/dates';
import { eventRecord, measure } from './fixtures/event-records';
import { tariffSeries, tariffSeriesFor } from './tariff-series';
import { statusOn, trackOf } from './tariff-state';

let counter = 0;
/** A tariff event on `date` carrying `measures` (only the fields the series reads matter). */
function tariffEvent(date: string, ...measures: TariffMeasure[]): EventRecord {
  counter += 1;
  return eventRecord(`e${counter}-${date}`, date, {
    kind: 'tariff',
    target: measures.map((m) => m.country),
    tariffs: measures,
    cameo: '1312',
    goldstein: -5.8,
    sources: [{ source: 's', quote: 'q' }],
  });
}

/** The one-month pause of 3 Feb, of Mexico's and Canada's 25%. */
const pause = { effective: '2025-02-04', until: '2025-03-03' };

// The public-record steps of 2025 (shared/reference-dates.md).
const timeline: EventRecord[] = [
  tariffEvent(
    '2025-02-01',
    measure('MX', 25, 'threatened', 'all goods', { effective: '2025-02-04' }),
    measure('CA', 25, 'threatened', 'all goods', { effective: '2025-02-04' }),
    measure('CA', 10, 'threatened', 'energy', { effective: '2025-02-04' }),
    measure('CN', 10, 'threatened', 'all goods', { effective: '2025-02-04' }),
  ),
  tariffEvent(
    '2025-02-03',
    measure('MX', 25, 'suspended', 'all goods', { ...pause, label: '30-day pause' }),
    measure('CA', 25, 'suspended', 'all goods', pause),
  ),
  tariffEvent('2025-02-04', measure('CN', 10, 'imposed', 'all goods')),
  tariffEvent(
    '2025-02-27',
    measure('MX', 25, 'threatened', 'all goods', { effective: '2025-03-04' }),
    measure('CN', 20, 'threatened', 'all goods', { effective: '2025-03-04' }),
  ),
  tariffEvent(
    '2025-03-04',
    measure('MX', 25, 'imposed', 'all goods'),
    measure('CA', 25, 'imposed', 'all goods'),
    measure('CN', 20, 'imposed', 'all goods'),
  ),
  tariffEvent(
    '2025-03-06',
    measure('MX', 25, 'imposed', 'non-USMCA goods', { effective: '2025-03-07' }),
    measure('CA', 25, 'imposed', 'non-USMCA goods', { effective: '2025-03-07' }),
  ),
  tariffEvent(
    '2025-07-12',
    measure('MX', 30, 'threatened', 'all goods', { effective: '2025-08-01' }),
  ),
  tariffEvent(
    '2025-07-31',
    measure('MX', 30, 'suspended', 'all goods', { effective: '2025-08-01', until: '2025-10-29' }),
  ),
  tariffEvent(
    '2025-07-31',
    measure('CA', 35, 'imposed', 'non-USMCA goods', { effective: '2025-08-01' }),
  ),
];

const mexico = tariffSeries(timeline, 'MX');
const canada = tariffSeries(timeline, 'CA');
const china = tariffSeries(timeline, 'CN');

const pick = (status: ReturnType<typeof statusOn>) =>
  status.known
    ? {
        inEffect: status.inEffect,
        threatened: status.threatened,
        suspendedUntil: status.suspension?.end ?? null,
        scope: status.scope,
      }
    : 'unknown';

describe('tariff series: the real cases', () => {
  it.each<[string, ReturnType<typeof tariffSeries>, string, ReturnType<typeof pick>]>([
    [
      'Mexico before any order',
      mexico,
      '2025-01-15',
      { inEffect: 0, threatened: null, suspendedUntil: null, scope: null },
    ],
    [
      'Mexico once the order is signed',
      mexico,
      '2025-02-02',
      { inEffect: 0, threatened: 25, suspendedUntil: null, scope: null },
    ],
    [
      'Mexico during the pause',
      mexico,
      '2025-02-20',
      { inEffect: 0, threatened: 25, suspendedUntil: '2025-03-03', scope: null },
    ],
    [
      'Mexico when the pause ends in the tariff',
      mexico,
      '2025-03-04',
      { inEffect: 25, threatened: null, suspendedUntil: null, scope: 'all goods' },
    ],
    [
      'Mexico after the USMCA exemption (scope, not an end)',
      mexico,
      '2025-03-07',
      { inEffect: 25, threatened: null, suspendedUntil: null, scope: 'non-USMCA goods' },
    ],
    [
      'Mexico on the eve of the exemption',
      mexico,
      '2025-03-06',
      { inEffect: 25, threatened: null, suspendedUntil: null, scope: 'all goods' },
    ],
    [
      'Mexico under the 30% threat',
      mexico,
      '2025-07-20',
      { inEffect: 25, threatened: 30, suspendedUntil: null, scope: 'non-USMCA goods' },
    ],
    [
      'Mexico: 30% suspended before it ever took effect',
      mexico,
      '2025-08-01',
      { inEffect: 25, threatened: 30, suspendedUntil: '2025-10-29', scope: 'non-USMCA goods' },
    ],
    [
      'Mexico on the last day of the 90 days',
      mexico,
      '2025-10-29',
      { inEffect: 25, threatened: 30, suspendedUntil: '2025-10-29', scope: 'non-USMCA goods' },
    ],
    ['Mexico after the data ends', mexico, '2025-10-30', 'unknown'],
    [
      'Canada before the rise',
      canada,
      '2025-07-30',
      { inEffect: 25, threatened: null, suspendedUntil: null, scope: 'non-USMCA goods' },
    ],
    [
      'Canada once 35% is ordered',
      canada,
      '2025-07-31',
      { inEffect: 25, threatened: 35, suspendedUntil: null, scope: 'non-USMCA goods' },
    ],
    [
      'Canada at 35%',
      canada,
      '2025-08-01',
      { inEffect: 35, threatened: null, suspendedUntil: null, scope: 'non-USMCA goods' },
    ],
    ['Canada after the data ends', canada, '2025-08-02', 'unknown'],
    [
      'China at 10%',
      china,
      '2025-02-10',
      { inEffect: 10, threatened: null, suspendedUntil: null, scope: 'all goods' },
    ],
    [
      'China with 20% announced',
      china,
      '2025-03-01',
      { inEffect: 10, threatened: 20, suspendedUntil: null, scope: 'all goods' },
    ],
    [
      'China at 20%',
      china,
      '2025-03-04',
      { inEffect: 20, threatened: null, suspendedUntil: null, scope: 'all goods' },
    ],
  ])('%s (%s)', (_case, series, day, expected) => {
    expect(pick(statusOn(series, day))).toEqual(expected);
  });

  it('never falls to zero after the data: it is unknown', () => {
    const after = statusOn(mexico, '2026-01-01');
    expect(after).toEqual({ known: false, reason: 'after-data' });
    expect(mexico.knownThrough).toBe('2025-10-29');
    expect(mexico.segments.at(-1)!.end).toBe('2025-10-29');
  });

  it('labels suspensions as announced, or by their counted length', () => {
    expect(mexico.suspensions.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2025-02-04', '2025-03-03', { announced: '30-day pause' }],
      ['2025-08-01', '2025-10-29', { days: 90 }],
    ]);
    expect(canada.suspensions[0]!.label).toEqual({ days: 28 });
  });

  it('gives segments their own suspension objects, not those of the list', () => {
    // Page data serializes a shared object as a reference: sharing would change the prerendered pages.
    const suspended = mexico.segments.find((s) => s.suspension)!.suspension!;
    expect(suspended).toEqual(mexico.suspensions[0]);
    expect(suspended).not.toBe(mexico.suspensions[0]);
  });

  it('keeps energy on its own track', () => {
    expect(trackOf({ scope: 'energy' })).toBe('energy');
    expect(statusOn(tariffSeries(timeline, 'CA', 'energy'), '2025-02-02')).toMatchObject({
      threatened: 10,
      inEffect: 0,
    });
    expect(statusOn(canada, '2025-02-02')).toMatchObject({ threatened: 25 });
  });

  it('gives contiguous segments that name the events changing them', () => {
    for (const series of [mexico, canada, china])
      series.segments.slice(1).forEach((segment, i) => {
        const previous = series.segments[i]!;
        // Each starts the day after the one before ends: no gap, no overlap.
        expect(segment.start, `${series.country} ${segment.start}`).toBe(addDays(previous.end, 1));
        expect(segment.eventIds.length).toBeGreaterThan(0);
      });
    expect(mexico.segments.find((s) => s.start === '2025-03-07')!.eventIds).toEqual([
      timeline[5]!.id,
    ]);
  });

  it('gives the same series for several countries at once as for each alone', () => {
    for (const track of ['main', 'energy'] as const) {
      const countries = ['CN', 'US', 'MX', 'CA'] as const;
      expect(tariffSeriesFor(timeline, countries, track)).toEqual(
        countries.map((country) => tariffSeries(timeline, country, track)),
      );
    }
  });

  it('is empty, with nothing known, for a country without measures', () => {
    const us = tariffSeries(timeline, 'US');
    expect(us.segments).toEqual([]);
    expect(statusOn(us, '2025-03-01')).toEqual({ known: false, reason: 'after-data' });
  });

  it('lifts a tariff back to zero, ending threats and suspensions', () => {
    const lifted = tariffSeries(
      [
        ...timeline,
        tariffEvent('2025-09-01', { country: 'CA', rate: 0, status: 'lifted', scope: 'all goods' }),
      ],
      'CA',
    );
    expect(pick(statusOn(lifted, '2025-09-01'))).toEqual({
      inEffect: 0,
      threatened: null,
      suspendedUntil: null,
      scope: null,
    });
  });
});
