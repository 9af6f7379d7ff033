import type { Dataset } from '../data/schema';
import type { EmbedMeta } from '../embed/snippet';
import type { SiteData } from '../site/site';
import { buildTimelineData } from './data';

/** What the timeline's embed page draws, from the dataset. */
export const timelineEmbedData = (dataset: Dataset, lang = 'en') => ({
  timeline: buildTimelineData(dataset, lang),
});

export type TimelineEmbedData = EmbedMeta<'tariff-timeline'> &
  ReturnType<typeof timelineEmbedData> &
  SiteData;
