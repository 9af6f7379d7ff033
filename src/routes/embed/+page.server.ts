import { embedChartList } from '$lib/embed/charts';
import { i18n } from '$lib/i18n';

export function load({ url }) {
  return { charts: embedChartList(i18n.getLanguageFromUrl(url)) };
}
