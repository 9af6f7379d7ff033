import { eventsExtent } from '../data/extent';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n';
import type { SiteData } from '../site/site';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { precomputeColumns } from './precomputed';
import { defaultCompareView } from './view';

/** What /compare shows: each country's comparison, and the default view's columns worked out. */
export function comparePageData(dataset: Dataset, lang: Lang) {
  const comparisons = COMPARE_COUNTRIES.map((country) =>
    buildComparisonData(dataset, country, lang),
  );
  return {
    comparisons,
    defaultColumns: precomputeColumns(comparisons, defaultCompareView()),
    extent: eventsExtent(dataset.events),
  };
}

export type ComparePageData = ReturnType<typeof comparePageData> & SiteData;
