/**
 * `comparisonView` against the straightforward implementation it replaced for speed (kept here, and
 * only here, as the reference): the same rows, pairs and summary, down to the key order the page's
 * serialised default view carries, on the curated dataset and on a large synthetic one.
 */
import { describe, expect, it } from 'vitest';
import { readRaw, syntheticFiles } from '../../cli/bench/synthetic';
import { readDataset } from '../data/read-dataset';
import type { Dataset } from '../data/schema';
import { validateDataset } from '../data/validate';
import { dayNumber } from '../dates/dates';
import {
  buildComparisonData,
  COMPARE_COUNTRIES,
  type CompareEvent,
  type ComparisonData,
} from './comparison';
import {
  comparisonView,
  type CompareFilters,
  type ComparisonView,
  type ThreatRow,
} from './comparison-view';
import { isApproximate, lagMax, lagMin, type Lag } from './lag';
import type { OutcomeChange } from './outcomes';
import {
  firstResponse,
  PAIR_BASES,
  THREAT_KINDS,
  type Pair,
  type PairBasis,
  type ResponseLike,
  type ThreatLike,
} from './pairing';

interface PairRule {
  windowDays: number;
  stated: boolean;
  windowed: boolean;
}

function referencePairOf(
  threat: ThreatLike,
  response: ResponseLike,
  responseIndex: number,
  rule: PairRule,
): Pair | null {
  const min = lagMin(threat, response);
  const max = lagMax(threat, response);
  const approximate = isApproximate(threat, response);
  const common = { threatId: threat.id, responseId: response.id, responseIndex };
  if (response.answers?.includes(threat.threatIndex)) {
    if (!rule.stated) return null;
    const lag = { min: Math.max(0, min), max: Math.max(0, max), approximate };
    return { ...common, basis: 'stated', ...lag, note: response.responseNote ?? null };
  }
  if (!rule.windowed || max < 0 || min > rule.windowDays) return null;
  return { ...common, basis: 'window', min: Math.max(0, min), max, approximate, note: null };
}

/** Every response checked against every threat, so no indexing shortcut can hide a difference. */
function referencePairsPerThreat(
  threats: readonly ThreatLike[],
  responses: readonly ResponseLike[],
  windowDays: number,
  bases: readonly PairBasis[],
): Pair[][] {
  const rule = { windowDays, stated: bases.includes('stated'), windowed: bases.includes('window') };
  return threats.map((threat) =>
    responses.flatMap((response, index) => referencePairOf(threat, response, index, rule) ?? []),
  );
}

function referenceMedian(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function referenceComparisonView(data: ComparisonData, filters: CompareFilters): ComparisonView {
  const inRange = (e: CompareEvent) =>
    (!filters.from || e.day >= filters.from) && (!filters.to || e.day <= filters.to);
  const threats = data.threats.filter((t) => filters.kinds.includes(t.kind) && inRange(t));
  const responses = data.responses.filter(inRange);
  const grouped = referencePairsPerThreat(threats, responses, filters.windowDays, filters.bases);
  const rows: ThreatRow[] = threats.map((threat, i) => ({
    threat,
    pairs: grouped[i]!,
    first: firstResponse(grouped[i]!),
  }));
  const firstLags: Lag[] = rows.flatMap((row) => row.first ?? []);
  const tariffRows = rows.filter((row) => row.threat.kind === 'tariff');
  /** How many suspended tariff threats have a paired concession whose last day `counts` accepts. */
  const withConcession = (counts: (day: number, suspension: OutcomeChange) => boolean) =>
    tariffRows.filter(({ threat, pairs }) => {
      const suspension = threat.outcome.history.find((h) => h.status === 'suspended');
      return (
        !!suspension &&
        pairs.some((pair) => {
          const response = responses[pair.responseIndex]!;
          return response.kind === 'concession' && counts(response.lastDay, suspension);
        })
      );
    }).length;
  const suspendedAfterConcession = withConcession((day, { date }) => day <= dayNumber(date));
  const concededDuringSuspension = withConcession(
    (day, { date, until }) => day > dayNumber(date) && day <= dayNumber(until ?? date),
  );
  return {
    rows,
    responses,
    summary: {
      threats: rows.length,
      answered: firstLags.length,
      medianLag: firstLags.length
        ? {
            min: referenceMedian(firstLags.map((l) => l.min)),
            max: referenceMedian(firstLags.map((l) => l.max)),
            approximate: firstLags.some((l) => l.approximate),
          }
        : null,
      within7: firstLags.filter((l) => l.max <= 7).length,
      withinWindow: firstLags.filter((l) => l.max <= filters.windowDays).length,
      suspendedAfterConcession,
      concededDuringSuspension,
      tariffThreats: tariffRows.length,
    },
  };
}

const defaults: CompareFilters = {
  windowDays: 30,
  bases: PAIR_BASES,
  kinds: THREAT_KINDS,
  from: '',
  to: '',
};

/** The default view, and views changing each filter, the date range cutting through the data. */
const views: [string, CompareFilters][] = [
  ['the default view', defaults],
  ['a 1-day window', { ...defaults, windowDays: 1 }],
  ['a 365-day window', { ...defaults, windowDays: 365 }],
  ['stated pairs only', { ...defaults, bases: ['stated'] }],
  ['window pairs only', { ...defaults, bases: ['window'] }],
  ['tariff threats only', { ...defaults, kinds: ['tariff'] }],
  ['pressure only, 7-day window', { ...defaults, kinds: ['pressure'], windowDays: 7 }],
  ['from a date', { ...defaults, from: '2025-03-01' }],
  ['a date range', { ...defaults, from: '2025-02-03', to: '2025-08-01', windowDays: 90 }],
];

function expectSameViews(comparisons: readonly ComparisonData[]) {
  for (const data of comparisons) {
    for (const [, filters] of views) {
      const view = comparisonView(data, filters);
      const reference = referenceComparisonView(data, filters);
      expect(view).toStrictEqual(reference);
      // Key order too: the default view is serialised into the page.
      expect(JSON.stringify(view)).toBe(JSON.stringify(reference));
    }
  }
}

describe('comparisonView gives what the reference implementation gives', () => {
  it('on the curated dataset, in every view', () => {
    const result = readDataset();
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const dataset: Dataset = result.dataset;
    const comparisons = COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country));
    // Not vacuous: the views pair responses of both tiers and count suspensions after concessions.
    const pairs = comparisonView(comparisons[0]!, defaults).rows.flatMap((row) => row.pairs);
    expect(new Set(pairs.map((p) => p.basis))).toEqual(new Set(['stated', 'window']));
    expect(comparisonView(comparisons[0]!, defaults).summary.suspendedAfterConcession).toBe(
      referenceComparisonView(comparisons[0]!, defaults).summary.suspendedAfterConcession,
    );
    expectSameViews(comparisons);
  });

  it('on a synthetic dataset of 3,000 events, as the page receives it (through JSON)', () => {
    const validated = validateDataset(syntheticFiles(readRaw(), 3000));
    if (!validated.ok) throw new Error(validated.problems.join('\n'));
    const comparisons: ComparisonData[] = JSON.parse(
      JSON.stringify(
        COMPARE_COUNTRIES.map((country) => buildComparisonData(validated.dataset, country)),
      ),
    );
    expectSameViews(comparisons);
    // Every view over 3,000 events: about 2 s alone, up to 8 s on a busy 2-core machine.
  }, 30_000);
});
