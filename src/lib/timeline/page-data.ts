import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n';
import type { SiteData } from '../site/site';
import { buildTimelineData } from './data';
import { headlineFigures } from './headline';

/** What the timeline page shows: its series and events, and the headline figures. */
export function timelinePageData(dataset: Dataset, lang: Lang) {
  const timeline = buildTimelineData(dataset, lang);
  return { timeline, headline: headlineFigures(dataset, timeline.series, lang) };
}

export type TimelinePageData = ReturnType<typeof timelinePageData> & SiteData;
