import { describe, expect, it } from 'vitest';
import { eventRecord, measure } from './fixtures/event-records';
import { readDataset } from './read-dataset';
import type { EventRecord, RateConfirmation, TariffMeasure } from './schema';
import { tariffSeries, tariffSeriesFor } from './tariff-series';
import { statusOn } from './tariff-state';

/** An event on `date`: a tariff event carrying `measures`, or else a statement. */
const event = (id: string, date: string, measures: TariffMeasure[] = []): EventRecord =>
  eventRecord(id, date, measures.length ? { kind: 'tariff', tariffs: measures } : {});

const review = (date: string, quote: string): RateConfirmation => ({
  date,
  source: 'review',
  quote,
});

// The public-record steps of 2025 (shared/reference-dates.md), with article 004's confirmations of
// 8 Aug and a last event on 21 Jan 2026.
const timeline: EventRecord[] = [
  event('orders', '2025-02-01', [
    measure('MX', 25, 'threatened', 'all goods', { effective: '2025-02-04' }),
    measure('CA', 25, 'threatened', 'all goods', { effective: '2025-02-04' }),
    measure('CN', 10, 'threatened', 'all goods', { effective: '2025-02-04' }),
  ]),
  event('china-10', '2025-02-04', [measure('CN', 10, 'imposed', 'all goods')]),
  event('in-force', '2025-03-04', [
    measure('MX', 25, 'imposed', 'all goods'),
    // Superseded by the 35% of 1 Aug: it cannot confirm the rate carrying on.
    measure('CA', 25, 'imposed', 'all goods', {
      confirmations: [review('2025-09-01', 'Canada still pays 25%')],
    }),
    measure('CN', 20, 'imposed', 'all goods'),
  ]),
  event('mexico-30-suspended', '2025-07-31', [
    measure('MX', 30, 'suspended', 'non-USMCA goods', {
      effective: '2025-08-01',
      until: '2025-10-29',
      confirmations: [review('2025-08-08', 'a 90-day suspension')],
    }),
    measure('MX', 25, 'imposed', 'non-USMCA goods'),
  ]),
  event('canada-35', '2025-07-31', [
    measure('CA', 35, 'imposed', 'non-USMCA goods', {
      effective: '2025-08-01',
      confirmations: [
        review('2025-08-08', 'Canada grapples with a 35% duty hike'),
        review('2025-08-05', 'an earlier report'),
      ],
    }),
  ]),
  event('davos', '2026-01-21'),
];

describe('tariff series: after the last step', () => {
  it("carries China's 20% on, unconfirmed after its step, to the dataset's last day", () => {
    expect(tariffSeries(timeline, 'CN').continuation).toEqual({
      inEffect: 20,
      scope: 'all goods',
      confirmedThrough: '2025-03-04',
      confirmation: null,
      through: '2026-01-21',
    });
  });

  it("confirms Canada's 35% through the latest article reporting it, not a superseded rate's", () => {
    expect(tariffSeries(timeline, 'CA').continuation).toEqual({
      inEffect: 35,
      scope: 'non-USMCA goods',
      confirmedThrough: '2025-08-08',
      confirmation: {
        date: '2025-08-08',
        source: 'review',
        quote: 'Canada grapples with a 35% duty hike',
        eventId: 'canada-35',
        rate: 35,
      },
      through: '2026-01-21',
    });
  });

  it("carries only Mexico's rate in effect on after its suspension's last day", () => {
    // The 8 Aug report of the suspension falls before its end, which the step itself announced.
    expect(tariffSeries(timeline, 'MX').continuation).toEqual({
      inEffect: 25,
      scope: 'non-USMCA goods',
      confirmedThrough: '2025-10-29',
      confirmation: null,
      through: '2026-01-21',
    });
  });

  it('leaves the status after the steps unknown, as before', () => {
    const canada = tariffSeries(timeline, 'CA');
    expect(canada.knownThrough).toBe('2025-08-01');
    expect(canada.segments.at(-1)!.end).toBe('2025-08-01');
    expect(statusOn(canada, '2025-08-02')).toEqual({ known: false, reason: 'after-data' });
  });

  it('runs to the confirmation when the dataset ends before it', () => {
    const canada = tariffSeries(timeline.slice(0, -1), 'CA').continuation!;
    expect([canada.confirmedThrough, canada.through]).toEqual(['2025-08-08', '2025-08-08']);
  });

  it('counts an end date or a month as the dataset reaching its last day', () => {
    const ending = { ...event('talks', '2025-12'), precision: 'month' as const };
    const china = tariffSeries([...timeline.slice(0, -1), ending], 'CN').continuation!;
    expect(china.through).toBe('2025-12-31');
  });

  it('has none for a country without measures, and the same for several countries at once', () => {
    expect(tariffSeries(timeline, 'US').continuation).toBeNull();
    expect(tariffSeriesFor(timeline, ['CN', 'CA']).map((s) => s.continuation)).toEqual([
      tariffSeries(timeline, 'CN').continuation,
      tariffSeries(timeline, 'CA').continuation,
    ]);
  });
});

describe('the curated dataset after its last steps', () => {
  const result = readDataset();
  const events = result.ok ? result.dataset.events : [];

  it.each([
    ['MX', 25, '2025-10-29', null],
    ['CA', 35, '2025-08-08', 'rejects-military-involvement'],
    ['CN', 20, '2025-03-04', null],
  ] as const)(
    '%s: %i% confirmed through %s (%s), then unconfirmed to 21 Jan 2026',
    (country, rate, confirmedThrough, source) => {
      const continuation = tariffSeries(events, country).continuation!;
      expect({
        inEffect: continuation.inEffect,
        confirmedThrough: continuation.confirmedThrough,
        source: continuation.confirmation?.source ?? null,
        through: continuation.through,
      }).toEqual({ inEffect: rate, confirmedThrough, source, through: '2026-01-21' });
    },
  );
});
