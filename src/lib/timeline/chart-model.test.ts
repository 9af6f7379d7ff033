import { describe, expect, it } from 'vitest';
import { validDataset } from '../data/fixtures/valid-dataset';
import { readDataset } from '../data/read-dataset';
import { validateDataset } from '../data/validate';
import { dayEndMillis, dayToMillis, formatDate } from '../dates/dates';
import { defaultTimelineView, type TimelineView } from './view';
import {
  MIN_MARKER_RADIUS,
  MAX_MARKER_RADIUS,
  timelineChartModel,
  timeUnitFor,
} from './chart-model';
import { buildTimelineData } from './data';
import { timelineSummary } from './summary';
import { tariffStepRows } from './tables';

function dataset() {
  const raw = validDataset();
  const [orders, troops] = raw.events.events as Record<string, unknown>[];
  raw.events.events.push(
    {
      ...orders,
      id: 'pause',
      title: 'Pause',
      date: '2025-02-03',
      tariffs: [
        {
          country: 'MX',
          rate: 25,
          status: 'suspended',
          scope: 'all goods',
          effective: '2025-02-04',
          until: '2025-03-03',
          label: 'one-month pause',
        },
      ],
    } as never,
    {
      ...troops,
      id: 'transfer-29',
      title: 'Transfer of 29',
      date: '2025-02-27',
      precision: 'day',
      quantity: { value: 29, unit: 'people' },
    } as never,
    {
      ...troops,
      id: 'transfer-26',
      title: 'Transfer of 26',
      date: '2025-08-12',
      precision: 'day',
      quantity: { value: 26, unit: 'people' },
    } as never,
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.dataset;
}

const data = buildTimelineData(dataset());
const model = (patch: Partial<TimelineView> = {}) =>
  timelineChartModel(data, { ...defaultTimelineView(), ...patch });

describe('timeline data', () => {
  it('spans the dataset and splits tariff announcements from the lane', () => {
    expect(data.extent).toEqual({ start: '2025-02-01', end: '2025-08-12' });
    expect(data.announcements.map((e) => e.id)).toEqual(['orders-signed', 'pause']);
    expect(data.lane.map((e) => e.id)).toEqual(['troops-pledged', 'transfer-29', 'transfer-26']);
  });

  it('adds up people transferred, step by step', () => {
    expect(data.transfers.map((t) => [t.day, t.cumulative])).toEqual([
      ['2025-02-27', 29],
      ['2025-08-12', 55],
    ]);
  });

  it('places month-precision events mid-month', () => {
    expect(data.lane.find((e) => e.id === 'troops-pledged')!.plotDay).toBe('2025-02-15');
  });
});

describe('timeline chart model', () => {
  it('draws the in-effect and threatened lines as steps that stop where the data stops', () => {
    const m = model();
    const threatened = m.lines.find((l) => l.country === 'MX' && l.status === 'threatened')!;
    expect(threatened.points[0]).toEqual({ x: dayToMillis('2025-02-01'), y: 25 });
    const inEffect = m.lines.find((l) => l.country === 'MX' && l.status === 'in-effect')!;
    // Known through 3 Mar (end of the pause): the line ends at the start of 4 Mar, never drops to 0.
    expect(inEffect.points.at(-1)).toEqual({ x: dayToMillis('2025-03-04'), y: 0 });
    expect(m.unconfirmedLabels).toEqual([
      expect.objectContaining({ country: 'MX', text: 'not confirmed after 3 Mar 2025' }),
    ]);
  });

  it('shades suspensions with their announced label', () => {
    expect(model().bands).toEqual([
      expect.objectContaining({
        label: 'one-month pause',
        start: dayToMillis('2025-02-04'),
        end: dayToMillis('2025-03-04'),
      }),
    ]);
  });

  it('sizes markers by area, with a floor for small or missing numbers', () => {
    const markers = model().markers;
    const troops = markers.find((m) => m.event.id === 'troops-pledged')!;
    const transfer = markers.find((m) => m.event.id === 'transfer-29')!;
    expect(troops.radius).toBe(MAX_MARKER_RADIUS);
    expect(transfer.radius).toBe(MIN_MARKER_RADIUS);
    expect(troops.hollow).toBe(true);
    expect(transfer.hollow).toBe(false);
  });

  it('filters countries, kinds and the date range', () => {
    expect(model({ country: ['CA'] }).lines).toEqual([]);
    expect(model({ kind: ['tariff'] }).markers).toEqual([]);
    expect(model({ kind: ['concession'] }).announcements).toEqual([]);
    const range = model({ from: '2025-03-01', to: '2025-12-31' });
    expect(range.xMin).toBe(dayToMillis('2025-03-01'));
    expect(range.markers.map((m) => m.event.id)).toEqual(['transfer-26']);
    expect(range.bands).toHaveLength(1);
    expect(model({ from: '2025-04-01' }).bands).toEqual([]);
  });

  describe('picks the time axis unit from the length of the range', () => {
    it.each([
      ['2025-02-22', 'day'],
      ['2025-02-23', 'week'],
      ['2025-05-04', 'week'],
      ['2025-05-05', 'month'],
      ['2028-02-01', 'month'],
      ['2028-02-02', 'year'],
    ])('from 1 Feb 2025 to %s: %s', (to, unit) => {
      expect(timeUnitFor('2025-02-01', to)).toBe(unit);
    });

    it("the default view's chart: month", () => {
      expect(model().xUnit).toBe('month');
    });
  });

  it('lists the same steps in the table and says them in the summary', () => {
    const m = model();
    const rows = tariffStepRows(data, defaultTimelineView(), m);
    expect(rows.map((r) => [r.from, r.to, r.inEffect, r.threatened, r.suspension])).toEqual([
      ['1 Feb 2025', '3 Feb 2025', 0, 25, null],
      ['4 Feb 2025', '3 Mar 2025', 0, 25, 'one-month pause, to 3 Mar 2025'],
    ]);
    expect(timelineSummary(data, m)).toContain(
      'Mexico 0% in effect, 25% threatened (one-month pause) as of 3 Mar 2025',
    );
  });
});

// These read the curated dataset: its real cases.
describe('timeline chart model on the curated dataset', () => {
  const curated = readDataset();
  if (!curated.ok) throw new Error(curated.problems.join('\n'));
  const data = buildTimelineData(curated.dataset);
  const modelFor = (from: string, to: string) =>
    timelineChartModel(data, { ...defaultTimelineView(), from, to });
  const labelled = (m: ReturnType<typeof modelFor>) =>
    m.endLabels.map(({ text, stack }) => [text, stack]);

  it('labels each line with the rate in effect where it leaves the view, not the latest', () => {
    expect(labelled(modelFor('', ''))).toEqual([
      ['Mexico 25%', 0],
      ['Canada 35%', 0],
      ['China 20%', 0],
    ]);
    // In March 2025 Canada was at 25%, not 35%: its label says so, under Mexico's at the same point.
    expect(labelled(modelFor('2025-03-01', '2025-03-31'))).toEqual([
      ['Mexico 25%', 0],
      ['Canada 25%', 1],
      ['China 20%', 0],
    ]);
    // Nothing was in effect in 2024 (the key names the lines); in 2026 every rate carries on.
    expect(labelled(modelFor('2024-11-25', '2024-12-31'))).toEqual([]);
    expect(labelled(modelFor('2026-01-01', '2026-01-21'))).toEqual([
      ['Mexico 25%', 0],
      ['Canada 35%', 0],
      ['China 20%', 0],
    ]);
  });

  it('carries each rate on to the last day in a weaker line after its last confirmation', () => {
    const m = modelFor('', '');
    const end = dayEndMillis(data.extent.end);
    for (const series of data.series) {
      const continuation = series.continuation!;
      const confirmedEnd = dayEndMillis(continuation.confirmedThrough);
      const lines = m.lines.filter((l) => l.country === series.country);
      const inEffect = lines.find((l) => l.status === 'in-effect')!;
      const unconfirmed = lines.find((l) => l.status === 'unconfirmed')!;
      // In full up to the last confirmed day, then weaker to the data's end: never a one-day
      // sliver, never back to 0.
      expect(inEffect.points.at(-1)).toEqual({ x: confirmedEnd, y: continuation.inEffect });
      expect(unconfirmed.points).toEqual([
        { x: confirmedEnd, y: continuation.inEffect },
        { x: end, y: continuation.inEffect },
      ]);
      expect(continuation.inEffect).toBeGreaterThan(0);
    }
    // Canada's 35% is confirmed by a later article, after its last step.
    const canada = data.series.find((s) => s.country === 'CA')!;
    expect(canada.continuation!.confirmedThrough > canada.knownThrough!).toBe(true);
    expect(m.unconfirmedLabels.map((label) => label.text)).toEqual(
      data.series.map(
        (s) => `not confirmed after ${formatDate(s.continuation!.confirmedThrough, 'day')}`,
      ),
    );
  });

  it("marks the last known rate with a dot where a country's data stops inside the view", () => {
    const ends = (m: ReturnType<typeof modelFor>) =>
      m.lines.filter((l) => l.status === 'in-effect' && l.endsInView).map((l) => l.country);
    // China's 20% is known on 4 Mar 2025 only: without the dot it would be a one-day sliver.
    expect(ends(modelFor('', ''))).toEqual(['MX', 'CA', 'CN']);
    expect(ends(modelFor('2025-01-01', '2025-02-28'))).toEqual([]);
  });

  it('holds the people transferred to the view’s end, but not past the data’s', () => {
    const total = modelFor('2025-01-01', '2026-12-31').transfers.at(-1)!;
    expect(total).toEqual({ x: dayToMillis(data.extent.end), y: 92 });
    expect(modelFor('2025-01-01', '2025-06-30').transfers.at(-1)).toEqual({
      x: dayToMillis('2025-06-30'),
      y: 29,
    });
  });
});
