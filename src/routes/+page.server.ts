import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { previewImage } from '$lib/server/preview-image';
import { timelinePageData } from '$lib/timeline/page-data';
import { timelineTitle } from '$lib/timeline/text';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  return {
    ...timelinePageData(getDataset(lang), lang),
    previewImage: previewImage('tariff-timeline', lang, timelineTitle(lang)),
  };
}
