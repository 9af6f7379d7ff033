/** The line under an article's title on the sources page (server-side only: it ships as HTML). */
import type { SourceRecord } from './schema';
import { dateWithPreposition } from '../dates/phrases';
import { inLang } from '../i18n';
import { labelsFor } from './labels';
import * as m from '../paraglide/messages.js';

/**
 * Who published an article and when, at the date's precision: "Americas Quarterly · Brenda Estefan ·
 * published in Jan 2026 (month only)".
 */
export function sourceByline(
  source: Pick<SourceRecord, 'publisher' | 'author' | 'published' | 'precision'>,
  lang: string,
): string {
  const options = inLang(lang);
  const when = dateWithPreposition(source.published, source.precision, lang, 'prose');
  const parts = [
    source.publisher ?? m.sources_no_publisher({}, options),
    source.author,
    m.sources_published({ when }, options),
  ];
  const precision = labelsFor(lang).precision[source.precision];
  return `${parts.filter(Boolean).join(' · ')} (${precision})`;
}
