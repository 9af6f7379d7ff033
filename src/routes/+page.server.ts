import { getDataset } from '$lib/server/dataset';
import { buildTimelineData } from '$lib/timeline/data';
import { headlineFigures } from '$lib/timeline/headline';

export function load() {
  const dataset = getDataset();
  const timeline = buildTimelineData(dataset);
  return { timeline, headline: headlineFigures(dataset, timeline.series) };
}
