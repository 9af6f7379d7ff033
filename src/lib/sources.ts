import type { SourceRecord } from './data/schema';

/** "Article 000" ("Nota 000" in Spanish): the number of the article's file, as the dataset's notes refer to it. */
export const articleLabel = (source: Pick<SourceRecord, 'file'>, lang = 'en') =>
  `${lang === 'es' ? 'Nota' : 'Article'} ${source.file.match(/^\d+/)?.[0] ?? source.file}`;
