import { error } from '@sveltejs/kit';
import { EMBED_CHART_NAMES, embedPageData, isEmbedChartName } from '$lib/embed/charts';
import { i18n } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => EMBED_CHART_NAMES.map((chart) => ({ chart }));

export function load({ params, url }) {
  if (!isEmbedChartName(params.chart)) error(404, 'There is no chart to embed at this address');
  const lang = i18n.getLanguageFromUrl(url);
  return embedPageData(params.chart, getDataset(lang), lang);
}
