import { buildComparisonData, COMPARE_COUNTRIES } from '$lib/compare/comparison';
import { precomputeColumns } from '$lib/compare/precomputed';
import { compareTitle } from '$lib/compare/titles';
import { eventsExtent } from '$lib/events/extent';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { previewImage } from '$lib/server/preview-image';
import { defaultCompareView } from '$lib/url-state/compare-view';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const dataset = getDataset(lang);
  const comparisons = COMPARE_COUNTRIES.map((country) =>
    buildComparisonData(dataset, country, lang),
  );
  const defaultColumns = precomputeColumns(comparisons, defaultCompareView());
  // The build-time image is of the default view's first column, as its title says.
  const [first] = defaultColumns.columns;
  return {
    comparisons,
    defaultColumns,
    extent: eventsExtent(dataset.events),
    previewImage:
      first &&
      previewImage('threats-responses', lang, compareTitle(first.view, first.country, lang)),
  };
}
