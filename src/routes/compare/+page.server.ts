import { comparePageData } from '$lib/compare/page-data';
import { compareTitle } from '$lib/compare/titles';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { previewImage } from '$lib/server/preview-image';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const data = comparePageData(getDataset(lang), lang);
  // The build-time image is of the default view's first column, as its title says.
  const [first] = data.defaultColumns.columns;
  return {
    ...data,
    previewImage:
      first &&
      previewImage('threats-responses', lang, compareTitle(first.view, first.country, lang)),
  };
}
