/**
 * The comparison on the curated dataset: how its real threats, responses and concessions come out.
 */
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../data/fixtures/curated-dataset';
import { dayString } from '../dates/dates';
import { formatLag } from './lag';
import {
  buildComparisonData,
  type CompareResponse,
  type ComparisonData,
  type Threat,
} from './comparison';
import { comparisonView } from './comparison-view';
import { defaultFilters as filters } from './test-filters';

const dataset = curatedDataset();

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
      withinWindow: 2,
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
});

describe("the curated dataset's suspensions", () => {
  const summaryOf = (country: 'MX' | 'CA') =>
    comparisonView(buildComparisonData(dataset, country), filters).summary;

  it("counts Canada's pause of 3 Feb 2025 as kept during the pause, not before it", () => {
    // Paused for commitments (its border plan, a promise to list the cartels), listed on 20 Feb.
    expect(summaryOf('CA')).toMatchObject({
      suspendedAfterConcession: 0,
      concededDuringSuspension: 1,
    });
    // Mexico's troops were pledged on 3 Feb, before its pause took effect.
    expect(summaryOf('MX').suspendedAfterConcession).toBeGreaterThan(0);
  });
});
