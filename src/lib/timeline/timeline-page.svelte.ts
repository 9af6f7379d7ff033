/**
 * The state the parts of the timeline page share (see ./timeline-island.ts): the view kept in the URL
 * and the chart model, summary and headline figures derived from it once, for every part that shows them.
 */
import { currentLang } from '$lib/i18n';
import { timelineChartModel } from '$lib/timeline/chart-model';
import { headlineFigures } from '$lib/timeline/headline';
import { timelineSummary } from '$lib/timeline/summary';
import { timelineRefinement, timelineViewParams } from '$lib/timeline/view';
import { createUrlView } from '$lib/url-state/url-view.svelte';
import type { TimelinePageData } from './page-data';

export type TimelinePageState = ReturnType<typeof createTimelinePage>;

export function createTimelinePage(data: TimelinePageData) {
  const lang = currentLang();
  const url = createUrlView(timelineViewParams, timelineRefinement(data.timeline));
  const model = $derived(timelineChartModel(data.timeline, url.view, lang));
  const summary = $derived(timelineSummary(data.timeline, model, 'tables', lang));
  const headline = $derived(headlineFigures(data.timeline, url.view));
  return {
    data,
    lang,
    url,
    get model() {
      return model;
    },
    get summary() {
      return summary;
    },
    get headline() {
      return headline;
    },
  };
}
