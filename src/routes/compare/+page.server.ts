import { buildComparisonData, COMPARE_COUNTRIES } from '$lib/compare/comparison';
import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';

export function load() {
  const dataset = getDataset();
  return {
    comparisons: COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country)),
    extent: buildTimelineData(dataset).extent,
  };
}
