import { describe, expect, it } from 'vitest';
import { validDataset } from '../data/fixtures/valid-dataset';
import { readDataset } from '../data/read-dataset';
import { validateDataset } from '../data/validate';
import type { Dataset } from '../data/schema';
import { dayString } from '../dates/dates';
import { formatLag } from './lag';
import {
  buildComparisonData,
  type CompareResponse,
  type ComparisonData,
  type Threat,
} from './comparison';
import { comparisonView, type CompareFilters, type ComparisonView } from './comparison-view';

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

/** A small dataset whose every figure can be worked out by hand: one U.S. tariff threat against
 * Mexico, paused, then imposed; one U.S. warning; a concession answering the threat and a
 * statement after the warning. */
function smallDataset(): Dataset {
  const event = (id: string, date: string, fields: Record<string, unknown>) => ({
    id,
    title: id,
    summary: id,
    date,
    precision: 'day',
    dateBasis: 'article',
    target: ['MX'],
    actor: { country: 'US', name: 'Donald Trump' },
    cameo: '1312',
    sources: [{ source: 'wire', quote: 'a quote' }],
    ...fields,
  });
  const tariff = (status: string, extra: Record<string, string> = {}) => ({
    kind: 'tariff',
    tariffs: [{ country: 'MX', rate: 25, status, scope: 'all goods', ...extra }],
  });
  const mexico = { country: 'MX', name: 'Government of Mexico' };
  const checked = validateDataset({
    sources: validDataset().sources,
    events: {
      version: '1.0.0',
      events: [
        event('orders', '2025-02-01', {
          ...tariff('threatened', { effective: '2025-02-04' }),
          goldstein: -5.8,
        }),
        event('troops', '2025-02-03', {
          kind: 'concession',
          actor: mexico,
          target: ['US'],
          quantity: { value: 10000, unit: 'troops' },
          respondsTo: ['orders'],
          responseNote: 'Tied by the source.',
          cameo: '080',
          goldstein: 5,
        }),
        event('pause', '2025-02-03', {
          ...tariff('suspended', { effective: '2025-02-04', until: '2025-03-03' }),
          cameo: '030',
          goldstein: 3,
        }),
        event('warning', '2025-02-20', { kind: 'pressure', cameo: '138', goldstein: -7 }),
        event('imposed', '2025-03-04', { ...tariff('imposed'), goldstein: -8 }),
        event('statement', '2025-03-10', {
          kind: 'statement',
          actor: mexico,
          target: ['US'],
          cameo: '010',
          goldstein: 1,
        }),
      ],
    },
  });
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return checked.dataset;
}

describe('comparison on a small dataset, figure by figure', () => {
  const small = buildComparisonData(smallDataset(), 'MX');
  /** Each shown threat's pairs as `threat > response (basis, min–max days)`. */
  const pairsIn = (view: ComparisonView) =>
    view.rows.map(
      ({ threat, pairs }) =>
        `${threat.id}: ${pairs.map((p) => `${p.responseId} (${p.basis}, ${p.min}–${p.max})`).join(', ')}`,
    );

  it('takes the threat and the warning as threats, the pause and the tariff taking effect not', () => {
    expect(small.threats.map((t) => [t.id, t.rate, t.outcome.status, t.outcome.date])).toEqual([
      ['orders', 25, 'carried-out', '2025-03-04'],
      ['warning', null, 'pending', '2025-03-10'],
    ]);
    expect(small.threats[0]!.outcome.history.map((h) => [h.status, h.date])).toEqual([
      ['suspended', '2025-02-04'],
      ['carried-out', '2025-03-04'],
    ]);
    expect(small.responses.map((r) => [r.id, r.answers])).toEqual([
      ['troops', [0]],
      ['statement', undefined],
    ]);
  });

  it('pairs the concession as stated, and the statement by the 30-day window alone', () => {
    const view = comparisonView(small, filters);
    // The statement comes 37 days after the threat: outside the window.
    expect(pairsIn(view)).toEqual([
      'orders: troops (stated, 2–2)',
      'warning: statement (window, 18–18)',
    ]);
    expect(view.summary).toEqual({
      threats: 2,
      answered: 2,
      medianLag: { min: 10, max: 10, approximate: false },
      within7: 1,
      withinWindow: 2,
      // The threat was paused on 4 Feb, after the troops pledged on 3 Feb that answer it.
      suspendedAfterConcession: 1,
      concededDuringSuspension: 0,
      tariffThreats: 1,
    });
  });

  it('narrows with the window, the tiers, the kinds and the dates', () => {
    const narrowed = (changes: Partial<CompareFilters>) =>
      pairsIn(comparisonView(small, { ...filters, ...changes }));
    expect(narrowed({ bases: ['stated'] })).toEqual(['orders: troops (stated, 2–2)', 'warning: ']);
    expect(narrowed({ bases: ['window'] })).toEqual([
      'orders: ',
      'warning: statement (window, 18–18)',
    ]);
    expect(narrowed({ windowDays: 7 })).toEqual(['orders: troops (stated, 2–2)', 'warning: ']);
    expect(narrowed({ kinds: ['tariff'] })).toEqual(['orders: troops (stated, 2–2)']);
    expect(narrowed({ from: '2025-02-10' })).toEqual(['warning: statement (window, 18–18)']);
    expect(narrowed({ to: '2025-02-10' })).toEqual(['orders: troops (stated, 2–2)']);
    expect(comparisonView(small, { ...filters, bases: ['stated'] }).summary).toMatchObject({
      answered: 1,
      medianLag: { min: 2, max: 2, approximate: false },
      within7: 1,
      withinWindow: 1,
    });
    // The window labels the count: at 14 days the statement 18 days on is neither paired nor counted.
    expect(comparisonView(small, { ...filters, windowDays: 14 }).summary).toMatchObject({
      answered: 1,
      withinWindow: 1,
    });
  });

  it('adds up the concession against the tariff threatened at the time', () => {
    expect(small.concessions).toEqual([
      {
        id: 'troops',
        title: 'troops',
        dateLabel: '3 Feb 2025',
        troops: 10000,
        people: 0,
        tariffInEffect: 0,
        tariffPending: { rate: 25, status: 'threatened' },
      },
    ]);
  });

  it('indexes U.S. pressure and Mexican cooperation week by week, empty weeks included', () => {
    expect(small.index.map((w) => [w.week, w.pressure, w.cooperation, w.eventIds])).toEqual([
      ['2025-01-27', 5.8, 0, ['orders']],
      ['2025-02-03', 0, 5, ['troops']],
      ['2025-02-10', 0, 0, []],
      ['2025-02-17', 7, 0, ['warning']],
      ['2025-02-24', 0, 0, []],
      ['2025-03-03', 8, 0, ['imposed']],
      ['2025-03-10', 0, 1, ['statement']],
    ]);
  });
});

describe("the curated dataset's suspensions", () => {
  const curated = readDataset();
  if (!curated.ok) throw new Error(curated.problems.join('\n'));
  const summaryOf = (country: 'MX' | 'CA') =>
    comparisonView(buildComparisonData(curated.dataset, country), {
      windowDays: 30,
      bases: ['stated', 'window'],
      kinds: ['tariff', 'pressure'],
      from: '',
      to: '',
    }).summary;

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
