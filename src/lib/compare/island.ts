import type { IslandDefinition } from '$lib/islands/definition';
import type { ComparePageData } from './page-data';
import CompareCharts from './CompareCharts.svelte';
import CompareIntro from './CompareIntro.svelte';
import CompareTables from './CompareTables.svelte';
import { createComparePage, type ComparePageState } from './compare-page.svelte';

/**
 * The comparison page's island, in three parts that hydrate one after another: the controls and
 * figures, the charts, the tables. They share one state, so a change in the controls redraws all.
 */
export const compareIsland: IslandDefinition<
  { data: ComparePageData },
  { page: ComparePageState }
> = {
  name: 'compare',
  parts: [CompareIntro, CompareCharts, CompareTables],
  partProps: ({ data }) => ({ page: createComparePage(data) }),
};
