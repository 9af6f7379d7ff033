import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { previewImage } from '$lib/server/preview-image';
import { buildTimelineData } from '$lib/timeline/data';
import { timelineTitle } from '$lib/timeline/text';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const dataset = getDataset(lang);
  const timeline = buildTimelineData(dataset, lang);
  return {
    timeline,
    previewImage: previewImage('tariff-timeline', lang, timelineTitle(lang)),
  };
}
