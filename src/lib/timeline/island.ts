import type { IslandDefinition } from '$lib/islands/definition';
import type { TimelinePageData } from './page-data';
import TimelineFigure from './TimelineFigure.svelte';
import TimelineIntro from './TimelineIntro.svelte';
import TimelineTablesSection from './TimelineTablesSection.svelte';
import { createTimelinePage, type TimelinePageState } from './timeline-page.svelte';

/**
 * The timeline page's island, in three parts that hydrate one after another: the headline figures
 * and controls, the chart, the tables. They share one state, so a change in the controls redraws all.
 */
export const timelineIsland: IslandDefinition<
  { data: TimelinePageData },
  { page: TimelinePageState }
> = {
  name: 'timeline',
  parts: [TimelineIntro, TimelineFigure, TimelineTablesSection],
  partProps: ({ data }) => ({ page: createTimelinePage(data) }),
};
