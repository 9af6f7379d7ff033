import type { Dataset } from '$lib/data/schema';

/**
 * The dataset with Spanish titles, summaries and actor names where there are some. Quotes, notes and
 * article titles are left as they are: they are in English (pages mark them `lang="en"`).
 */
export function localizeDataset(dataset: Dataset, lang: string): Dataset {
  if (lang !== 'es') return dataset;
  return {
    ...dataset,
    events: dataset.events.map((event) => ({
      ...event,
      title: event.titleEs ?? event.title,
      summary: event.summaryEs ?? event.summary,
      actor: { ...event.actor, name: event.actor.nameEs ?? event.actor.name },
    })),
  };
}
