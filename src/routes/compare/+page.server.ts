import { buildComparisonData, COMPARE_COUNTRIES } from '$lib/compare/comparison';
import { i18n } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';

export function load({ url }) {
  const lang = i18n.getLanguageFromUrl(url);
  const dataset = getDataset(lang);
  return {
    comparisons: COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country, lang)),
    extent: buildTimelineData(dataset, lang).extent,
  };
}
