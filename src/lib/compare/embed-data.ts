import { eventsExtent } from '../data/extent';
import type { Dataset } from '../data/schema';
import type { EmbedChartName, EmbedMeta } from '../embed/snippet';
import type { SiteData } from '../site/site';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';

/** What the comparison's embed pages draw: both countries, and the dataset's extent for the default dates. */
export const comparisonEmbedData = (dataset: Dataset, lang = 'en') => ({
  comparisons: COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country, lang)),
  extent: eventsExtent(dataset.events),
});

export type ComparisonEmbedData<Name extends EmbedChartName> = EmbedMeta<Name> &
  ReturnType<typeof comparisonEmbedData> &
  SiteData;
