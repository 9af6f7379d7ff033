import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import type { Dataset } from '../data/schema';
import { dayString } from '../dates';
import { formatLag } from './lag';
import {
  buildComparisonData,
  comparisonView,
  type CompareFilters,
  type CompareResponse,
  type ComparisonData,
  type ComparisonView,
  type Threat,
} from './comparison';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset: Dataset = result.dataset;

const filters: CompareFilters = {
  windowDays: 30,
  bases: ['stated', 'window'],
  kinds: ['tariff', 'pressure'],
  from: '',
  to: '',
};
const mexico = buildComparisonData(dataset, 'MX');
const canada = buildComparisonData(dataset, 'CA');
const threat = (data: typeof mexico, id: string) => data.threats.find((t) => t.id === id)!;

// These read the curated dataset: they pin down how its real cases come out.
describe('threat outcomes on the curated dataset', () => {
  it.each([
    ['2025-02-01-tariff-orders-signed', 'carried-out', '2025-03-04', ['suspended', 'carried-out']],
    ['2025-02-27-trump-confirms-march-4-tariffs', 'carried-out', '2025-03-04', ['carried-out']],
    ['2025-07-12-trump-threatens-30-percent-on-mexico', 'suspended', '2025-08-01', ['suspended']],
    ['2025-01-31-hegseth-warns-of-unilateral-action', 'pending', '2026-01-21', ['pending']],
    // An act in itself (a designation), not a threat of one: taken on its own date.
    ['2025-02-19-us-designates-eight-groups-as-terrorists', 'taken', '2025-02-19', ['taken']],
  ])('%s: %s on %s', (id, status, date, history) => {
    const outcome = threat(mexico, id).outcome;
    expect([outcome.status, outcome.date]).toEqual([status, date]);
    expect(outcome.history.map((h) => h.status)).toEqual(history);
  });

  it('gives the 90-day suspension its last day', () => {
    expect(threat(mexico, '2025-07-12-trump-threatens-30-percent-on-mexico').outcome.until).toBe(
      '2025-10-29',
    );
  });

  it("carries out Canada's rise to 35% on 1 Aug 2025", () => {
    const rise = threat(canada, '2025-07-31-canada-tariff-raised-to-35-percent');
    expect(rise.rate).toBe(35);
    expect([rise.outcome.status, rise.outcome.date]).toEqual(['carried-out', '2025-08-01']);
  });

  it('carries out the 10 Jul 2025 letter threatening Canada with 35% when it took effect', () => {
    const letter = threat(canada, '2025-07-10-trump-threatens-35-percent-on-canada');
    expect(letter.rate).toBe(35);
    expect([letter.outcome.status, letter.outcome.date]).toEqual(['carried-out', '2025-08-01']);
  });

  it('does not count a pause, an exemption or a tariff taking effect as a threat', () => {
    const ids = mexico.threats.map((t) => t.id);
    expect(ids).not.toContain('2025-02-03-mexico-canada-tariffs-paused');
    expect(ids).not.toContain('2025-03-04-tariffs-take-effect');
    expect(ids).not.toContain('2025-03-06-usmca-goods-exempted');
  });
});

describe('comparison view', () => {
  it('pairs the troop pledge with the tariff orders as stated, two days on', () => {
    const view = comparisonView(mexico, filters);
    const row = view.rows.find((r) => r.threat.id === '2025-02-01-tariff-orders-signed')!;
    expect(row.first).toMatchObject({
      responseId: '2025-02-03-mexico-pledges-10000-guard-troops',
      basis: 'stated',
    });
    expect(formatLag(row.first!, 'en')).toBe('2 days');
  });

  it('counts threats suspended after a concession that answered them', () => {
    expect(comparisonView(mexico, filters).summary.suspendedAfterConcession).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('narrows with the window, the tiers, the kinds and the dates', () => {
    const pairsOf = (view: ComparisonView) => view.rows.flatMap((row) => row.pairs);
    const all = pairsOf(comparisonView(mexico, filters));
    const stated = pairsOf(comparisonView(mexico, { ...filters, bases: ['stated'] }));
    expect(stated.every((p) => p.basis === 'stated')).toBe(true);
    expect(stated.length).toBeLessThan(all.length);
    expect(pairsOf(comparisonView(mexico, { ...filters, windowDays: 7 })).length).toBeLessThan(
      all.length,
    );
    expect(
      comparisonView(mexico, { ...filters, kinds: ['tariff'] }).rows.every(
        (r) => r.threat.kind === 'tariff',
      ),
    ).toBe(true);
    const in2026 = comparisonView(mexico, { ...filters, from: '2026-01-01', to: '2026-12-31' });
    expect(in2026.rows.every((r) => r.threat.day >= '2026-01-01')).toBe(true);
  });

  it('summarises shares and the median lag consistently', () => {
    const { summary } = comparisonView(mexico, filters);
    expect(summary.within7).toBeLessThanOrEqual(summary.within30);
    expect(summary.within30).toBeLessThanOrEqual(summary.answered);
    expect(summary.answered).toBeLessThanOrEqual(summary.threats);
    expect(summary.medianLag!.min).toBeLessThanOrEqual(summary.medianLag!.max);
  });

  it('counts first responses exactly 7 and 30 days on as within 7 and 30 days', () => {
    const threatAt = (id: string, threatIndex: number, day: number): Threat => ({
      ...mexico.threats[0]!,
      id,
      threatIndex,
      precision: 'day',
      firstDay: day,
      lastDay: day,
      day: dayString(day),
    });
    // One naming no threat, so that both pair by the window alone.
    const response = mexico.responses.find((r) => !r.answers)!;
    const responseAt = (id: string, day: number): CompareResponse => ({
      ...response,
      id,
      precision: 'day',
      firstDay: day,
      lastDay: day,
      day: dayString(day),
    });
    const data: ComparisonData = {
      ...mexico,
      threats: [threatAt('a', 0, 20_000), threatAt('b', 1, 21_000)],
      responses: [responseAt('a-7', 20_007), responseAt('b-30', 21_030)],
    };
    expect(comparisonView(data, filters).summary).toMatchObject({
      answered: 2,
      within7: 1,
      within30: 2,
      medianLag: { min: 18.5, max: 18.5, approximate: false },
    });
  });

  it('adds up concessions against the tariff in effect and the one threatened at the time', () => {
    const step = (id: string) => mexico.concessions.find((c) => c.id === id)!;
    expect(step('2025-02-03-mexico-pledges-10000-guard-troops')).toMatchObject({
      troops: 10000,
      tariffInEffect: 0,
      tariffPending: { rate: 25, status: 'threatened' },
    });
    // The one-month pause of the 25% ran to 3 Mar.
    expect(step('2025-02-27-mexico-hands-over-29-prisoners')).toMatchObject({
      troops: 10000,
      people: 29,
      tariffInEffect: 0,
      tariffPending: { rate: 25, status: 'suspended' },
    });
    // 25% in effect, the 30% suspended for 90 days from 1 Aug.
    expect(step('2025-08-12-mexico-hands-over-26-prisoners')).toMatchObject({
      people: 55,
      tariffInEffect: 25,
      tariffPending: { rate: 30, status: 'suspended' },
    });
    expect(mexico.concessions.at(-1)).toMatchObject({
      people: 92,
      tariffInEffect: null,
      tariffPending: null,
    });
  });

  it('builds a weekly index with U.S. pressure and Mexican cooperation', () => {
    const weeks = mexico.index;
    expect(weeks.length).toBeGreaterThan(50);
    expect(weeks.some((w) => w.pressure > 0)).toBe(true);
    expect(weeks.some((w) => w.cooperation > 0)).toBe(true);
    const troopsWeek = weeks.find((w) =>
      w.eventIds.includes('2025-02-03-mexico-pledges-10000-guard-troops'),
    )!;
    expect(troopsWeek.week).toBe('2025-02-03');
  });
});
