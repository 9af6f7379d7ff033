import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n';
import type { SiteData } from '../site/site';
import { buildTimelineData } from './data';

/** What the timeline page shows: its series and events (the headline figures follow from the view). */
export function timelinePageData(dataset: Dataset, lang: Lang) {
  return { timeline: buildTimelineData(dataset, lang) };
}

export type TimelinePageData = ReturnType<typeof timelinePageData> & SiteData;
