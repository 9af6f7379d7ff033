/**
 * The default /compare view's columns, paired at build time by the page's `load`, so that hydrating
 * the page pairs nothing in the browser (pairing every threat with every response is the page's
 * heaviest work); any other view is paired in the browser when the reader picks it.
 */
import type { CompareView } from './view';
import { compareColumns, type CompareColumn } from './columns';
import type { ComparisonData } from './comparison';

export interface PrecomputedColumns {
  key: string;
  columns: CompareColumn[];
}

/** What the columns depend on: the view without the table's sort order. */
const columnsKey = ({ country, window, tier, kind, from, to }: CompareView) =>
  JSON.stringify([country, window, tier, kind, from, to]);

export function precomputeColumns(
  comparisons: readonly ComparisonData[],
  view: CompareView,
): PrecomputedColumns {
  return { key: columnsKey(view), columns: compareColumns(comparisons, view) };
}

/** The columns of `view`: the precomputed ones when they are for the same view. */
export function columnsFor(
  comparisons: readonly ComparisonData[],
  view: CompareView,
  precomputed: PrecomputedColumns,
): CompareColumn[] {
  return columnsKey(view) === precomputed.key
    ? precomputed.columns
    : compareColumns(comparisons, view);
}
