import { embedPageData, type EmbedChartName } from '$lib/server/embed-charts';
import { languageOfPath } from '$lib/i18n';
import { getDataset } from './dataset';

/**
 * The `load` of one chart's embed page, `/embed/<name>` (and `/es/embed/<name>`). Each chart has its
 * own route so that its page loads only its own chart's code.
 */
export const embedPageLoad =
  <Name extends EmbedChartName>(name: Name) =>
  ({ url }: { url: URL }) => {
    const lang = languageOfPath(url.pathname);
    return embedPageData(name, getDataset(lang), lang);
  };
