import type { IslandDefinition } from '$lib/islands/definition';
import type { PageData } from './$types';
import TimelineFigure from './TimelineFigure.svelte';
import TimelineIntro from './TimelineIntro.svelte';
import TimelineTablesSection from './TimelineTablesSection.svelte';
import { createTimelinePage, type TimelinePageState } from './timeline-page.svelte';

/**
 * The timeline page's island, in three parts that hydrate one after another: the headline figures
 * and controls, the chart, the tables. They share one state, so a change in the controls redraws all.
 */
export const timelineIsland: IslandDefinition<{ data: PageData }, { page: TimelinePageState }> = {
  name: 'timeline',
  parts: [TimelineIntro, TimelineFigure, TimelineTablesSection],
  partProps: ({ data }) => ({ page: createTimelinePage(data) }),
};
