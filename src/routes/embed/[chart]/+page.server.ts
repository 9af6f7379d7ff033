import { error } from '@sveltejs/kit';
import { EMBED_CHART_NAMES, embedPageData, isEmbedChartName } from '$lib/embed/charts';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => EMBED_CHART_NAMES.map((chart) => ({ chart }));

export function load({ params }) {
  if (!isEmbedChartName(params.chart)) error(404, 'There is no chart to embed at this address');
  return embedPageData(params.chart, getDataset());
}
