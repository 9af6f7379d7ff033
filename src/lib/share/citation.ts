/**
 * A ready citation of a chart view, APA 7 style for a data set with an interactive view that changes:
 * Author. (Year). Title (Version x) [Data set]. Publisher. Retrieved Month D, YYYY, from URL
 * (in Spanish: "Recuperado el D de mes de YYYY, de URL").
 */
import { inLang } from '../i18n/tag';
import * as m from '../paraglide/messages.js';

export interface CitationInput {
  chartTitle: string;
  version: string;
  url: string;
  /** The day the reader accessed the view, `YYYY-MM-DD`. */
  accessed: string;
  /** Year of the dataset release. */
  year: number;
  /** 'en' (the default) or 'es'. */
  lang?: string;
}

/** "November 22, 2026" or "22 de noviembre de 2026" (Intl, not a date library the browser would load). */
const retrievedFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function apaCitation({
  chartTitle,
  version,
  url,
  accessed,
  year,
  lang = 'en',
}: CitationInput): string {
  const options = inLang(lang);
  return m.citation_apa(
    {
      site: m.site_name({}, options),
      year,
      dataset: m.dataset_title({}, options),
      title: chartTitle,
      version,
      date: retrievedFormat(lang).format(new Date(`${accessed}T00:00:00Z`)),
      url,
    },
    options,
  );
}
