import { embedChartList } from '$lib/server/embed-charts';
import { languageOfPath } from '$lib/i18n';

export function load({ url }) {
  return { charts: embedChartList(languageOfPath(url.pathname)) };
}
