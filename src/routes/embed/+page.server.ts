import { embedChartList } from '$lib/embed/charts';

export function load() {
  return { charts: embedChartList() };
}
