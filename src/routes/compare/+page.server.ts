import { buildComparisonData, COMPARE_COUNTRIES } from '$lib/compare/comparison';
import { precomputeColumns } from '$lib/compare/precomputed';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';
import { defaultCompareView } from '$lib/url-state/compare-view';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const dataset = getDataset(lang);
  const comparisons = COMPARE_COUNTRIES.map((country) =>
    buildComparisonData(dataset, country, lang),
  );
  return {
    comparisons,
    defaultColumns: precomputeColumns(comparisons, defaultCompareView()),
    extent: buildTimelineData(dataset, lang).extent,
  };
}
