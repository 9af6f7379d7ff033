import { i18n } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';
import { headlineFigures } from '$lib/timeline/headline';

export function load({ url }) {
  const lang = i18n.getLanguageFromUrl(url);
  const dataset = getDataset(lang);
  const timeline = buildTimelineData(dataset, lang);
  return { timeline, headline: headlineFigures(dataset, timeline.series, lang) };
}
