import type { Dataset } from '$lib/data/schema';
import { SOURCE_LANG } from './sources';

/**
 * The dataset with Spanish titles, summaries, actor names and notes where there are some: events'
 * `titleEs`, `summaryEs`, `actor.nameEs`, `dateNoteEs`, `noteEs` and `responseNoteEs`, sources'
 * `publishedNoteEs` and `titleEs` (only on a title of our own); English where one is missing.
 * Quotes and the articles' own headlines are left as they are, in English (pages mark them
 * `lang="en"`).
 */
export function localizeDataset(dataset: Dataset, lang: string): Dataset {
  if (lang !== 'es') return dataset;
  return {
    ...dataset,
    sources: dataset.sources.map((source) => ({
      ...source,
      title: source.titleEs ?? source.title,
      publishedNote: source.publishedNoteEs ?? source.publishedNote,
    })),
    events: dataset.events.map((event) => ({
      ...event,
      title: event.titleEs ?? event.title,
      summary: event.summaryEs ?? event.summary,
      actor: { ...event.actor, name: event.actor.nameEs ?? event.actor.name },
      // The notes are optional: each is replaced only where there is a Spanish one.
      ...(event.dateNoteEs ? { dateNote: event.dateNoteEs } : {}),
      ...(event.responseNoteEs ? { responseNote: event.responseNoteEs } : {}),
      ...(event.noteEs ? { note: event.noteEs } : {}),
    })),
  };
}

/**
 * The `lang` attribute of a localized text on a page in `lang`: none (the page's own) when the text
 * is in that language, SOURCE_LANG when a Spanish page shows the English text for want of a
 * Spanish one. `spanish` is the record's Spanish field (`noteEs`, `publishedNoteEs`...).
 */
export function localizedTextLang(spanish: string | undefined, lang: string): string | undefined {
  return lang === 'es' && !spanish ? SOURCE_LANG : undefined;
}
