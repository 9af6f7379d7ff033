import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';
import { headlineFigures } from '$lib/timeline/headline';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const dataset = getDataset(lang);
  const timeline = buildTimelineData(dataset, lang);
  return { timeline, headline: headlineFigures(dataset, timeline.series, lang) };
}
