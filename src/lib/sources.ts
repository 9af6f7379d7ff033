import type { SourceRecord } from './data/schema';

/** "Article 000" ("Nota 000" in Spanish): the number of the article's file, as the dataset's notes refer to it. */
export const articleLabel = (source: Pick<SourceRecord, 'file'>, lang = 'en') =>
  `${lang === 'es' ? 'Nota' : 'Article'} ${source.file.match(/^\d+/)?.[0] ?? source.file}`;

/**
 * The language of the articles, their quotes and titles, and of the dataset's notes. Spanish pages
 * show them untranslated, marked `lang={SOURCE_LANG}` so that screen readers read them as English.
 */
export const SOURCE_LANG = 'en';

/**
 * A quote in the site's double quotation marks. The article's own marks within it, which open and
 * close a quotation inside the quote, become single marks, as quotations nest in English; its words
 * stay verbatim. (Straight double marks alternate: opening, then closing.)
 */
export function quoted(quote: string): string {
  let opens = true;
  const nested = quote.replace(/[“”"]/g, (mark) => {
    const opening = mark === '"' ? opens : mark === '“';
    if (mark === '"') opens = !opens;
    return opening ? '‘' : '’';
  });
  return `“${nested}”`;
}
