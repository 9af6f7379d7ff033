import type { Dataset } from '$lib/data/schema';

/** The dataset with Spanish titles and summaries where there are some; quotes are left as they are. */
export function localizeDataset(dataset: Dataset, lang: string): Dataset {
  if (lang !== 'es') return dataset;
  return {
    ...dataset,
    events: dataset.events.map((event) => ({
      ...event,
      title: event.titleEs ?? event.title,
      summary: event.summaryEs ?? event.summary,
    })),
  };
}
