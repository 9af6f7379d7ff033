import { describe, expect, it } from 'vitest';
import { validDataset } from '../data/fixtures/valid-dataset';
import type { Dataset } from '../data/schema';
import { validateDataset } from '../data/validate';
import { buildComparisonData } from './comparison';
import { comparisonView, type CompareFilters, type ComparisonView } from './comparison-view';
import { defaultFilters as filters } from './test-filters';

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
