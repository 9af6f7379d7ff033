import type { SourceRecord } from './schema';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';

/** "Article 000" ("Nota 000" in Spanish): the number of the article's file, as the dataset's notes refer to it. */
export const articleLabel = (source: Pick<SourceRecord, 'file'>, lang = 'en') =>
  m.article_label({ number: source.file.match(/^\d+/)?.[0] ?? source.file }, inLang(lang));

/**
 * The language of the articles, their quotes and headlines, and of the dataset's English texts.
 * Spanish pages show quotes and headlines untranslated, marked `lang={SOURCE_LANG}` so that screen
 * readers read them as English; the dataset's notes have Spanish versions (see
 * `$lib/data/translations`), and are marked so only where a Spanish one is missing.
 */
export const SOURCE_LANG = 'en';

/**
 * True for a title of our own, in brackets ("[No headline in the text] …", for an article without a
 * headline), rather than the article's headline. Such a title has a Spanish version (`titleEs`) and
 * is shown in the page's language; a headline stays as the article prints it.
 */
export const isOwnTitle = (title: string) => title.startsWith('[');

/**
 * A source's title as a reader sees it: our own title without its bracketed placeholder ("[No
 * headline in the text]"), flagged so that the page marks it as ours; a headline as printed.
 */
export const shownTitle = (title: string): { text: string; ours: boolean } =>
  isOwnTitle(title)
    ? { text: title.replace(/^\[[^\]]*\]\s*/, ''), ours: true }
    : { text: title, ours: false };

/** The `lang` attribute of a source's title: none (the page's) for our own, SOURCE_LANG for a headline. */
export const titleLang = (title: string) => (isOwnTitle(title) ? undefined : SOURCE_LANG);

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
