import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { defaultCompareView } from './view';
import { compareColumns, type CompareColumn } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { columnsFor, precomputeColumns } from './precomputed';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const comparisons = COMPARE_COUNTRIES.map((country) =>
  buildComparisonData(result.dataset, country),
);
const defaults = defaultCompareView();
const precomputed = precomputeColumns(comparisons, defaults);

describe('columnsFor', () => {
  it('reuses the precomputed columns for the same view, whatever the table sort', () => {
    expect(columnsFor(comparisons, defaults, precomputed)).toBe(precomputed.columns);
    expect(columnsFor(comparisons, { ...defaults, sort: 'lag', dir: 'desc' }, precomputed)).toBe(
      precomputed.columns,
    );
  });

  it('pairs any other view afresh', () => {
    for (const view of [
      { ...defaults, window: 7 },
      { ...defaults, country: [...COMPARE_COUNTRIES] },
      { ...defaults, tier: ['stated' as const] },
      { ...defaults, from: '2025-03-01' },
    ]) {
      const columns = columnsFor(comparisons, view, precomputed);
      expect(columns).not.toBe(precomputed.columns);
      expect(columns).toEqual(compareColumns(comparisons, view));
    }
    const pairCount = (columns: CompareColumn[]) =>
      columns[0]!.view.rows.reduce((count, row) => count + row.pairs.length, 0);
    expect(
      pairCount(columnsFor(comparisons, { ...defaults, window: 7 }, precomputed)),
    ).toBeLessThan(pairCount(precomputed.columns));
  });
});
